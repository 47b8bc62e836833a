"use client";

import type Fuse from "fuse.js";
import { useCallback, useEffect, useState } from "react";
import { FUSE_OPTIONS, type SearchRecord } from "@/lib/search/options";
import type { TokenIndex } from "@/lib/search/token-index";
import { errorText, fetchJson, fetchOnce } from "./fetch-once";

export interface SearchData {
  records: SearchRecord[];
  tokens: TokenIndex;
  fuse: Fuse<SearchRecord>;
  ids: Set<string>;
}

interface SearchFile {
  records: SearchRecord[];
  tokens: TokenIndex;
  index: Parameters<typeof Fuse.parseIndex>[0];
}

/** Fetches the search records and their prebuilt index once per page view, on first need. */
const fetchSearchData = fetchOnce(async (): Promise<SearchData> => {
  const { records, tokens, index } = await fetchJson<SearchFile>(
    "/data/search.json",
    "search data",
  );
  // Fuse is fetched with the data, so pages that never search never download it.
  const { default: FuseClass } = await import("fuse.js");
  return {
    records,
    tokens,
    fuse: new FuseClass(records, FUSE_OPTIONS, FuseClass.parseIndex(index)),
    ids: new Set(records.flatMap((r) => r.i)),
  };
});

/** The search data, loaded when `needed` turns true or `load()` is called. */
export function useSearchData(needed: boolean): {
  data?: SearchData;
  error?: string;
  load: () => void;
} {
  const [data, setData] = useState<SearchData>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    fetchSearchData().then(setData, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(() => {
    if (needed) load();
  }, [needed, load]);
  return { data, error, load };
}
