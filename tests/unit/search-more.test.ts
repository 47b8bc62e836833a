import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import {
  type Choice,
  type LayerId,
  type Role,
  type Stack,
  stackSchema,
} from "@/lib/content/schema";
import { searchStacks, toFacets } from "@/lib/search/filter";
import { FUSE_OPTIONS, type SearchRecord } from "@/lib/search/options";
import { toSearchRecord } from "@/lib/search/records";
import {
  parseTechQuery,
  type TechRow,
  toSearchable,
  toTechSearch,
} from "@/lib/search/technologies";
import { buildTokenIndex, prefixSearch, type Searchable } from "@/lib/search/token-index";
import {
  type CatalogQuery,
  EMPTY_QUERY,
  isEmptyQuery,
  parseCatalogQuery,
  toCatalogSearch,
  toParams,
} from "@/lib/search/url-state";

const rec = (
  s: string,
  n: string[],
  l: LayerId[],
  extra: Partial<SearchRecord> = {},
): SearchRecord => ({
  s,
  t: s,
  k: "stack",
  d: "",
  g: [],
  l,
  n,
  i: n.map((x) => x.toLowerCase().replace(/[^a-z0-9]/g, "")),
  o: "u".repeat(n.length),
  c: n.length,
  ...extra,
});
const records = [
  rec("t3", ["Next.js", "PostgreSQL", "Prisma"], ["frontend", "data"], {
    g: ["typescript", "web"],
  }),
  rec("django", ["Django", "PostgreSQL", "Redis"], ["backend", "data"], { g: ["web", "python"] }),
  rec(
    "mern",
    ["MongoDB", "Express.js", "React", "Node.js"],
    ["data", "backend", "frontend", "language"],
    { g: ["web", "javascript"] },
  ),
  rec("guide", ["PostgreSQL"], ["data"], { k: "guide", g: ["python"] }),
  rec("future", ["Kafka", "Redis", "React"], ["messaging", "data", "frontend"], { o: "pxu" }),
];
const query = (q: Partial<CatalogQuery>): CatalogQuery => ({ ...EMPTY_QUERY, ...q });
const slugs = (q: Partial<CatalogQuery>) =>
  searchStacks(records, undefined, query(q)).map((h) => h.record.s);
const facetsOf = (q: Partial<CatalogQuery>, techLimit?: number) =>
  toFacets(records, searchStacks(records, undefined, query(q)), query(q), techLimit);

describe("catalog filters", () => {
  it.each<[string, Partial<CatalogQuery>, string[]]>([
    ["nothing chosen", {}, ["t3", "django", "mern", "guide", "future"]],
    ["one tag", { tags: ["web"] }, ["t3", "django", "mern"]],
    ["two tags, both required", { tags: ["web", "python"] }, ["django"]],
    ["a tag no stack has", { tags: ["rust"] }, []],
    ["two layers, both required", { layers: ["frontend", "data"] }, ["t3", "mern", "future"]],
    ["a kind", { kinds: ["guide"] }, ["guide"]],
    [
      "two kinds, either one",
      { kinds: ["guide", "stack"] },
      ["t3", "django", "mern", "guide", "future"],
    ],
    ["a technology in use", { techs: ["redis"] }, ["django"]],
    ["a technology in any role", { techs: ["redis"], with: "all" }, ["django", "future"]],
    ["a technology and a layer", { techs: ["postgresql"], layers: ["backend"] }, ["django"]],
  ])("with %s, shows the matching stacks in catalog order", (_, q, expected) => {
    expect(slugs(q)).toEqual(expected);
  });

  it("shows every stack with no highlighted names when nothing is searched for, index or not", () => {
    const tokens = buildTokenIndex(records);
    const hits = searchStacks(records, undefined, EMPTY_QUERY, tokens);
    expect(hits.map((h) => [h.record.s, h.matched])).toEqual(records.map((r) => [r.s, []]));
  });

  it("searches with the fuzzy index alone when there is no token index", () => {
    const fuse = new Fuse(records, FUSE_OPTIONS);
    expect(searchStacks(records, fuse, query({ q: "mongo" })).map((h) => h.record.s)).toEqual([
      "mern",
    ]);
  });

  it("lists at most three distinct technology names a fuzzy match found, and none for a title match", () => {
    const typo = [
      rec(
        "pg",
        ["Postgres", "PostgreSQL", "PostgREST", "Postgres Pro", "PostgreSQL", "Redis"],
        ["data"],
        { t: "Alpha", g: ["postgres"] },
      ),
      rec("book", ["Redis"], ["data"], { t: "Postgres book", d: "postgres" }),
    ];
    const hits = searchStacks(typo, new Fuse(typo, FUSE_OPTIONS), query({ q: "postgers" }));
    expect(hits.map((h) => [h.record.s, h.matched])).toEqual([
      ["pg", ["Postgres", "PostgreSQL", "PostgREST"]],
      ["book", []],
    ]);
  });
});

