import { describe, expect, it } from "vitest";
import { parseResultSchema } from "@/lib/content/schema";
import { parse, registry } from "../helpers";

/** A small seeded PRNG, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

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

// Structures the pieces above rarely build: huge cells, deep nesting, long right-to-left runs.
const SHAPES: Array<(next: () => number) => string> = [
  (next) =>
    `\n| Layer | Technology |\n|---|---|\n| ${"x".repeat(5000 + Math.floor(next() * 20000))} | ${NAMES[Math.floor(next() * NAMES.length)]} |\n`,
  (next) =>
    `\n${"- ".repeat(50 + Math.floor(next() * 3000))}${NAMES[Math.floor(next() * NAMES.length)]}\n`,
  (next) =>
    `\n${Array.from({ length: 30 + Math.floor(next() * 200) }, (_, i) => `${" ".repeat(i * 2)}- item ${i}`).join("\n")}\n`,
  (next) =>
    `\n${"> ".repeat(20 + Math.floor(next() * 500))}**Database:** ${NAMES[Math.floor(next() * NAMES.length)]}\n`,
  (next) =>
    `\n## ${"\u05d0\u05d1\u05d2 \u0645\u0631\u062d\u0628\u0627 ".repeat(1 + Math.floor(next() * 50))}\n- \u202b${NAMES[Math.floor(next() * NAMES.length)]}\u202c\n`,
  (next) =>
    `\n- ${"a\u0301\u0302\u0303\u0304".repeat(1 + Math.floor(next() * 400))}: ${NAMES[Math.floor(next() * NAMES.length)]}\n`,
];

function randomDoc(next: () => number): string {
  const parts: string[] = [];
  if (next() < 0.25) parts.push(SHAPES[Math.floor(next() * SHAPES.length)](next));
  const len = Math.floor(next() * 120);
  for (let i = 0; i < len; i++) {
    const r = next();
    if (r < 0.45) parts.push(PIECES[Math.floor(next() * PIECES.length)]);
    else if (r < 0.75) parts.push(NAMES[Math.floor(next() * NAMES.length)]);
    else if (r < 0.9)
      parts.push(
        String.fromCodePoint(Math.floor(next() * 0x3000) + 32).repeat(1 + Math.floor(next() * 3)),
      );
    else parts.push("x".repeat(Math.floor(next() * 400)));
  }
  return parts.join("");
}

describe("property: random Markdown never throws and always yields valid records", () => {
  it("10,000 random documents (random Unicode, right-to-left text, combining marks, huge cells, deep nesting)", {
    timeout: 600_000,
  }, () => {
    const next = rng(20261122);
    for (let i = 0; i < 10_000; i++) {
      const doc = randomDoc(next);
      let result: ReturnType<typeof parse>;
      try {
        result = parse(doc, `random-${i}.md`);
      } catch (err) {
        throw new Error(
          `document ${i} threw: ${String(err)}\n${JSON.stringify(doc).slice(0, 500)}`,
        );
      }
      const checked = parseResultSchema.safeParse(result);
      if (!checked.success)
        throw new Error(`document ${i} gave invalid records: ${checked.error.message}`);
      expect(result.diagnostics.every((d) => d.code !== "parse-failed")).toBe(true);
    }
  });
});
