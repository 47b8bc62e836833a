import { describe, expect, it } from "vitest";
import { alignStacks, type Line, similarity } from "@/lib/compare/align";
import { statusText, toCsv } from "@/lib/compare/export";
import { toMarkdown } from "@/lib/compare/markdown";
import {
  type CompareChoice,
  type CompareStack,
  toCompareStack,
  toStackList,
} from "@/lib/compare/records";
import { suggestComparisons } from "@/lib/compare/suggest";
import { summarise } from "@/lib/compare/summary";
import { parseCompareQuery, toCompareSearch } from "@/lib/compare/url";
import {
  type Choice,
  type Kind,
  type LayerId,
  type Role,
  type Stack,
  stackSchema,
} from "@/lib/content/schema";
import { toParams } from "@/lib/search/url-state";

const stack = (s: string, t: string, c: CompareChoice[]): CompareStack => ({ s, t, k: "stack", c });
const ui = (
  technology: string,
  name: string,
  role: Role = "primary",
  version?: string,
): CompareChoice =>
  version
    ? ["frontend", "ui-framework", technology, name, role, version]
    : ["frontend", "ui-framework", technology, name, role];
const lineOf = (stacks: CompareStack[], slot: string, options = {}): Line | undefined =>
  alignStacks(stacks, options)
    .flatMap((r) => r.lines)
    .find((l) => l.slot === slot);

/** A document-level stack as the loader produces it, from `[layer, slot, technology, name, role, fields]` choices. */
type ChoiceSpec = [
  layer: LayerId,
  slot: string,
  technology: string,
  name: string,
  role: Role,
  fields?: Partial<Choice>,
];
function fullStack(
  slug: string,
  title: string,
  choices: ChoiceSpec[],
  extra: { kind?: Kind; distinct?: string } = {},
): Stack {
  const layers: Array<{ id: LayerId; label: string; choices: Choice[] }> = [];
  for (const [layer, slot, technology, name, role, fields] of choices) {
    let l = layers.find((x) => x.id === layer);
    if (!l) {
      l = { id: layer, label: layer, choices: [] };
      layers.push(l);
    }
    l.choices.push({
      technology,
      name,
      role,
      layer,
      slot,
      line: 1,
      raw: name,
      alternatives: [],
      known: true,
      ...fields,
    });
  }
  return stackSchema.parse({
    slug,
    title,
    kind: extra.kind ?? "stack",
    distinct: extra.distinct,
    source: { file: `${slug}.md`, line: 1 },
    layers,
  });
}

describe("which choices a compare line treats as the same", () => {
  it.each<[Role, Role, Line["status"]]>([
    ["primary", "example", "shared"],
    ["example", "example", "shared"],
    ["option", "option", "shared"],
    ["planned", "planned", "shared"],
    ["primary", "option", "different"],
    ["primary", "planned", "different"],
    ["example", "option", "different"],
  ])("React as %s in one stack and as %s in the other is '%s'", (a, b, status) => {
    expect(
      lineOf(
        [stack("a", "A", [ui("react", "React", a)]), stack("b", "B", [ui("react", "React", b)])],
        "ui-framework",
      )?.status,
    ).toBe(status);
  });

  it("does not care in which order a stack lists the technologies of a slot", () => {
    const a = stack("a", "A", [ui("react", "React"), ui("vue", "Vue")]);
    const b = stack("b", "B", [ui("vue", "Vue"), ui("react", "React")]);
    expect(lineOf([a, b], "ui-framework")?.status).toBe("shared");
  });

  it.each<[string, CompareChoice[], CompareChoice[], Line["status"]]>([
    [
      "the same version",
      [ui("react", "React", "primary", "18")],
      [ui("react", "React", "primary", "18")],
      "shared",
    ],
    ["no version at all", [ui("react", "React")], [ui("react", "React")], "shared"],
    [
      "other versions",
      [ui("react", "React", "primary", "18")],
      [ui("react", "React", "primary", "19")],
      "version-diff",
    ],
    [
      "a version on one side only",
      [ui("react", "React", "primary", "18")],
      [ui("react", "React")],
      "version-diff",
    ],
    [
      "one of two technologies in another version",
      [ui("react", "React", "primary", "18"), ui("vue", "Vue")],
      [ui("react", "React", "primary", "19"), ui("vue", "Vue")],
      "version-diff",
    ],
    [
      "the same versions listed in another order",
      [ui("react", "React", "primary", "18"), ui("vue", "Vue", "primary", "3")],
      [ui("vue", "Vue", "primary", "3"), ui("react", "React", "primary", "18")],
      "shared",
    ],
  ])("the same technologies with %s are marked accordingly", (_, a, b, status) => {
    expect(lineOf([stack("a", "A", a), stack("b", "B", b)], "ui-framework")?.status).toBe(status);
  });
});

