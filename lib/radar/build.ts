// Rings for every technology of a (possibly filtered) catalog; runs at build time and in the browser.
import type { Kind, LayerId } from "../content/schema";
import type { RadarConfig } from "./config";
import { countRoles, type RadarFacts, type StackFacts } from "./facts";
import { quadrantOf } from "./quadrants";
import { adoptMinimum, type Ring, ringFor } from "./ring";

export interface RadarEntry {
  id: string;
  name: string;
  layer: LayerId;
  quadrant: number;
  ring: Ring;
  reason: string;
}

export interface RadarFilter {
  layers: LayerId[];
  kinds: Kind[];
  tags: string[];
}

export interface Radar {
  entries: RadarEntry[];
  /** Stacks counted (after the kind and tag filters). */
  stacks: number;
  /** Primary stacks adopt needs at this size. */
  adoptMin: number;
}

/** Whether a stack passes the kind filter (any kind) and the tag filter (every tag), like the catalog's. */
export function stackMatches(s: StackFacts, f: Pick<RadarFilter, "kinds" | "tags">): boolean {
  return (!f.kinds.length || f.kinds.includes(s.k)) && f.tags.every((t) => s.g.includes(t));
}

/** The radar: a ring and reason per technology used in the matching stacks, in a stable order. */
export function toRadar(
  facts: RadarFacts,
  config: RadarConfig,
  filter: RadarFilter = { layers: [], kinds: [], tags: [] },
): Radar {
  const stacks = facts.stacks.filter((s) => stackMatches(s, filter));
  const counts = countRoles(facts, stacks);
  const entries: RadarEntry[] = [];
  facts.techs.forEach((t, i) => {
    const c = counts[i];
    if (!(c.chosen + c.passedOver + c.retired + c.planned + c.option + c.example)) return;
    if (filter.layers.length && !filter.layers.includes(t.layer)) return;
    const verdict = ringFor(c, stacks.length, config.thresholds);
    const set = config.rings[t.id];
    const { ring, reason } = set
      ? {
          ring: set.ring,
          reason: `set by hand in radar.json${set.reason ? `: ${set.reason}` : ""} (${verdict.reason})`,
        }
      : verdict;
    entries.push({ ...t, quadrant: quadrantOf(t.layer), ring, reason });
  });
  entries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    entries,
    stacks: stacks.length,
    adoptMin: adoptMinimum(stacks.length, config.thresholds),
  };
}
