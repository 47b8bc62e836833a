import { LAYER_IDS } from "../content/constants";
import type { LayerId } from "../content/schema";
import { type Line, type Row, similarity } from "./align";
import type { CompareStack } from "./records";

export interface Summary {
  /** Technologies every compared stack has (in any shown role). */
  shared: Array<{ technology: string; name: string }>;
  /** Per stack, the technologies only it has. */
  unique: Array<Array<{ technology: string; name: string }>>;
  /** For every pair: Jaccard over primary and planned technologies, and the slots both fill. */
  pairs: Array<{
    a: number;
    b: number;
    score: number;
    sameSlots: string[];
    differentSlots: string[];
  }>;
  /** Per stack, the layers another compared stack covers and it does not (planned choices count). */
  gaps: LayerId[][];
}

const techsOf = (line: Line, i: number) =>
  line.cells[i]
    .map((c) => c.technology)
    .sort()
    .join(",");

function pairOf(
  stacks: CompareStack[],
  lines: Line[],
  a: number,
  b: number,
): Summary["pairs"][number] {
  const both = lines.filter((l) => l.cells[a].length && l.cells[b].length);
  const same = both.filter((l) => techsOf(l, a) === techsOf(l, b)).map((l) => l.slot);
  const different = both.filter((l) => techsOf(l, a) !== techsOf(l, b)).map((l) => l.slot);
  return {
    a,
    b,
    score: similarity(stacks[a], stacks[b]),
    sameSlots: same,
    differentSlots: different,
  };
}

export function summarise(stacks: CompareStack[], rows: Row[]): Summary {
  const shared = new Map<string, string>();
  const seen = stacks.map(() => new Map<string, string>());
  const lines = rows.flatMap((r) => r.lines);
  for (const line of lines)
    line.cells.forEach((cell, i) => {
      for (const c of cell) seen[i].set(c.technology, c.name);
    });
  for (const [id, name] of seen[0] ?? []) if (seen.every((m) => m.has(id))) shared.set(id, name);
  const unique = seen.map((m, i) =>
    [...m].filter(([id]) => seen.every((o, j) => j === i || !o.has(id))),
  );
  const covered = stacks.map(
    (_, i) =>
      new Set(rows.filter((r) => r.lines.some((l) => l.cells[i].length)).map((r) => r.layer)),
  );
  const union = new Set(rows.map((r) => r.layer));
  const pairs: Summary["pairs"] = [];
  for (let a = 0; a < stacks.length; a++)
    for (let b = a + 1; b < stacks.length; b++) pairs.push(pairOf(stacks, lines, a, b));
  const toList = (entries: Iterable<[string, string]>) =>
    [...entries].map(([technology, name]) => ({ technology, name }));
  return {
    shared: toList(shared),
    unique: unique.map(toList),
    pairs,
    gaps: covered.map((set) => LAYER_IDS.filter((l) => union.has(l) && !set.has(l))),
  };
}