describe("a stack that names a technology twice in one slot", () => {
  const cell = (c: CompareChoice[]) =>
    lineOf([stack("a", "A", c), stack("b", "B", [ui("vue", "Vue")])], "ui-framework")?.cells[0].map(
      (x) => [x.name, x.role, x.version],
    );

  it.each<[string, CompareChoice[], Array<[string, Role, string | undefined]>]>([
    [
      "chosen, then planned in a later version",
      [ui("react", "React", "primary", "18"), ui("react", "React", "planned", "20")],
      [["React", "primary", "18"]],
    ],
    [
      "planned, then chosen",
      [ui("react", "React", "planned"), ui("react", "React", "primary")],
      [["React", "primary", undefined]],
    ],
    [
      "planned in one version, then chosen in another",
      [ui("react", "React", "planned", "18"), ui("react", "React", "primary", "19")],
      [["React", "primary", "19"]],
    ],
    [
      "planned in a version, then chosen without one",
      [ui("react", "React", "planned", "20"), ui("react", "React", "primary")],
      [["React", "primary", "20"]],
    ],
    [
      "chosen twice in two versions",
      [ui("react", "React", "primary", "18"), ui("react", "React", "primary", "19")],
      [["React", "primary", "18"]],
    ],
  ])("shows it once, with the firmer role: %s", (_, choices, expected) => {
    expect(cell(choices)).toEqual(expected);
  });
});

describe("order and filtering of compare lines", () => {
  const a = stack("a", "A", [
    ["frontend", "styling", "tailwind", "Tailwind CSS", "primary"],
    ["frontend", "z-custom", "z", "Zed", "primary"],
    ["frontend", "a-custom", "x", "Ex", "primary"],
    ["frontend", "ui-framework", "react", "React", "primary"],
    ["frontend", "meta-framework", "nextjs", "Next.js", "primary"],
  ]);
  const b = stack("b", "B", [["frontend", "ui-framework", "vue", "Vue", "primary"]]);
  const slots = (options: object) =>
    alignStacks([a, b], options).flatMap((r) => r.lines.map((l) => l.slot));

  it("shows slots in the given order, then unknown slots alphabetically", () => {
    expect(slots({ slotOrder: ["ui-framework", "meta-framework", "styling"] })).toEqual([
      "ui-framework",
      "meta-framework",
      "styling",
      "a-custom",
      "z-custom",
    ]);
  });

  it("shows slots alphabetically when no order is given", () => {
    expect(slots({})).toEqual([
      "a-custom",
      "meta-framework",
      "styling",
      "ui-framework",
      "z-custom",
    ]);
  });

  it("leaves no empty layer behind when only differences are shown and two stacks agree", () => {
    const same = stack("c", "C", [
      ui("react", "React"),
      ["data", "database", "postgresql", "PostgreSQL", "primary"],
    ]);
    expect(alignStacks([same, { ...same, s: "d", t: "D" }], { onlyDifferences: true })).toEqual([]);
  });

  it("keeps each choice's purpose for the reasons under the table", () => {
    const withPurpose = stack("c", "C", [
      ["data", "orm", "prisma", "Prisma", "primary", "", "Type-safe queries"],
    ]);
    expect(lineOf([withPurpose, b], "orm")?.cells[0][0]).toMatchObject({
      name: "Prisma",
      purpose: "Type-safe queries",
      version: undefined,
      rationale: undefined,
    });
  });
});

