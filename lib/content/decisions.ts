import type { Stack } from "./schema";

/** In one stack, a technology chosen over another that was weighed for the same slot. */
export interface Decision {
  slug: string;
  title: string;
  slot: string;
  chosen: { id: string; name: string };
  over: { id: string; name: string };
  /** The reason the document gives, beside either choice. */
  reason?: string;
}

/**
 * Every decision the catalog records: in each stack and slot, each primary choice against each
 * alternative considered for the same slot.
 */
export function toDecisions(stacks: Stack[]): Decision[] {
  const out: Decision[] = [];
  for (const stack of stacks) {
    for (const layer of stack.layers) {
      const bySlot = new Map<string, typeof layer.choices>();
      for (const c of layer.choices) bySlot.set(c.slot, [...(bySlot.get(c.slot) ?? []), c]);
      for (const [slot, choices] of bySlot) {
        const chosen = choices.filter((c) => c.role === "primary");
        const passed = choices.filter((c) => c.role === "alternative");
        for (const p of chosen) {
          for (const a of passed) {
            const reason = p.rationale ?? a.rationale ?? a.purpose;
            out.push({
              slug: stack.slug,
              title: stack.title,
              slot,
              chosen: { id: p.technology, name: p.name },
              over: { id: a.technology, name: a.name },
              reason,
            });
          }
        }
      }
    }
  }
  return out;
}

/** The decisions a technology took part in: where it was chosen over another, and where passed over. */
export function decisionsOf(
  decisions: Decision[],
  id: string,
): { chosenOver: Decision[]; passedOverFor: Decision[] } {
  return {
    chosenOver: decisions.filter((d) => d.chosen.id === id),
    passedOverFor: decisions.filter((d) => d.over.id === id),
  };
}

/** Pairs of technologies weighed against each other somewhere, each once, most decisions first. */
export function contestedPairs(decisions: Decision[], limit: number): Array<[string, string]> {
  const counts = new Map<string, number>();
  for (const d of decisions) {
    const key = [d.chosen.id, d.over.id].sort().join("\0");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key]) => key.split("\0") as [string, string]);
}

/** The one address of a comparison of two technologies, whichever is named first. */
export function versusHref(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `/technologies/${x}/vs/${y}`;
}

/**
 * Pairs of technologies worth a comparison page, each once and in address order: those weighed
 * against each other in a document, then, per slot, the most used technologies that fill it.
 */
export function versusPairs(
  decisions: Decision[],
  bySlot: Map<string, Array<{ id: string; stacks: number }>>,
  perSlot = 4,
): Array<[string, string]> {
  const pairs = new Set(contestedPairs(decisions, 400).map(([a, b]) => [a, b].sort().join("\0")));
  for (const techs of bySlot.values()) {
    const top = [...techs]
      .sort((a, b) => b.stacks - a.stacks || a.id.localeCompare(b.id))
      .slice(0, perSlot);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) pairs.add([top[i].id, top[j].id].sort().join("\0"));
  }
  return [...pairs].map((k) => k.split("\0") as [string, string]);
}
