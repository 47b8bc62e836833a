import type { Stack } from "../content/schema";

export interface SuggestedPair {
  a: { s: string; t: string };
  b: { s: string; t: string };
  /** Slots both stacks fill with a primary choice. */
  slots: number;
}

// Pairs are counted among the stacks with the most filled slots: enough to find good pairs, bounded at any size.
const CANDIDATES = 200;

/** The pairs of stacks that fill the most of the same slots: comparisons worth starting from. */
export function suggestComparisons(stacks: Stack[], count = 6): SuggestedPair[] {
  const slotsOf = (s: Stack) =>
    new Set(
      s.layers.flatMap((l) => l.choices.filter((c) => c.role === "primary").map((c) => c.slot)),
    );
  const pool = stacks
    .filter((s) => s.kind !== "template")
    .map((s) => ({ s, slots: slotsOf(s) }))
    .filter((x) => x.slots.size > 1)
    .sort((x, y) => y.slots.size - x.slots.size || x.s.slug.localeCompare(y.s.slug))
    .slice(0, CANDIDATES);
  const pairs: SuggestedPair[] = [];
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      let shared = 0;
      for (const slot of pool[i].slots) if (pool[j].slots.has(slot)) shared++;
      pairs.push({
        a: { s: pool[i].s.slug, t: pool[i].s.title },
        b: { s: pool[j].s.slug, t: pool[j].s.title },
        slots: shared,
      });
    }
  }
  return pairs.sort((x, y) => y.slots - x.slots || x.a.s.localeCompare(y.a.s)).slice(0, count);
}