describe("similarity of two stacks", () => {
  const react = ui("react", "React");
  const vue = ui("vue", "Vue");
  it.each<[string, CompareChoice[], CompareChoice[], number]>([
    ["the same choices", [react, vue], [vue, react], 1],
    ["nothing in common", [react], [vue], 0],
    ["one of two shared", [react], [react, vue], 0.5],
    [
      "alternatives, options and examples left out",
      [
        react,
        ui("vue", "Vue", "alternative"),
        ui("svelte", "Svelte", "option"),
        ui("solid", "Solid", "example"),
      ],
      [react, vue, ui("svelte", "Svelte"), ui("solid", "Solid")],
      0.25,
    ],
    ["neither committing to anything", [ui("vue", "Vue", "alternative")], [], 0],
  ])("is the share of committed technologies in common: %s", (_, a, b, score) => {
    expect(similarity(stack("a", "A", a), stack("b", "B", b))).toBe(score);
  });
});

describe("compare summary", () => {
  it("counts a slot as the same when both stacks list the same technologies in another order", () => {
    const a = stack("a", "A", [ui("react", "React"), ui("vue", "Vue")]);
    const b = stack("b", "B", [ui("vue", "Vue"), ui("react", "React")]);
    expect(summarise([a, b], alignStacks([a, b])).pairs[0]).toMatchObject({
      sameSlots: ["ui-framework"],
      differentSlots: [],
    });
  });
});

describe("status words", () => {
  const stacks = [stack("a", "Alpha", []), stack("b", "Beta", [])];
  it.each<[Line["status"], number | undefined, string]>([
    ["shared", undefined, "same choice"],
    ["version-diff", undefined, "versions differ"],
    ["different", undefined, "different choices"],
    ["partly", undefined, "not in every stack"],
    ["unique", 1, "only Beta"],
    ["unique", undefined, "only one"],
  ])("a '%s' line (owner %s) reads “%s”", (status, owner, words) => {
    expect(statusText({ slot: "database", cells: [[], []], status, owner }, stacks)).toBe(words);
  });
});

