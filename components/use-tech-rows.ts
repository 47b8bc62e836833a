"use client";

import { useEffect, useState } from "react";
import type { TechRow } from "@/lib/search/technologies";

export interface TechRows {
  rows?: TechRow[];
  failed: boolean;
}

/**
 * Every technology row, fetched from /data/technologies.json when `wanted` first turns true (a
 * search, a layer, "show all"). The page's own payload holds only the first rows: at 1,000 stacks
 * all 2,400 had made its HTML 500 KB and cost a phone about a second before it could respond.
 */
export function useTechRows(wanted: boolean): TechRows {
  const [state, setState] = useState<TechRows>({ failed: false });
  useEffect(() => {
    if (!wanted || state.rows || state.failed) return;
    let live = true;
    fetch("/data/technologies.json")
      .then((r) => (r.ok ? (r.json() as Promise<TechRow[]>) : Promise.reject(new Error(r.url))))
      .then((rows) => live && setState({ rows, failed: false }))
      .catch(() => live && setState({ failed: true }));
    return () => {
      live = false;
    };
  }, [wanted, state]);
  return state;
}
