"use client";

import { useEffect, useState } from "react";
import type { TechRow } from "@/lib/search/technologies";
import { fetchJson, fetchOnce } from "./fetch-once";

export interface TechRows {
  rows?: TechRow[];
  failed: boolean;
}

const fetchTechRows = fetchOnce(() => fetchJson<TechRow[]>("/data/technologies.json"));

/**
 * Every technology row, fetched from /data/technologies.json when `wanted` first turns true (a
 * search, a layer, "show all"). The page's own payload holds only the first rows: at 1,000 stacks
 * all 2,400 had made its HTML 500 KB and cost a phone about a second before it could respond.
 */
export function useTechRows(wanted: boolean): TechRows {
  const [rows, setRows] = useState<TechRow[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || rows || failed) return;
    fetchTechRows().then(setRows, () => setFailed(true));
  }, [wanted, rows, failed]);
  return { rows, failed };
}
