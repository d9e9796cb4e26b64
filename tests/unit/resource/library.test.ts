import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SKILL_AREAS } from "@/domain/assessment/schemas";
import { SKILL_TEMPLATES, TEMPLATES } from "@/domain/plan";
import {
  RESOURCE_KINDS,
  RESOURCE_TOPICS,
  RESOURCES,
  RESOURCES_PER_STEP,
  filterResources,
  parseResourceFilter,
  resourcesForArea,
  resourcesForTemplate,
} from "@/domain/resource";

describe("resource library: every entry's shape", () => {
  it.each(RESOURCES.map((r) => [r.id, r] as const))("%s is complete and well formed", (_id, r) => {
    expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const text of [r.title, r.author, r.description]) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(2);
    }
    const url = new URL(r.url);
    expect(url.protocol).toBe("https:");
    expect(url.username + url.password).toBe("");
    expect(url.href).toBe(r.url);
    expect(RESOURCE_KINDS).toContain(r.kind);
    expect(typeof r.free).toBe("boolean");
    // One line of our own, ending as a sentence.
    expect(r.description).not.toMatch(/\n/);
    expect(r.description.length).toBeLessThanOrEqual(140);
    expect(r.description).toMatch(/[.]$/);
    for (const area of r.areas) expect(SKILL_AREAS).toContain(area);
    for (const topic of r.topics) expect(RESOURCE_TOPICS).toContain(topic);
    expect(r.areas.length + r.topics.length).toBeGreaterThan(0);
    for (const key of r.templates) expect(TEMPLATES.map((t) => t.key)).toContain(key);
    if (r.level) expect(r.areas.length).toBeGreaterThan(0);
  });

  it("has unique ids, titles and urls", () => {
    for (const field of ["id", "title", "url"] as const) {
      const values = RESOURCES.map((r) => r[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it("has at least five resources for each skill area", () => {
    for (const area of SKILL_AREAS) expect(resourcesForArea(area).length, area).toBeGreaterThanOrEqual(5);
  });

  it("covers every general topic, with a choice for communities, interviews and entry roles", () => {
    for (const topic of RESOURCE_TOPICS) expect(filterResources({ focus: topic }).length, topic).toBeGreaterThanOrEqual(1);
    for (const topic of ["community", "interviews", "entry_roles", "side_projects", "mindset", "mentoring"] as const)
      expect(filterResources({ focus: topic }).length, topic).toBeGreaterThanOrEqual(2);
  });

  it("offers every kind and a majority of free resources", () => {
    for (const kind of RESOURCE_KINDS) expect(filterResources({ kind }).length, kind).toBeGreaterThan(0);
    expect(RESOURCES.filter((r) => r.free).length / RESOURCES.length).toBeGreaterThan(0.6);
  });
});

describe("resource lookups", () => {
  const resourceById = (id: string) => RESOURCES.find((r) => r.id === id);
  it("gives every skill template at least one resource for its own area", () => {
    for (const t of SKILL_TEMPLATES) {
      const found = resourcesForTemplate(t.key);
      expect(found.length, t.key).toBeGreaterThanOrEqual(1);
      expect(found.length).toBeLessThanOrEqual(RESOURCES_PER_STEP);
      for (const link of found) {
        const r = resourceById(link.id)!;
        expect(r.areas.includes(t.skill.area) || r.templates.includes(t.key), link.id).toBe(true);
      }
    }
  });

  it("puts a resource that names the template first", () => {
    expect(resourcesForTemplate("skill.customer_insight.foundation.1")[0]!.id).toBe("the-mom-test");
    expect(resourcesForTemplate("networking.mentor").map((r) => r.id)).toContain("adplist");
  });

  it("prefers resources at the step's level", () => {
    const stretch = resourcesForTemplate("skill.data.stretch.1").map((r) => resourceById(r.id)!);
    for (const r of stretch) expect(r.level).not.toBe("foundation");
  });

  it("returns nothing for an unknown key and is deterministic", () => {
    expect(resourcesForTemplate("no.such.key")).toEqual([]);
    expect(resourcesForTemplate("skill.nope.foundation.1")).toEqual([]);
    expect(resourcesForTemplate("skill.technical.foundation.2")).toEqual(resourcesForTemplate("skill.technical.foundation.2"));
  });

  it("filters by area or topic and by kind together", () => {
    const books = filterResources({ focus: "data", kind: "book" });
    expect(books.length).toBeGreaterThan(0);
    for (const r of books) {
      expect(r.kind).toBe("book");
      expect(r.areas).toContain("data");
    }
    expect(filterResources({})).toHaveLength(RESOURCES.length);
  });
});

describe("src/domain/resource purity", () => {
  const DIR = join(__dirname, "../../../src/domain/resource");
  const IMPORT = /^(?:import|export)\s[^;=]*?\sfrom\s+["']([^"']+)["']/gm;
  it.each(readdirSync(DIR).filter((f) => f.endsWith(".ts")))("%s imports only the assessment schema and siblings", (file) => {
    const source = readFileSync(join(DIR, file), "utf8");
    for (const [, specifier] of source.matchAll(IMPORT))
      expect(specifier).toMatch(/^(zod|\.\.\/zod-config|@\/domain\/assessment\/schemas|\.\/[\w-]+)$/);
    expect(source).not.toMatch(/\brequire\(|\bimport\(|Math\.random|Date\.now|new Date\(|process\./);
  });
});

describe("the /resources filter", () => {
  it("accepts a skill area or a plan step and a kind, and treats empty or 'all' as no filter", () => {
    expect(parseResourceFilter({ area: "data", kind: "book" })).toEqual({ focus: "data", kind: "book", fieldErrors: {} });
    expect(parseResourceFilter({ area: "interviews" })).toEqual({ focus: "interviews", fieldErrors: {} });
    expect(parseResourceFilter({ area: "", kind: "all" })).toEqual({ fieldErrors: {} });
    expect(parseResourceFilter({})).toEqual({ fieldErrors: {} });
    expect(parseResourceFilter({ area: ["data", "technical"] })).toEqual({ focus: "data", fieldErrors: {} });
  });

  it("names a bad value at its field and ignores it", () => {
    const parsed = parseResourceFilter({ area: "<script>", kind: "video" });
    expect(parsed.focus).toBeUndefined();
    expect(parsed.kind).toBeUndefined();
    expect(parsed.fieldErrors).toEqual({ area: "Choose an area from the list", kind: "Choose a kind from the list" });
    expect(parseResourceFilter({ area: "data", kind: "video" })).toEqual({
      focus: "data",
      fieldErrors: { kind: "Choose a kind from the list" },
    });
  });
});
