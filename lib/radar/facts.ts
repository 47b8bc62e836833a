// Compact per-stack role facts: what the browser needs to recount rings under a tag or kind filter.
import type { Kind, LayerId, Role, Stack } from "../content/schema";
import type { RingCounts } from "./ring";

const ROLE_BITS: Record<Role, number> = {
  primary: 1,
  alternative: 2,
  option: 4,
  planned: 8,
  example: 16,
};
const RETIRED = new Set(["deprecated", "superseded", "rejected"]);

export interface RadarTech {
  id: string;
  name: string;
  layer: LayerId;
}

export interface StackFacts {
  /** Kind. */
  k: Kind;
  /** Tags. */
  g: string[];
  /** 1 when among the catalog's newest dated stacks. */
  r: 0 | 1;
  /** 1 when a deprecated, superseded or rejected decision record. */
  x: 0 | 1;
  /** Flat pairs: technology index, bit mask of the roles it has in this stack. */
  u: number[];
}

export interface RadarFacts {
  techs: RadarTech[];
  stacks: StackFacts[];
}

/** Indexes of the newest `share` of dated stacks; none when the dates do not tell stacks apart. */
export function recentStacks(stacks: Array<{ updated?: string }>, share: number): Set<number> {
  const dated = stacks
    .map((s, i) => ({ i, d: s.updated ?? "" }))
    .filter((s) => /^\d{4}/.test(s.d))
    .sort((a, b) => b.d.localeCompare(a.d));
  if (dated.length < 2) return new Set();
  const cutoff = dated[Math.max(0, Math.ceil(share * dated.length) - 1)].d;
  if (cutoff <= dated[dated.length - 1].d) return new Set();
  return new Set(dated.filter((s) => s.d >= cutoff).map((s) => s.i));
}

/** The facts of every stack, technologies numbered in the order given. */
export function toRadarFacts(stacks: Stack[], techs: RadarTech[], recentShare: number): RadarFacts {
  const index = new Map(techs.map((t, i) => [t.id, i]));
  const recent = recentStacks(stacks, recentShare);
  return {
    techs,
    stacks: stacks.map((s, i) => {
      const masks = new Map<number, number>();
      for (const l of s.layers)
        for (const c of l.choices) {
          const at = index.get(c.technology);
          if (at !== undefined) masks.set(at, (masks.get(at) ?? 0) | ROLE_BITS[c.role]);
        }
      return {
        k: s.kind,
        g: s.tags,
        r: recent.has(i) ? 1 : 0,
        x: s.status && RETIRED.has(s.status) ? 1 : 0,
        u: [...masks].flat(),
      };
    }),
  };
}

const emptyCounts = (): RingCounts & { recentChosen: number } => ({
  chosen: 0,
  passedOver: 0,
  retired: 0,
  planned: 0,
  option: 0,
  example: 0,
  recent: false,
  recentChosen: 0,
});

/** Counts per technology index over the given stacks (each stack counted once per role). */
export function countRoles(facts: RadarFacts, stacks: StackFacts[]): RingCounts[] {
  const out = facts.techs.map(emptyCounts);
  for (const s of stacks)
    for (let i = 0; i < s.u.length; i += 2) {
      const c = out[s.u[i]];
      const m = s.u[i + 1];
      if (m & 1 && s.x) c.retired++;
      else if (m & 1) {
        c.chosen++;
        c.recentChosen += s.r;
      }
      if (m & 2) c.passedOver++;
      if (m & 4) c.option++;
      if (m & 8) c.planned++;
      if (m & 16) c.example++;
    }
  return out.map(({ recentChosen, ...c }) => ({
    ...c,
    recent: c.chosen > 0 && recentChosen === c.chosen,
  }));
}