describe("catalog facets", () => {
  it("counts layers, kinds and tags among the hits, every layer and kind listed", () => {
    const f = facetsOf({ tags: ["web"] });
    expect(f.layers.filter((l) => l.count)).toEqual([
      { id: "language", count: 1 },
      { id: "frontend", count: 2 },
      { id: "backend", count: 2 },
      { id: "data", count: 3 },
    ]);
    expect(f.layers).toHaveLength(13);
    expect(f.kinds).toEqual([
      { id: "stack", count: 3 },
      { id: "guide", count: 0 },
      { id: "template", count: 0 },
      { id: "collection", count: 0 },
    ]);
    expect(f.tags).toEqual([
      { id: "web", count: 3 },
      { id: "javascript", count: 1 },
      { id: "python", count: 1 },
      { id: "typescript", count: 1 },
    ]);
  });

  it("sorts tags by count, then by name", () => {
    expect(facetsOf({}).tags).toEqual([
      { id: "web", count: 3 },
      { id: "python", count: 2 },
      { id: "javascript", count: 1 },
      { id: "typescript", count: 1 },
    ]);
  });

  it("shows at most 30 tags", () => {
    const many = [
      rec("many", ["Go"], ["language"], {
        g: Array.from({ length: 35 }, (_, i) => `tag-${String(i).padStart(2, "0")}`),
      }),
    ];
    const tags = toFacets(many, searchStacks(many, undefined, EMPTY_QUERY), EMPTY_QUERY).tags;
    expect(tags).toHaveLength(30);
    expect(tags[29]).toEqual({ id: "tag-29", count: 1 });
  });

  it("counts kinds as if no kind were chosen, so another kind can be added", () => {
    expect(facetsOf({ kinds: ["guide"], tags: ["python"] }).kinds).toEqual([
      { id: "stack", count: 1 },
      { id: "guide", count: 1 },
      { id: "template", count: 0 },
      { id: "collection", count: 0 },
    ]);
  });

  it("lists technologies in use by their names, most used first, then alphabetically", () => {
    expect(facetsOf({}).techs).toEqual([
      { id: "postgresql", name: "PostgreSQL", count: 3 },
      { id: "react", name: "React", count: 2 },
      { id: "django", name: "Django", count: 1 },
      { id: "expressjs", name: "Express.js", count: 1 },
      { id: "mongodb", name: "MongoDB", count: 1 },
      { id: "nextjs", name: "Next.js", count: 1 },
      { id: "nodejs", name: "Node.js", count: 1 },
      { id: "prisma", name: "Prisma", count: 1 },
      { id: "redis", name: "Redis", count: 1 },
    ]);
  });

  it("cuts the technology list at the limit", () => {
    expect(facetsOf({}, 3).techs.map((t) => t.name)).toEqual(["PostgreSQL", "React", "Django"]);
  });

  it("keeps a chosen technology beyond the limit visible with its count, and lists one already shown once", () => {
    expect(facetsOf({ techs: ["redis"] }, 2).techs).toEqual([
      { id: "django", name: "Django", count: 1 },
      { id: "postgresql", name: "PostgreSQL", count: 1 },
      { id: "redis", name: "Redis", count: 1 },
    ]);
    expect(facetsOf({ techs: ["postgresql"] }, 1).techs).toEqual([
      { id: "postgresql", name: "PostgreSQL", count: 3 },
    ]);
  });

  it("keeps a chosen technology no stack uses visible with a count of 0", () => {
    expect(facetsOf({ techs: ["kafka"] }).techs).toEqual([
      { id: "kafka", name: "kafka", count: 0 },
    ]);
  });
});

