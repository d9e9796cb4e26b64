import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tests: real databases. Run them with `npm run test:integration`, which creates a
// migrated throwaway database per provider and passes it in DATABASE_URL (+ TEST_DB_PROVIDER).
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // Server modules start with `import "server-only"`, which throws outside a React server build.
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    // One database per run: test files take turns instead of racing each other for its rows.
    fileParallelism: false,
    testTimeout: 60_000,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; letting
    // Vite process it resolves the import the way Next.js does (needed where tests import the auth actions).
    server: { deps: { inline: ["next-auth"] } },
    hookTimeout: 60_000,
  },
});
