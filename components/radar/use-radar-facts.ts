"use client";

import { useEffect, useState } from "react";
import type { RadarConfig } from "@/lib/radar/config";
import type { RadarFacts } from "@/lib/radar/facts";
import { errorText, fetchJson, fetchOnce } from "../fetch-once";

export interface RadarData {
  facts: RadarFacts;
  config: RadarConfig;
}

const fetchRadarData = fetchOnce(() => fetchJson<RadarData>("/data/radar.json", "radar data"));

/** The per-stack facts, fetched once and only when a kind or tag filter needs rings recounted. */
export function useRadarFacts(needed: boolean): { data?: RadarData; error?: string } {
  const [data, setData] = useState<RadarData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!needed || data) return;
    fetchRadarData().then(setData, (e: unknown) => setError(errorText(e)));
  }, [needed, data]);
  return { data, error };
}