describe("prefix search", () => {
  const item = (t: string, n: string[] = [], g: string[] = []): Searchable => ({ t, n, g });
  const titles = (items: Searchable[], q: string, extra: string[][] = []) =>
    prefixSearch(buildTokenIndex(items, extra), items, q)?.map((h) => h.record.t);

  it.each<[string, Searchable[], string[][], string, string[]]>([
    [
      "a title naming the word before a stack using a technology of that name",
      [item("Cache stack", ["Redis"]), item("Redis guide")],
      [],
      "redis",
      ["Redis guide", "Cache stack"],
    ],
    [
      "a technology named exactly before a name the word only begins",
      [item("One", ["JavaScript"]), item("Two", ["Java", "Kotlin"])],
      [["java"], []],
      "java",
      ["Two", "One"],
    ],
    [
      "a whole word before a word it only begins",
      [item("One"), item("Two")],
      [["javascript"], ["java"]],
      "java",
      ["Two", "One"],
    ],
    [
      "a matching technology name before a hit through an alias alone",
      [item("One"), item("Two", ["Cachet"])],
      [["cachex"], []],
      "cach",
      ["Two", "One"],
    ],
    [
      "a matching tag before none",
      [item("One", ["Cache Store"]), item("Two", ["Cache Store"], ["cache", "web"])],
      [],
      "cac sto",
      ["Two", "One"],
    ],
    [
      "no title bonus for a title with only some of the words",
      [item("Zed", ["Redis", "Queue"]), item("Redis notes", ["Redis", "Queue"])],
      [],
      "redis queue",
      ["Zed", "Redis notes"],
    ],
    [
      "catalog order among equals",
      [item("One", ["Redisson"]), item("Two", ["Redict"])],
      [],
      "redi",
      ["One", "Two"],
    ],
  ])("ranks %s", (_, items, extra, q, expected) => {
    expect(titles(items, q, extra)).toEqual(expected);
  });

  it("finds a multi-word phrase as one term before trying the words one by one", () => {
    const items = [item("Database of vectors"), item("AI stack")];
    expect(titles(items, "vector database", [[], ["vector database"]])).toEqual(["AI stack"]);
    expect(titles(items, "vectors database")).toEqual(["Database of vectors"]);
  });

  it.each<[string, string, string[] | undefined]>([
    ["punctuation around the words", "(postgres, redis)", ["Django"]],
    [
      "two letters as whole words only, even before an ellipsis, never inside Google",
      "go",
      ["Go", "Built with Vue.js and Go..."],
    ],
    ["the word that sorts last", "zust", ["React"]],
    ["a one-letter name", "r", ["R"]],
    ["a dotted name inside a title", "vue.js", ["Built with Vue.js and Go..."]],
    ["only spaces", "   ", undefined],
    ["a word no stack has", "cobol", undefined],
  ])("handles %s", (_, q, expected) => {
    const items = [
      item("Django", ["Django", "PostgreSQL", "Redis"]),
      item("Go", ["Go"]),
      item("Google", ["Google Cloud"]),
      item("React", ["React", "Zustand"]),
      item("R", ["R"]),
      item("Built with Vue.js and Go..."),
    ];
    expect(prefixSearch(buildTokenIndex(items), items, q)?.map((h) => h.record.t)).toEqual(
      expected,
    );
  });

  it.each<[string, string[], string[]]>([
    ["postgres", ["PostgreSQL", "Postgres"], ["Postgres", "PostgreSQL"]],
    ["cloud", ["Cloudflare", "Google Cloud"], ["Google Cloud", "Cloudflare"]],
    ["clou", ["Google Cloud Run"], ["Google Cloud Run"]],
    [
      "vector database",
      ["Vector Databases Pro", "Vector Database"],
      ["Vector Database", "Vector Databases Pro"],
    ],
    ["vector data", ["Vector Database"], ["Vector Database"]],
    ["postgres redis", ["Django", "PostgreSQL", "Redis"], ["Redis", "PostgreSQL"]],
    ["redis", ["Redis", "Kafka"], ["Redis"]],
    [
      "post",
      ["Postgres", "PostgreSQL", "PostgREST", "PostGIS"],
      ["Postgres", "PostgreSQL", "PostgREST"],
    ],
  ])("for %j among %j shows the names %j, exact names first, three at most", (q, n, matched) => {
    const items = [item("Stack", n)];
    expect(prefixSearch(buildTokenIndex(items), items, q)?.[0].matched).toEqual(matched);
  });
});

