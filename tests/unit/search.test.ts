import Fuse from "fuse.js";
import { describe, expect, it, vi } from "vitest";
import { searchStacks, toFacets } from "@/lib/search/filter";
import { FUSE_OPTIONS, type SearchRecord } from "@/lib/search/options";
import { buildTokenIndex, prefixSearch } from "@/lib/search/token-index";
import { EMPTY_QUERY } from "@/lib/search/url-state";

const rec = (
  s: string,
  t: string,
  n: string[],
  l: SearchRecord["l"],
  g: string[] = [],
  k: SearchRecord["k"] = "stack",
  o = "u".repeat(n.length),
): SearchRecord => ({
  s,
  t,
  k,
  d: "",
  g,
  l,
  n,
  i: n.map((x) => x.toLowerCase().replace(/[^a-z0-9]/g, "")),
  o,
  c: n.length,
});
const records = [
  rec("t3", "T3 Stack", ["Next.js", "PostgreSQL", "Prisma"], ["frontend", "data"], ["typescript"]),
  rec("django", "Django Stack", ["Django", "PostgreSQL", "Redis"], ["backend", "data"], ["python"]),
  rec(
    "mern",
    "MERN",
    ["MongoDB", "Express.js", "React", "Node.js"],
    ["data", "backend", "frontend", "language"],
  ),
  rec("guide", "Postgres tuning guide", ["PostgreSQL"], ["data"], [], "guide"),
  rec(
    "redux-free",
    "Redux-free app",
    ["React", "Redux", "Zustand"],
    ["frontend"],
    [],
    "stack",
    "uxp",
  ),
];
const tokens = buildTokenIndex(records);
const fuse = new Fuse(
  records,
  FUSE_OPTIONS,
  Fuse.parseIndex(
    Fuse.createIndex(
      FUSE_OPTIONS.keys.map((k) => k.name),
      records,
    ).toJSON(),
  ),
);

describe("search", () => {
  it("finds every stack using a technology by a prefix of its name, title matches first, and says which technology matched", () => {
    const hits = prefixSearch(tokens, records, "postgres");
    expect(hits?.map((h) => h.record.s)).toEqual(["guide", "t3", "django"]);
    expect(hits?.find((h) => h.record.s === "t3")?.matched).toEqual(["PostgreSQL"]);
  });

  it("requires every word of the query", () => {
    expect(prefixSearch(tokens, records, "postgres redis")?.map((h) => h.record.s)).toEqual([
      "django",
    ]);
  });

  it("falls back to fuzzy search for a typo", () => {
    expect(prefixSearch(tokens, records, "mongdb")).toBeUndefined();
    expect(
      searchStacks(records, fuse, { ...EMPTY_QUERY, q: "mongdb" }, tokens).map((h) => h.record.s),
    ).toEqual(["mern"]);
  });

  it("reads one or two letters as the start of a word when no word is just those letters", () => {
    // Typing "m" on the way to "mongo": the stacks with a word starting "m", not a fuzzy guess.
    expect(prefixSearch(tokens, records, "m")?.map((h) => h.record.s)).toEqual(["mern"]);
    expect(prefixSearch(tokens, records, "zu")?.map((h) => h.record.s)).toEqual(["redux-free"]);
  });

  it("answers 'none' without a fuzzy detour when every word is known but no stack has them all", () => {
    const q = { ...EMPTY_QUERY, q: "mongo prisma" };
    const search = vi.fn(fuse.search.bind(fuse));
    const watched = Object.assign(Object.create(fuse), { search }) as typeof fuse;
    expect(searchStacks(records, watched, q, tokens)).toEqual([]);
    // The fuzzy pass costs tens of milliseconds a key at a thousand stacks: it is not consulted.
    expect(search).not.toHaveBeenCalled();
    // An unknown word is a typo: the fuzzy search still looks.
    expect(
      searchStacks(records, fuse, { ...EMPTY_QUERY, q: "mongdb" }, tokens).map((h) => h.record.s),
    ).toEqual(["mern"]);
  });

  it("applies layer, technology and kind filters after the text search", () => {
    const q = { ...EMPTY_QUERY, q: "postgres", layers: ["backend" as const] };
    expect(searchStacks(records, fuse, q, tokens).map((h) => h.record.s)).toEqual(["django"]);
    expect(
      searchStacks(records, fuse, { ...EMPTY_QUERY, techs: ["redis"] }, tokens).map(
        (h) => h.record.s,
      ),
    ).toEqual(["django"]);
    expect(
      searchStacks(records, fuse, { ...EMPTY_QUERY, kinds: ["guide"] }, tokens).map(
        (h) => h.record.s,
      ),
    ).toEqual(["guide"]);
  });

  it("counts facets over what the other filters leave", () => {
    const q = { ...EMPTY_QUERY, layers: ["backend" as const] };
    const facets = toFacets(records, searchStacks(records, fuse, q, tokens), q);
    expect(facets.layers.find((l) => l.id === "data")?.count).toBe(2);
    expect(facets.techs.find((t) => t.id === "postgresql")?.count).toBe(1);
  });
});

describe("roles in technology filters", () => {
  it("a technology filter finds the stacks that use it, not those that rejected or plan it", () => {
    const ids = (q: Partial<typeof EMPTY_QUERY>) =>
      searchStacks(records, fuse, { ...EMPTY_QUERY, ...q }, tokens).map((h) => h.record.s);
    expect(ids({ techs: ["redux"] })).toEqual([]);
    expect(ids({ techs: ["redux"], with: "all" })).toEqual(["redux-free"]);
    expect(ids({ techs: ["zustand"] })).toEqual([]);
    expect(ids({ techs: ["react"] })).toEqual(["mern", "redux-free"]);
  });

  it("the technology facet counts only the stacks that use it unless plans and rejections are asked for", () => {
    const all = searchStacks(records, fuse, EMPTY_QUERY, tokens);
    const count = (id: string, w: "use" | "all") =>
      toFacets(records, all, { ...EMPTY_QUERY, with: w }).techs.find((t) => t.id === id)?.count;
    expect(count("redux", "use")).toBeUndefined();
    expect(count("redux", "all")).toBe(1);
    expect(count("react", "use")).toBe(2);
  });
});
