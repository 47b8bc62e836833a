import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components", "lib", "scripts", "tests/unit"];
const INTERNAL = /from\s+["'][^"']*content\/parse\/[^"']+["']/;

/** Source files that import a parser module other than its entry, lib/content/parse/index.ts. */
function internalImports(): string[] {
  return ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
      .map((f) => `${root}/${f}`)
      .filter((f) => !f.startsWith("lib/content/parse/"))
      .filter((f) => INTERNAL.test(readFileSync(f, "utf8"))),
  );
}

describe("the parser's public entry", () => {
  it("is the only parser module imported from outside lib/content/parse", () => {
    expect(internalImports()).toEqual([]);
  });
});
