import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseResultSchema } from "@/lib/content/schema";
import { parse, registry } from "../helpers";

const NAMES = registry.technologies.map((t) => t.name);
const PIECES = [
  "# ",
  "## ",
  "### ",
  "- ",
  "* ",
  "1. ",
  "  - ",
  "| ",
  " | ",
  "|---|---|",
  "**",
  "`",
  "```mermaid\ngraph LR\n A[",
  "]\n```",
  "```\n",
  "---\n",
  "[e.g., ",
  "]",
  "(",
  ")",
  " / ",
  " + ",
  " → ",
  ", ",
  ": ",
  " – ",
  "TBD",
  "{X}",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "\u202e",
  "\u0301",
  "مرحبا",
  "שלום",
  "数据库",
  "データ",
  "🛠️",
  "ðŸ› ï¸",
  "â€“",
  "\r\n",
  "\n",
  "\n\n",
  "\t",
  "\u0000",
  "||",
  "|#",
  "---##",
];

const name = fc.constantFrom(...NAMES);
const between = (min: number, max: number) => fc.integer({ min, max });

// Structures the pieces above rarely build: huge cells, deep nesting, long right-to-left runs.
const shape = fc.oneof(
  fc
    .tuple(between(5000, 25000), name)
    .map(([n, t]) => `\n| Layer | Technology |\n|---|---|\n| ${"x".repeat(n)} | ${t} |\n`),
  fc.tuple(between(50, 3050), name).map(([n, t]) => `\n${"- ".repeat(n)}${t}\n`),
  between(30, 230).map(
    (n) =>
      `\n${Array.from({ length: n }, (_, i) => `${" ".repeat(i * 2)}- item ${i}`).join("\n")}\n`,
  ),
  fc.tuple(between(20, 520), name).map(([n, t]) => `\n${"> ".repeat(n)}**Database:** ${t}\n`),
  fc
    .tuple(between(1, 50), name)
    .map(
      ([n, t]) =>
        `\n## ${"\u05d0\u05d1\u05d2 \u0645\u0631\u062d\u0628\u0627 ".repeat(n)}\n- \u202b${t}\u202c\n`,
    ),
  fc
    .tuple(between(1, 400), name)
    .map(([n, t]) => `\n- ${"a\u0301\u0302\u0303\u0304".repeat(n)}: ${t}\n`),
);

const part = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 45 },
  { arbitrary: name, weight: 30 },
  {
    arbitrary: fc
      .tuple(between(32, 0x3000 + 31), between(1, 3))
      .map(([cp, n]) => String.fromCodePoint(cp).repeat(n)),
    weight: 15,
  },
  { arbitrary: between(0, 399).map((n) => "x".repeat(n)), weight: 10 },
);

// A quarter of the documents open with one of the shapes; fast-check shrinks a failure to the
// smallest document that still shows it.
const documents = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant(""), weight: 3 }, { arbitrary: shape, weight: 1 }),
    fc.array(part, { maxLength: 120 }),
  )
  .map(([lead, parts]) => lead + parts.join(""));

// 2,500 documents in npm test (about ten seconds); PROPERTY_RUNS=100000 for a longer search.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2_500);

describe("property: random Markdown never throws and always yields valid records", () => {
  it(`${RUNS} random documents (random Unicode, right-to-left text, combining marks, huge cells, deep nesting)`, {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const result = parse(doc, "random.md");
        const checked = parseResultSchema.safeParse(result);
        if (!checked.success) throw new Error(`invalid records: ${checked.error.message}`);
        expect(result.diagnostics.every((d) => d.code !== "parse-failed")).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
  });
});