describe("technologies page", () => {
  const row = (id: string, name: string, aliases: string[]): TechRow => ({
    id,
    name,
    layer: "infra",
    primary: 1,
    alternative: 0,
    other: 0,
    versions: [],
    aliases,
    slot: "orchestration",
  });

  it("finds a technology by its name or by an alias, showing the alias matched", () => {
    const rows = [
      row("kubernetes", "Kubernetes", ["k8s", "kube"]),
      row("docker", "Docker", []),
    ].map(toSearchable);
    const hits = prefixSearch(buildTokenIndex(rows), rows, "k8s");
    expect(hits?.map((h) => [h.record.row.id, h.matched])).toEqual([["kubernetes", ["k8s"]]]);
    expect(prefixSearch(buildTokenIndex(rows), rows, "dock")?.map((h) => h.record.t)).toEqual([
      "Docker",
    ]);
  });

  it.each<[string, string[]]>([
    ["q=a&q=b", ['Only the first "search" value is used.']],
    ["layer=nope", ["Ignored unknown layer: “nope”."]],
  ])("explains %j", (search, notices) => {
    expect(parseTechQuery(toParams(search)).notices).toEqual(notices);
  });

  it.each<[{ q: string; layer?: LayerId }, string]>([
    [{ q: "" }, ""],
    [{ q: "", layer: "data" }, "?layer=data"],
    [{ q: "redis" }, "?q=redis"],
  ])("writes %j as %j", (q, search) => {
    expect(toTechSearch(q)).toBe(search);
  });
});

describe("catalog address", () => {
  const read = (search: string) => parseCatalogQuery(toParams(search));
  const a40 = "a".repeat(40);

  it.each<[string, string[]]>([
    ["layer=nope", ["Ignored unknown layer: “nope”."]],
    ["layer=nope,bad", ["Ignored unknown layers: “nope”, “bad”."]],
    ["layer=a1,a2,a3,a4,a5", ["Ignored unknown layers: “a1”, “a2”, “a3”, “a4”, “a5”."]],
    ["layer=a1,a2,a3,a4,a5,a6", ["Ignored unknown layers: “a1”, “a2”, “a3”, “a4”, “a5”…."]],
    [`layer=${a40}`, [`Ignored unknown layer: “${a40}”.`]],
    [`layer=${a40}b`, [`Ignored unknown layer: “${a40}…”.`]],
    ["kind=recipe", ["Ignored unknown kind: “recipe”."]],
    ["tech=<b>", ["Ignored unknown technology: “<b>”."]],
    ["tag=a b", ["Ignored unknown tag: “a b”."]],
    ["q=one&q=two", ['Only the first "search" value is used.']],
    [`q=${"a".repeat(201)}`, ["The search text was cut to 200 characters."]],
    [`q=${"a".repeat(200)}`, []],
    [
      "with=bogus",
      [
        "Ignored “with=bogus”: use “with=all” to include stacks that plan or rejected a technology.",
      ],
    ],
    [
      `with=${a40}b`,
      [
        `Ignored “with=${a40}…”: use “with=all” to include stacks that plan or rejected a technology.`,
      ],
    ],
    ["with=use", []],
    ["layer=data,,ai,&tag=web", []],
  ])("reading %j explains %j", (search, notices) => {
    expect(read(search).notices).toEqual(notices);
  });

  it.each<[string, Partial<CatalogQuery>]>([
    ["layer= Data , AI", { layers: ["data", "ai"] }],
    ["tech=redis,Redis, redis&tech=redis", { techs: ["redis"] }],
    [
      `tech=${Array.from({ length: 15 }, (_, i) => `t${i + 1}`).join(",")}`,
      { techs: Array.from({ length: 12 }, (_, i) => `t${i + 1}`) },
    ],
    ["q=a%00b%09c%7Fd", { q: "a b c d" }],
    ["q=%0Aredis%0D", { q: "redis" }],
    ["with=ALL", { with: "all" }],
    ["with=%20all%20", { with: "all" }],
    ["with=", { with: "use" }],
    ["with=bogus", { with: "use" }],
  ])("reads %j as %j", (search, expected) => {
    expect(read(search).query).toEqual({ ...EMPTY_QUERY, ...expected });
  });

  it("cuts long search text to 200 characters", () => {
    expect(read(`q=${"a".repeat(250)}`).query.q).toBe("a".repeat(200));
  });

  it.each<[Partial<CatalogQuery>, string]>([
    [{}, ""],
    [{ q: "redis" }, "?q=redis"],
    [{ layers: ["data"] }, "?layer=data"],
    [{ techs: ["redis"] }, "?tech=redis"],
    [{ kinds: ["guide"] }, "?kind=guide"],
    [{ tags: ["web"] }, "?tag=web"],
    [{ with: "all" }, "?with=all"],
  ])("writes %j as %j, leaving out empty parts", (q, search) => {
    expect(toCatalogSearch(query(q))).toBe(search);
  });

  it.each<[Partial<CatalogQuery>, boolean]>([
    [{}, true],
    [{ with: "all" }, true],
    [{ q: "redis" }, false],
    [{ layers: ["data"] }, false],
    [{ techs: ["redis"] }, false],
    [{ kinds: ["guide"] }, false],
    [{ tags: ["web"] }, false],
  ])("counts %j as an empty search: %s", (q, empty) => {
    expect(isEmptyQuery(query(q))).toBe(empty);
  });
});

