import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toLayerId } from "@/lib/content/layers";
import { find, parse } from "../helpers";

// Without the u flag `\b` knows only [A-Za-z0-9_]: `\bне` never matches after a space and
// `perché\b` never ends before one, so words in other scripts silently never match.
const SOURCES = [
  ...readdirSync("lib/content/parse")
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join("lib/content/parse", f)),
  "lib/content/layer-words.ts",
  "lib/content/slots.ts",
];
const NON_ASCII = /[\u00C0-\uFFFF]/;

/** The top-level alternatives of the group opening at `open`, and where it closes. */
function alternatives(src: string, open: number): { alts: string[]; end: number } {
  const alts: string[] = [];
  let depth = 0;
  let cur = "";
  let i = open;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      cur += c + src[++i];
      continue;
    }
    if (c === "(" && ++depth === 1) continue;
    if (c === ")" && --depth === 0) break;
    if (c === "|" && depth === 1) {
      alts.push(cur);
      cur = "";
    } else cur += c;
  }
  return { alts: [...alts, cur], end: i };
}

/** Every `\b` that touches a non-ASCII letter, directly or across a group's edge. */
function blindBoundaries(src: string): string[] {
  const found: string[] = [];
  for (const m of src.matchAll(/\\b(?=[\u00C0-\uFFFF])|(?<=[\u00C0-\uFFFF])\\b/g))
    found.push(src.slice((m.index ?? 0) - 12, (m.index ?? 0) + 12));
  for (const m of src.matchAll(/(?<!\\)\(/g)) {
    const { alts, end } = alternatives(src, m.index ?? 0);
    const before = src.slice((m.index ?? 0) - 2, m.index) === "\\b";
    const after = src.slice(end + 1, end + 3) === "\\b";
    for (const a of alts) {
      const bare = a.replace(/^\?:/, "").replace(/[?*+)\]]+$/, "");
      if ((before && NON_ASCII.test(bare[0] ?? "")) || (after && NON_ASCII.test(bare.at(-1) ?? "")))
        found.push(a);
    }
  }
  return found;
}

describe("word boundaries in the parser's word lists", () => {
  it.each(SOURCES)("%s has no \\b beside a letter outside ASCII", (file) => {
    expect(blindBoundaries(readFileSync(file, "utf8"))).toEqual([]);
  });

  it("reads the Cyrillic words those boundaries hid", () => {
    expect(toLayerId("ИИ")).toBe("ai");
    const result = parse("# Сервис\n\n## Стек\n\nДля кэша берём Redis, а не MongoDB.\n");
    expect(find(result, "mongodb")?.role).toBe("alternative");
  });

  it.each([
    ["Мы не используем MongoDB, только PostgreSQL.", "mongodb"],
    ["Nous n'utilisons pas MongoDB : tout est dans PostgreSQL.", "mongodb"],
    ["No usamos MongoDB; todo vive en PostgreSQL.", "mongodb"],
    ["Wir nutzen keine MongoDB, nur PostgreSQL.", "mongodb"],
  ])("'%s' passes %s over", (sentence, id) => {
    const result = parse(`# Dienst\n\n## Stack\n\n${sentence}\n`);
    expect(find(result, id)?.role).toBe("alternative");
    expect(find(result, "postgresql")?.role).toBe("primary");
  });
});
