import Fuse from "fuse.js";
import type { Kind, LayerId, Stack } from "../content/schema";

/** What the catalog page's search needs of a stack, in short keys to keep the download small. */
export interface SearchRecord {
  /** slug */ s: string;
  /** title */ t: string;
  /** kind */ k: Kind;
  /** summary, clipped */ d: string;
  /** tags */ g: string[];
  /** layer ids covered */ l: LayerId[];
  /** technology display names */ n: string[];
  /** technology ids */ i: string[];
  /** updated */ u?: string;
  /** number of choices */ c: number;
}

export const SEARCH_KEYS = [
  { name: "t", weight: 3 },
  { name: "n", weight: 2 },
  { name: "g", weight: 1 },
  { name: "d", weight: 0.5 },
];

export const FUSE_OPTIONS = { keys: SEARCH_KEYS, threshold: 0.3, ignoreLocation: true, includeMatches: true, minMatchCharLength: 2 };

export function toSearchRecord(stack: Stack): SearchRecord {
  const names: string[] = [];
  const ids: string[] = [];
  let count = 0;
  for (const layer of stack.layers) {
    for (const c of layer.choices) {
      count++;
      if (!ids.includes(c.technology)) {
        ids.push(c.technology);
        names.push(c.name);
      }
    }
  }
  const d = stack.summary.length > 180 ? `${stack.summary.slice(0, 179)}…` : stack.summary;
  return { s: stack.slug, t: stack.title, k: stack.kind, d, g: stack.tags, l: stack.layers.map((l) => l.id), n: names, i: ids, u: stack.updated, c: count };
}

/** The search payload: records plus a Fuse index built at build time, so the browser never indexes. */
export function toSearchData(stacks: Stack[]): { records: SearchRecord[]; index: unknown } {
  const records = stacks.map(toSearchRecord);
  const index = Fuse.createIndex(SEARCH_KEYS.map((k) => k.name), records).toJSON();
  return { records, index };
}
