"use client";

import { useEffect, useRef } from "react";

/**
 * The state a change should build on: the URL's, or the last one we navigated to before the URL
 * caught up, so a click followed at once by typing does not lose the click.
 */
export function usePendingQuery<T>(fromUrl: T, key: string): { current: () => T; set: (next: T) => void } {
  const ref = useRef(fromUrl);
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    ref.current = fromUrl;
  }, [fromUrl, key]);
  return { current: () => ref.current, set: (next) => void (ref.current = next) };
}
