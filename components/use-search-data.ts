"use client";

import type Fuse from "fuse.js";
import { useCallback, useEffect, useState } from "react";
import { FUSE_OPTIONS, type SearchRecord } from "@/lib/search/options";
import type { TokenIndex } from "@/lib/search/token-index";

export interface SearchData {
  records: SearchRecord[];
  tokens: TokenIndex;
  fuse: Fuse<SearchRecord>;
  ids: Set<string>;
}

let pending: Promise<SearchData> | undefined;

/** Fetches the search records and their prebuilt index once per page view, on first need. */
function fetchSearchData(): Promise<SearchData> {
  pending ??= fetch("/data/search.json")
    .then((r) => {
      if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
      return r.json() as Promise<{
        records: SearchRecord[];
        tokens: TokenIndex;
        index: Parameters<typeof Fuse.parseIndex>[0];
      }>;
    })
    // Fuse is fetched with the data, so pages that never search never download it.
    .then(async ({ records, tokens, index }) => {
      const { default: FuseClass } = await import("fuse.js");
      return {
        records,
        tokens,
        fuse: new FuseClass(records, FUSE_OPTIONS, FuseClass.parseIndex(index)),
        ids: new Set(records.flatMap((r) => r.i)),
      };
    })
    .catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
  return pending;
}

/** The search data, loaded when `needed` turns true or `load()` is called. */
export function useSearchData(needed: boolean): {
  data?: SearchData;
  error?: string;
  load: () => void;
} {
  const [data, setData] = useState<SearchData>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    fetchSearchData().then(setData, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  useEffect(() => {
    if (needed) load();
  }, [needed, load]);
  return { data, error, load };
}
