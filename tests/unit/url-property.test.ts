import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCompareQuery, toCompareSearch } from "@/lib/compare/url";
import { KINDS, LAYER_IDS } from "@/lib/content/constants";
import { parseTechQuery, toTechSearch } from "@/lib/search/technologies";
import { parseCatalogQuery, toCatalogSearch, toParams } from "@/lib/search/url-state";

// Random valid states must survive write → read unchanged, with nothing to report.
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9.+#_-]{0,15}$/);
const text = fc
  .string({ maxLength: 60 })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim());
const uniq = <T>(arb: fc.Arbitrary<T>, max: number) => fc.uniqueArray(arb, { maxLength: max });

describe("URL state round-trips (property)", () => {
  it("compare: any two to four stacks with either switch", () => {
    const state = fc.record({
      slugs: fc.uniqueArray(slug, { minLength: 2, maxLength: 4 }),
      onlyDifferences: fc.boolean(),
      includeAll: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (query) => {
        const read = parseCompareQuery(toParams(toCompareSearch(query)), new Set(query.slugs));
        expect(read).toEqual({ query, notices: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("catalog: search text, layers, technologies, kinds, tags and the role switch", () => {
    const state = fc.record({
      q: text,
      layers: uniq(fc.constantFrom(...LAYER_IDS), 4),
      techs: uniq(id, 4),
      kinds: uniq(fc.constantFrom(...KINDS), 3),
      tags: uniq(id, 4),
      with: fc.constantFrom("use" as const, "all" as const),
    });
    fc.assert(
      fc.property(state, (query) => {
        expect(parseCatalogQuery(toParams(toCatalogSearch(query)))).toEqual({ query, notices: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("technologies: search text and at most one layer", () => {
    const state = fc.record({
      q: text,
      layer: fc.option(fc.constantFrom(...LAYER_IDS), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (query) => {
        expect(parseTechQuery(toParams(toTechSearch(query)))).toEqual({ query, notices: [] });
      }),
      { numRuns: 300 },
    );
  });
});
