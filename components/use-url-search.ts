"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * The page's query string as state. It starts empty, like the static HTML, then reads the
 * address after hydration (and on back/forward); `setSearch` updates state and address at once,
 * so quick successive changes always build on each other.
 */
export function useUrlSearch(): [string, (search: string, how?: "push" | "replace") => void] {
  const [search, setState] = useState("");
  useEffect(() => {
    const read = () => setState(window.location.search.replace(/^\?/, ""));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);
  // Says which query the page has rendered, so a test (or a script) can wait for it to be applied.
  useEffect(() => {
    document.documentElement.dataset.search = search;
  }, [search]);
  // A deliberate change (a filter, a tab, a compare edit) is its own history entry, so Back undoes
  // it; typing replaces the entry it is on, so Back does not step through every keystroke.
  const setSearch = useCallback((next: string, how: "push" | "replace" = "push") => {
    const clean = next.replace(/^\?/, "");
    if (clean === window.location.search.replace(/^\?/, "")) return;
    setState(clean);
    const url = `${window.location.pathname}${clean ? `?${clean}` : ""}${window.location.hash}`;
    // No state of our own (Next's documented form): Next's router then learns every new address.
    // Passing its own state back skipped that, so a later router commit could restore an older one.
    if (how === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);
  return [search, setSearch];
}
