"use client";

import { useEffect, useState } from "react";
import type { RadarConfig } from "@/lib/radar/config";
import type { RadarFacts } from "@/lib/radar/facts";

export interface RadarData {
  facts: RadarFacts;
  config: RadarConfig;
}

let pending: Promise<RadarData> | undefined;

/** The per-stack facts, fetched once and only when a kind or tag filter needs rings recounted. */
export function useRadarFacts(needed: boolean): { data?: RadarData; error?: string } {
  const [data, setData] = useState<RadarData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!needed || data) return;
    pending ??= fetch("/data/radar.json").then((r) => {
      if (!r.ok) throw new Error(`radar data: HTTP ${r.status}`);
      return r.json() as Promise<RadarData>;
    });
    pending.then(setData, (e: unknown) => {
      pending = undefined;
      setError(e instanceof Error ? e.message : String(e));
    });
  }, [needed, data]);
  return { data, error };
}
