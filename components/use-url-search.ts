"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * The page's query string as state. It starts empty, like the static HTML, then reads the
 * address after hydration (and on back/forward); `setSearch` updates state and address at once,
 * so quick successive changes always build on each other.
 */
export function useUrlSearch(): [string, (search: string) => void] {
  const [search, setState] = useState("");
  useEffect(() => {
    const read = () => setState(window.location.search.replace(/^\?/, ""));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);
  const setSearch = useCallback((next: string) => {
    const clean = next.replace(/^\?/, "");
    setState(clean);
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${clean ? `?${clean}` : ""}${window.location.hash}`);
  }, []);
  return [search, setSearch];
}
