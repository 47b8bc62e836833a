import type { Kind, LayerId } from "../content/schema";

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
  /** for each id in `i`: u uses it (chosen, an option or an example), p plans it, x considered and rejected it */ o: string;
  /** updated */ u?: string;
  /** number of choices */ c: number;
}

export const SEARCH_KEYS = [
  { name: "t", weight: 3 },
  { name: "n", weight: 2 },
  { name: "g", weight: 1 },
  { name: "d", weight: 0.5 },
];

export const FUSE_OPTIONS = {
  keys: SEARCH_KEYS,
  threshold: 0.3,
  ignoreLocation: true,
  includeMatches: true,
  minMatchCharLength: 2,
};
