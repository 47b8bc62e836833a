import type { Page } from "@playwright/test";

// Pages read their address after hydration and say what they have rendered in
// `<html data-search>`: a test waits for that, never for a fixed moment.

/** Waits until the page has rendered the query its address holds. */
export function renderedAddress(page: Page, timeout?: number) {
  return page.waitForFunction(
    () => document.documentElement.dataset.search === window.location.search.replace(/^\?/, ""),
    undefined,
    { timeout },
  );
}

/** Waits until the page has rendered this search text (before or after the address follows). */
export function renderedSearch(page: Page, q: string) {
  return page.waitForFunction(
    (want) => new URLSearchParams(document.documentElement.dataset.search).get("q") === want,
    q,
  );
}