describe("Markdown export", () => {
  const label = (id: string) =>
    ({ runtime: "Runtime", database: "Database", orm: "ORM / query builder" })[id] ?? id;
  const ORDER = ["runtime", "database", "orm"];
  const alpha = stack("alpha", "Alpha", [
    ["language", "runtime", "nodejs", "Node.js", "primary", "20"],
    ["data", "database", "postgresql", "PostgreSQL", "primary", "", "Main store", "Team knows SQL"],
    ["data", "orm", "prisma", "Prisma", "primary", "", "Type-safe queries"],
  ]);
  const beta = stack("beta", "Beta", [
    ["language", "runtime", "nodejs", "Node.js", "primary", "20"],
    ["data", "database", "mongodb", "MongoDB", "planned"],
  ]);

  it("writes the title, links, table and a Why section giving the rationale, else the purpose", () => {
    const md = toMarkdown([alpha, beta], alignStacks([alpha, beta], { slotOrder: ORDER }), label);
    expect(md).toBe(
      [
        "# Alpha vs Beta",
        "",
        "- [Alpha](/stacks/alpha)",
        "- [Beta](/stacks/beta)",
        "",
        "| Layer | Slot | Alpha | Beta | Status |",
        "| - | - | - | - | - |",
        "| Languages & runtimes | Runtime | Node.js 20 | Node.js 20 | same choice |",
        "| Data | Database | PostgreSQL | MongoDB (planned) | different choices |",
        "| | ORM / query builder | Prisma | — | only Alpha |",
        "",
        "## Why",
        "",
        "- **Alpha**, Database: PostgreSQL — Team knows SQL",
        "- **Alpha**, ORM / query builder: Prisma — Type-safe queries",
        "",
      ].join("\n"),
    );
  });

  it("lists a stack's several choices in one cell, marking those not chosen", () => {
    const a = stack("a", "A", [ui("react", "React", "primary", "18"), ui("vue", "Vue", "option")]);
    const b = stack("b", "B", [ui("svelte", "Svelte")]);
    expect(toMarkdown([a, b], alignStacks([a, b]), (id) => id)).toContain(
      "| Frontend | ui-framework | React 18, Vue (option) | Svelte | different choices |",
    );
  });

  it("leaves out the Why section when no choice gives a reason", () => {
    const md = toMarkdown(
      [beta, { ...beta, s: "gamma", t: "Gamma" }],
      alignStacks([beta, { ...beta, s: "gamma", t: "Gamma" }]),
      label,
    );
    expect(md).not.toContain("## Why");
    expect(
      md.endsWith("| Data | Database | MongoDB (planned) | MongoDB (planned) | same choice |\n"),
    ).toBe(true);
  });

  it.each([
    ["a pipe", "A|B", "A\\|B"],
    ["a backslash", "C\\D", "C\\\\D"],
    ["a line break", "one\ntwo", "one two"],
    ["a Windows line break", "one\r\ntwo", "one two"],
  ])("escapes %s in table cells and reasons", (_, text, escaped) => {
    const odd = stack("odd", text, [["data", "database", "x", text, "primary", "", text]]);
    const md = toMarkdown([odd, beta], alignStacks([odd, beta]), label);
    expect(md).toContain(`| Layer | Slot | ${escaped} | Beta | Status |`);
    expect(md).toContain(
      `| Data | Database | ${escaped} | MongoDB (planned) | different choices |`,
    );
    expect(md).toContain(`- [${escaped}](/stacks/odd)`);
    expect(md).toContain(`- **${escaped}**, Database: ${escaped} — ${escaped}`);
  });
});

describe("CSV export", () => {
  const label = (id: string) => ({ database: "Database" })[id] ?? id;
  const other = stack("beta", "Beta", [["data", "database", "mongodb", "MongoDB", "primary"]]);
  const csvWith = (name: string) => {
    const odd = stack("alpha", "Alpha", [["data", "database", "x", name, "primary"]]);
    return toCsv([odd, other], alignStacks([odd, other]), label);
  };

  it("gives each choice's version, role, purpose and rationale in its own column", () => {
    const alpha = stack("alpha", "Alpha", [
      [
        "data",
        "database",
        "postgresql",
        "PostgreSQL",
        "primary",
        "16",
        "Main store",
        "Team knows SQL",
      ],
    ]);
    expect(toCsv([alpha, other], alignStacks([alpha, other]), label).split("\r\n")).toEqual([
      "layer,slot,stack,technology,version,role,purpose,rationale,status",
      "Data,Database,Alpha,PostgreSQL,16,primary,Main store,Team knows SQL,different choices",
      "Data,Database,Beta,MongoDB,,primary,,,different choices",
      "",
    ]);
  });

  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
    ["a-b+c=d", "a-b+c=d"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["two\nlines", '"two\nlines"'],
  ])("writes the name %j as %j", (name, field) => {
    expect(csvWith(name)).toContain(
      `\r\nData,Database,Alpha,${field},,primary,,,different choices\r\n`,
    );
  });
});

