import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listDocuments } from "@/lib/content/files";
import { buildCatalog } from "@/lib/content/load";
import { getRegistry } from "@/lib/content/registry";

const dir = join(__dirname, "..", "fixtures", "catalog");

describe("loaders", () => {
  afterEach(() => delete process.env.CONTENT_DIR);

  it("reads .md, .markdown, .mdc and .txt documents in subfolders, skipping READMEs", () => {
    expect(listDocuments(dir).map((f) => f.file)).toEqual([
      "alpha.md",
      "beta.markdown",
      "nested/gamma.txt",
      "rules.mdc",
    ]);
  });

  it("builds stacks with slugs from their paths", () => {
    const catalog = buildCatalog(dir);
    expect(catalog.stacks.map((s) => s.slug)).toEqual(["alpha", "beta", "nested-gamma", "rules"]);
  });

  it("aggregates each technology's uses, roles and versions across stacks", () => {
    const pg = buildCatalog(dir).technologies.find((t) => t.id === "postgresql");
    expect(pg).toMatchObject({ stacks: 3, primary: 3, alternative: 0 });
    expect(pg?.versions.sort()).toEqual(["15", "16"]);
    expect(pg?.uses.map((u) => u.slug).sort()).toEqual(["alpha", "beta", "rules"]);
    expect(pg?.usedWith.map((w) => w.id)).toContain("redis");
  });

  it("ranks similar stacks by shared technologies", () => {
    const { similar } = buildCatalog(dir);
    expect(similar.alpha[0]).toMatchObject({ slug: "beta", shared: 1 });
  });

  it("serves an unchanged document from the content-hash cache on the second build", () => {
    buildCatalog(dir);
    const warm = buildCatalog(dir);
    expect(warm.stats.cacheHits).toBe(4);
    expect(warm.stats.cacheMisses).toBe(0);
  });

  it("lets a content folder's technologies.json extend the registry", () => {
    expect(getRegistry(dir).lookup("Ledger Kit")?.id).toBe("ledgerkit");
    expect(getRegistry(dir).lookup("Postgres")?.id).toBe("postgresql");
  });
});