describe("search records", () => {
  type Spec = [technology: string, name: string, role: Role];
  const make = (choices: Spec[], summary = "", extra: Partial<Stack> = {}): Stack =>
    stackSchema.parse({
      slug: "shop",
      title: "Tech Stack",
      summary,
      kind: "stack",
      source: { file: "shop.md", line: 1 },
      layers: [
        {
          id: "frontend",
          label: "Frontend",
          choices: choices.map(
            ([technology, name, role]): Choice => ({
              technology,
              name,
              role,
              layer: "frontend",
              slot: "ui-framework",
              line: 1,
              raw: name,
              alternatives: [],
              known: true,
            }),
          ),
        },
      ],
      ...extra,
    });

  it("records how the stack relates to each technology in one letter", () => {
    const r = toSearchRecord(
      make([
        ["react", "React", "primary"],
        ["vue", "Vue", "alternative"],
        ["svelte", "Svelte", "planned"],
        ["solid", "Solid", "option"],
        ["preact", "Preact", "example"],
      ]),
    );
    expect([r.i, r.n, r.o, r.c]).toEqual([
      ["react", "vue", "svelte", "solid", "preact"],
      ["React", "Vue", "Svelte", "Solid", "Preact"],
      "uxpuu",
      5,
    ]);
  });

  it.each<[Role, Role, string]>([
    ["alternative", "primary", "u"],
    ["primary", "alternative", "u"],
    ["alternative", "planned", "p"],
    ["planned", "alternative", "p"],
    ["planned", "option", "u"],
  ])(
    "for a technology named as %s and then as %s keeps the firmer relation (%s)",
    (first, second, code) => {
      const r = toSearchRecord(
        make([
          ["react", "React", first],
          ["react", "React", second],
        ]),
      );
      expect([r.i, r.n, r.o, r.c]).toEqual([["react"], ["React"], code, 2]);
    },
  );

  it.each([
    [180, "s".repeat(180)],
    [181, `${"s".repeat(179)}…`],
  ])("clips a summary of %i characters to 180", (length, d) => {
    expect(toSearchRecord(make([], "s".repeat(length))).d).toBe(d);
  });

  it("carries the slug, full title, kind, tags, layers and date", () => {
    const r = toSearchRecord(
      make([["react", "React", "primary"]], "Shop", {
        distinct: "Shop admin",
        tags: ["web"],
        updated: "2024-05",
        kind: "guide",
      }),
    );
    expect(r).toEqual({
      s: "shop",
      t: "Tech Stack (Shop admin)",
      k: "guide",
      d: "Shop",
      g: ["web"],
      l: ["frontend"],
      n: ["React"],
      i: ["react"],
      o: "u",
      u: "2024-05",
      c: 1,
    });
  });
});