describe("compare records", () => {
  const long = (n: number) => "x".repeat(n);
  it.each<[string, Partial<Choice>, CompareChoice]>([
    ["nothing more", {}, ["data", "database", "postgresql", "PostgreSQL", "primary"]],
    [
      "a version",
      { version: "16" },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "16"],
    ],
    [
      "a purpose",
      { purpose: "Main store" },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "", "Main store"],
    ],
    [
      "a rationale",
      { rationale: "Team knows SQL" },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "", "", "Team knows SQL"],
    ],
    [
      "an empty purpose",
      { version: "16", purpose: "" },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "16"],
    ],
    [
      "a purpose of 160 characters",
      { purpose: long(160) },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "", long(160)],
    ],
    [
      "a purpose of 161 characters",
      { purpose: long(161) },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "", `${long(159)}…`],
    ],
    [
      "a long rationale",
      { rationale: long(400) },
      ["data", "database", "postgresql", "PostgreSQL", "primary", "", "", `${long(159)}…`],
    ],
  ])(
    "keep a choice with %s, clipping long text and dropping empty trailing fields",
    (_, fields, expected) => {
      const s = fullStack("shop", "Shop", [
        ["data", "database", "postgresql", "PostgreSQL", "primary", fields],
      ]);
      expect(toCompareStack(s).c).toEqual([expected]);
    },
  );

  it("carry the slug, the full title and the kind, and every layer's choices in order", () => {
    const s = fullStack(
      "shop-admin",
      "Tech Stack",
      [
        ["frontend", "ui-framework", "react", "React", "primary"],
        ["data", "database", "postgresql", "PostgreSQL", "planned"],
      ],
      { kind: "guide", distinct: "Shop admin" },
    );
    expect(toCompareStack(s)).toEqual({
      s: "shop-admin",
      t: "Tech Stack (Shop admin)",
      k: "guide",
      c: [
        ["frontend", "ui-framework", "react", "React", "primary"],
        ["data", "database", "postgresql", "PostgreSQL", "planned"],
      ],
    });
  });

  it("list the stacks for the pickers sorted by title", () => {
    const list = toStackList([
      fullStack("gamma", "Gamma", [], { distinct: "Shop" }),
      fullStack("beta", "beta", []),
      fullStack("alpha", "Alpha", [], { kind: "template" }),
    ]);
    expect(list).toEqual([
      { s: "alpha", t: "Alpha", k: "template" },
      { s: "beta", t: "beta", k: "stack" },
      { s: "gamma", t: "Gamma (Shop)", k: "stack" },
    ]);
  });
});

describe("suggested comparisons", () => {
  const primary = (slot: string): ChoiceSpec => ["backend", slot, slot, slot, "primary"];
  const stacks = [
    fullStack("gamma", "Gamma", [primary("runtime"), primary("database")]),
    fullStack("beta", "Beta", [
      primary("runtime"),
      primary("database"),
      primary("orm"),
      ["frontend", "ui-framework", "react", "React", "planned"],
    ]),
    fullStack(
      "template",
      "Template",
      [
        primary("runtime"),
        primary("database"),
        primary("orm"),
        primary("ui-framework"),
        primary("cache"),
      ],
      { kind: "template" },
    ),
    fullStack("solo", "Solo", [
      primary("runtime"),
      ["backend", "runtime", "deno", "Deno", "primary"],
    ]),
    fullStack("delta", "Delta", [primary("runtime"), primary("cache")]),
    fullStack("alpha", "Alpha", [
      primary("runtime"),
      primary("database"),
      primary("orm"),
      primary("ui-framework"),
    ]),
  ];
  const pairs = (count?: number) =>
    suggestComparisons(stacks, count).map((p) => `${p.a.s}+${p.b.s}:${p.slots}`);

  it("pairs the stacks that fill the most of the same slots, leaving out templates and one-slot stacks", () => {
    expect(pairs()).toEqual([
      "alpha+beta:3",
      "alpha+gamma:2",
      "beta+gamma:2",
      "alpha+delta:1",
      "beta+delta:1",
      "delta+gamma:1",
    ]);
  });

  it("gives at most the number asked for, with the titles to show", () => {
    expect(suggestComparisons(stacks, 2)).toEqual([
      { a: { s: "alpha", t: "Alpha" }, b: { s: "beta", t: "Beta" }, slots: 3 },
      { a: { s: "alpha", t: "Alpha" }, b: { s: "gamma", t: "Gamma" }, slots: 2 },
    ]);
  });

  it("considers only the 200 stacks that fill the most slots", () => {
    const many = Array.from({ length: 200 }, (_, n) => {
      const id = String(n).padStart(3, "0");
      return fullStack(
        `s${id}`,
        `S${id}`,
        n === 0
          ? [primary("shared-a"), primary("shared-b"), primary("own-0")]
          : [primary(`own-${n}-a`), primary(`own-${n}-b`), primary(`own-${n}-c`)],
      );
    });
    const fewest = fullStack("zz", "ZZ", [primary("shared-a"), primary("shared-b")]);
    const suggested = suggestComparisons([...many, fewest], 10);
    expect(suggested).toHaveLength(10);
    expect(suggested.filter((p) => p.a.s === "zz" || p.b.s === "zz")).toEqual([]);
  });

  it("suggests nothing when fewer than two stacks fill more than one slot", () => {
    expect(
      suggestComparisons(
        stacks.filter((s) => s.slug === "alpha" || s.slug === "solo" || s.slug === "template"),
      ),
    ).toEqual([]);
  });
});

