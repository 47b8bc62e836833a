"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { errorText, fetchJson } from "./fetch-once";

// Each file is fetched once per page view and kept decoded; callers asking at once share a request.
const done = new Map<string, unknown>();
const pending = new Map<string, Promise<unknown>>();

/** A data file of the site, decoded once; a failure is forgotten, so the next ask tries again. */
export function loadFile<T>(url: string, decode: (raw: never) => T | Promise<T>): Promise<T> {
  let p = pending.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetchJson<never>(url, "search data")
      .then(decode)
      .then((value) => {
        done.set(url, value);
        return value;
      });
    p.catch(() => pending.delete(url));
    pending.set(url, p);
  }
  return p;
}

/**
 * The files of `urls` that have arrived, decoded by `decode` (a stable function); the rest are
 * fetched and the component renders again as each lands.
 */
export function useFiles<T>(
  urls: string[],
  decode: (raw: never) => T | Promise<T>,
): { files: Map<string, T>; complete: boolean; error?: string } {
  const [arrivals, arrived] = useState(0);
  const [error, setError] = useState<string>();
  const key = urls.join("\n");
  // The same map until another file lands, so what is worked out from it is not redone each render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `arrivals` says a file has landed
  const files = useMemo(() => {
    const map = new Map<string, T>();
    for (const url of key ? key.split("\n") : [])
      if (done.has(url)) map.set(url, done.get(url) as T);
    return map;
  }, [key, arrivals]);
  const rendered = useRef(files);
  rendered.current = files;
  useEffect(() => {
    let live = true;
    setError(undefined);
    // Every file this render lacks, even one that landed since (a prefetch can finish between the
    // render and this effect): its settled promise still says so, and the map is made again.
    for (const url of key ? key.split("\n") : []) {
      if (rendered.current.has(url)) continue;
      loadFile(url, decode).then(
        () => live && arrived((n) => n + 1),
        (e: unknown) => live && setError(errorText(e)),
      );
    }
    return () => {
      live = false;
    };
  }, [key, decode]);
  return { files, complete: files.size === urls.length, error };
}
