"use client";

import type Fuse from "fuse.js";
import { useCallback, useEffect, useMemo, useState } from "react";
import { FUSE_OPTIONS, type SearchRecord } from "@/lib/search/options";
import type { TokenIndex } from "@/lib/search/token-index";
import { errorText, fetchJson, fetchOnce } from "./fetch-once";

export interface SearchData {
  records: SearchRecord[];
  tokens: TokenIndex;
  /** The fuzzy index for typos; it arrives after the records, so the first search need not wait. */
  fuse?: Fuse<SearchRecord>;
  ids: Set<string>;
}

interface SearchFile {
  records: SearchRecord[];
  tokens: TokenIndex;
}

/** Fetches the search records and their prefix index once per page view, on first need. */
const fetchSearchData = fetchOnce(async (): Promise<Omit<SearchData, "fuse">> => {
  const { records, tokens } = await fetchJson<SearchFile>("/data/search.json", "search data");
  return { records, tokens, ids: new Set(records.flatMap((r) => r.i)) };
});

/** The fuzzy index and Fuse itself, fetched after the records: pages that never search skip both. */
const fetchFuzzy = fetchOnce(async () => {
  const [{ index }, { default: FuseClass }] = await Promise.all([
    fetchJson<{ index: Parameters<typeof Fuse.parseIndex>[0] }>(
      "/data/search-fuzzy.json",
      "fuzzy search data",
    ),
    import("fuse.js"),
  ]);
  const { records } = await fetchSearchData();
  return new FuseClass(records, FUSE_OPTIONS, FuseClass.parseIndex(index));
});

/** The search data, loaded when `needed` turns true or `load()` is called. */
export function useSearchData(needed: boolean): {
  data?: SearchData;
  error?: string;
  load: () => void;
} {
  const [base, setBase] = useState<Omit<SearchData, "fuse">>();
  const [fuse, setFuse] = useState<Fuse<SearchRecord>>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    fetchSearchData().then(setBase, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(() => {
    if (needed) load();
  }, [needed, load]);
  // Once the records are here, the fuzzy index follows in the background, ready for a typo.
  useEffect(() => {
    if (base) fetchFuzzy().then(setFuse, (e: unknown) => setError(errorText(e)));
  }, [base]);
  const data = useMemo(() => (base ? { ...base, fuse } : undefined), [base, fuse]);
  return { data, error, load };
}