describe("compare address", () => {
  const known = new Set(["mern", "mean", "t3-stack", "a".repeat(40)]);
  const read = (search: string) => parseCompareQuery(toParams(search), known);

  it.each(["1", "true", "on", "yes"])("turns a switch on with %j", (v) => {
    expect(read(`stacks=mern,mean&diff=${v}&all=${v}`).query).toEqual({
      slugs: ["mern", "mean"],
      onlyDifferences: true,
      includeAll: true,
    });
  });

  it.each(["0", "no", "off", ""])("leaves a switch off with %j", (v) => {
    expect(read(`stacks=mern,mean&diff=${v}&all=${v}`).query).toMatchObject({
      onlyDifferences: false,
      includeAll: false,
    });
  });

  it("reads only the first value of a switch", () => {
    expect(read("stacks=mern,mean&diff=0&diff=1").query.onlyDifferences).toBe(false);
  });

  it.each<[string, string[], string[]]>([
    [
      "stacks=mern&stacks=mean",
      ["mern", "mean"],
      ["“stacks” was given more than once; the lists were joined."],
    ],
    ["stacks= mern , MEAN ", ["mern", "mean"], []],
    [`stacks=mern,${"a".repeat(45)}_x`, ["mern"], [`“${"a".repeat(40)}…” is not a stack name.`]],
    [`stacks=mern,${"b".repeat(40)}`, ["mern"], [`There is no stack “${"b".repeat(40)}”.`]],
    [`stacks=mern,${"a".repeat(40)}`, ["mern", "a".repeat(40)], []],
    ["stacks=,mern,,mean,", ["mern", "mean"], ["3 empty entries were ignored."]],
  ])("reads %j as the stacks %j with notices %j", (search, slugs, notices) => {
    const r = read(search);
    expect(r.query.slugs).toEqual(slugs);
    expect(r.notices).toEqual(notices);
  });

  it.each<[string[], boolean, boolean, string]>([
    [[], false, false, ""],
    [[], false, true, "?all=1"],
    [["mern", "mean"], false, false, "?stacks=mern,mean"],
    [["mern", "mean"], true, true, "?stacks=mern,mean&diff=1&all=1"],
  ])(
    "writes the stacks %j (diff %s, all %s) as %j",
    (slugs, onlyDifferences, includeAll, search) => {
      expect(toCompareSearch({ slugs, onlyDifferences, includeAll })).toBe(search);
    },
  );
});
