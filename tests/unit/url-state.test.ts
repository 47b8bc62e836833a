import { describe, expect, it } from "vitest";
import { parseCompareQuery, toCompareSearch } from "@/lib/compare/url";
import { parseTechQuery, toTechSearch } from "@/lib/search/technologies";
import { parseCatalogQuery, toCatalogSearch, toParams } from "@/lib/search/url-state";

describe("catalog URL state", () => {
  it("round-trips search text and filters", () => {
    const query = {
      q: "postgres",
      layers: ["data" as const, "ai" as const],
      techs: ["redis"],
      kinds: ["guide" as const],
      tags: ["web"],
      with: "all" as const,
    };
    const search = toCatalogSearch(query);
    expect(search).toBe("?q=postgres&layer=data%2Cai&tech=redis&kind=guide&tag=web&with=all");
    expect(parseCatalogQuery(toParams(search))).toEqual({ query, notices: [] });
  });

  it("drops unknown layers and kinds and says which", () => {
    const { query, notices } = parseCatalogQuery(toParams("layer=data,nope&kind=recipe"));
    expect(query.layers).toEqual(["data"]);
    expect(query.kinds).toEqual([]);
    expect(notices.join(" ")).toMatch(/unknown layer: “nope”/);
    expect(notices.join(" ")).toMatch(/unknown kind: “recipe”/);
  });

  it("survives broken percent-encoding, repeated and oversized values, and script text", () => {
    const { query, notices } = parseCatalogQuery(
      toParams(`q=%E0%A4%A&q=second&tech=<script>&layer=${"x".repeat(100_000)}`),
    );
    expect(query.q).toBeTypeOf("string");
    expect(query.techs).toEqual([]);
    expect(query.layers).toEqual([]);
    expect(notices.some((n) => n.includes("first"))).toBe(true);
    const long = parseCatalogQuery(toParams(`q=${"a".repeat(5000)}`));
    expect(long.query.q).toHaveLength(200);
  });
});

describe("technologies URL state", () => {
  it("round-trips layer and query, keeping one layer", () => {
    expect(parseTechQuery(toParams(toTechSearch({ q: "lang", layer: "ai" }))).query).toEqual({
      q: "lang",
      layer: "ai",
    });
    const two = parseTechQuery(toParams("layer=ai,data"));
    expect(two.query.layer).toBe("ai");
    expect(two.notices[0]).toMatch(/one layer/);
  });
});

describe("compare URL state", () => {
  const known = new Set(["mern", "mean", "t3-stack", "django", "jamstack"]);

  it("round-trips stacks and switches", () => {
    const query = { slugs: ["mern", "t3-stack"], onlyDifferences: true, includeAll: false };
    expect(toCompareSearch(query)).toBe("?stacks=mern,t3-stack&diff=1");
    expect(parseCompareQuery(toParams(toCompareSearch(query)), known).query).toEqual(query);
  });

  it("explains an unknown slug, an empty entry and a duplicate while keeping the valid part", () => {
    const { query, notices } = parseCompareQuery(toParams("stacks=nope,,mern,mern"), known);
    expect(query.slugs).toEqual(["mern"]);
    expect(notices).toEqual([
      "There is no stack “nope”.",
      "“mern” was listed twice; it is shown once.",
      "An empty entry was ignored.",
    ]);
  });

  it("keeps four stacks at most", () => {
    const { query, notices } = parseCompareQuery(
      toParams("stacks=mern,mean,t3-stack,django,jamstack"),
      known,
    );
    expect(query.slugs).toHaveLength(4);
    expect(notices[0]).toMatch(/At most 4/);
  });

  it("rejects malformed names and joins repeated parameters", () => {
    const { query, notices } = parseCompareQuery(toParams("stacks=<b>x</b>&stacks=mean"), known);
    expect(query.slugs).toEqual(["mean"]);
    expect(notices.join(" ")).toMatch(/not a stack name/);
  });
});
