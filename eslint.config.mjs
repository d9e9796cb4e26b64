// ESLint flat config: Next's core-web-vitals rules, typescript-eslint's type-checked rules and jsx-a11y's
// recommended rules, with zero warnings allowed (`npm run lint`). Why these: docs/decisions/0012-lint-and-format.md.
import { readdirSync } from "node:fs";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import jsxA11y from "eslint-plugin-jsx-a11y";
import tseslint from "typescript-eslint";

// Every folder and file of src/domain, read at lint time, so a new domain folder is covered without editing this.
const domainEntries = readdirSync(new URL("./src/domain", import.meta.url), { withFileTypes: true }).map((entry) =>
  entry.isDirectory() ? entry.name : entry.name.replace(/\.tsx?$/, ".*"),
);

export default tseslint.config(
  {
    ignores: [
      "src/generated/**",
      ".next/**",
      ".tmp/**",
      "data/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // Registers the react, react-hooks, import, jsx-a11y and @next/next plugins (react and import wrapped in
  // Next's own compatibility layer for ESLint 10).
  ...nextCoreWebVitals,
  // jsx-a11y's recommended rules on top of the five Next turns on. The plugin is already registered above, so
  // only its rules are taken here (registering it twice is an error in flat config).
  { name: "jsx-a11y/recommended", rules: jsxA11y.flatConfigs.recommended.rules },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.ts", "**/*.tsx"] })),
  {
    name: "project/type-information",
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    name: "project/choices",
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      // A leading underscore marks a value left out on purpose (`{ secret: _secret, ...rest }`, `(_event, value)`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // React awaits nothing an event handler returns; an async onClick/onSubmit is how forms call server actions.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Async functions that implement a Promise-returning contract without awaiting (Next's `headers()`,
      // the browser finders in scripts/browser/ensure.ts, test doubles of async modules) are deliberate.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // eslint-plugin-import is registered by eslint-config-next above: only its rules are added here.
    name: "project/imports",
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs"],
    rules: {
      // Two modules that import each other have no clear owner, and their load order decides what is undefined.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // The domain is pure TypeScript (docs/architecture.md): it never learns there is a web, a database or a UI.
    name: "project/domain-purity",
    files: ["src/domain/**/*.ts", "src/domain/**/*.tsx"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: domainEntries.map((entry) => ({
            target: `./src/domain/${entry}`,
            from: ["./src/server", "./src/app", "./src/components", "./src/shared", "./src/generated", "./scripts", "./tests"],
            message: "src/domain is pure: it imports only other domain modules and plain libraries (docs/architecture.md).",
          })),
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "@prisma/*",
                "server-only",
                "next-auth",
                "next-auth/*",
              ],
              message: "src/domain is pure: no framework, database client or server-only module.",
            },
            {
              group: ["node:*", "fs", "fs/*", "path", "child_process", "net", "http", "https", "os", "crypto", "worker_threads"],
              message: "src/domain is pure: no Node I/O; the caller passes data (and the clock) in.",
            },
            {
              group: ["pg", "better-sqlite3", "ioredis", "redis", "nodemailer"],
              message: "src/domain is pure: I/O lives in src/server.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "project/tests",
    files: ["tests/**/*.ts"],
    rules: {
      // Vitest's asymmetric matchers (`expect.any`, `expect.stringMatching`) are typed `any`, and the tests
      // feed untyped JSON on purpose (fuzzing, response bodies); the unsafe-any rules would flag every one.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    name: "project/playwright",
    files: ["tests/e2e/**"],
    rules: {
      // Playwright fixtures receive a `use` callback that is not React's `use` hook.
      "react-hooks/rules-of-hooks": "off",
    },
  },
);
