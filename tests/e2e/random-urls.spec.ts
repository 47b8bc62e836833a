import { expect, type Page, test } from "@playwright/test";
import { renderedAddress } from "./rendered";

// 120 random, broken and oversized query strings per interactive page (fewer on the radar and the
// matrix, which draw more per load; 460 in all): each must leave a usable page (its heading
// visible) and no uncaught error or console error.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KEYS = [
  "q",
  "layer",
  "tech",
  "kind",
  "tag",
  "stacks",
  "diff",
  "all",
  "q[]",
  "layer[0]",
  "__proto__",
  "constructor",
  "x",
];
const VALUES = [
  "data",
  "ai",
  "mern",
  "mean",
  "redis",
  "postgresql",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "%E0%A4%A",
  "%ZZ",
  "%",
  "%00",
  "%C0%AF",
  "../../etc/passwd",
  ",,,",
  "mern,mern,mern",
  "nope",
  "１２３",
  "مرحبا",
  "\u202e",
  "e\u0301",
  "🛠️",
  "true",
  "1",
  "javascript:alert(1)",
  "null",
  "undefined",
  "NaN",
];

function randomQuery(next: () => number, i: number): string {
  if (i === 0) return `q=${"a".repeat(100_000)}&stacks=${"b".repeat(100_000)}`;
  const parts: string[] = [];
  const n = 1 + Math.floor(next() * 6);
  for (let k = 0; k < n; k++) {
    const key = KEYS[Math.floor(next() * KEYS.length)];
    let value = VALUES[Math.floor(next() * VALUES.length)];
    if (next() < 0.3)
      value = Array.from({ length: 1 + Math.floor(next() * 20) }, () =>
        String.fromCharCode(33 + Math.floor(next() * 90)),
      ).join("");
    if (next() < 0.5 && !value.includes("%")) value = encodeURIComponent(value);
    parts.push(`${key}=${value}`);
  }
  return parts.join(next() < 0.1 ? ";" : "&");
}

// The radar draws every technology on each load, so it gets fewer (still varied) addresses.
const PAGES = [
  ["/", "Technology stacks", 120],
  ["/technologies", "Technologies", 120],
  ["/compare", "Compare stacks", 120],
  ["/radar", "Technology radar", 40],
  ["/layers", "Layers", 60],
] as const;
// Tests of 40 addresses each, so both workers share the loads instead of one finishing a long run.
const CHUNK = 40;
// One address in five is loaded from scratch (the page reads it after hydration); the others
// arrive as back/forward would bring them (the page reads them on popstate). Both paths run the
// same query handling, and a full load costs a second where a popstate costs a render.
const FULL_LOAD_EVERY = 5;

/** Brings the page to `?query`, by a full load or as Back/Forward would, and waits until it is shown. */
async function visit(page: Page, path: string, query: string, full: boolean, errors: string[]) {
  if (full) {
    const res = await page.goto(`${path}?${query}`, { waitUntil: "load" });
    expect(res?.status(), query.slice(0, 200)).toBeLessThan(400);
  } else {
    await page.evaluate((q) => {
      window.history.pushState(null, "", `?${q}`);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, query);
  }
  // Wait until the page has rendered this query (it reads the address after hydration); a page
  // that crashed never does, and the test says so with the errors it saw, not after its timeout.
  await renderedAddress(page, 15_000).catch(() => {
    throw new Error(`?${query.slice(0, 300)} was never shown: ${errors.join("; ") || "no error"}`);
  });
}

for (const [path, heading, count] of PAGES) {
  const next = rng(path.length * 7919);
  const queries = Array.from({ length: count }, (_, i) => randomQuery(next, i));
  for (let from = 0; from < count; from += CHUNK) {
    const chunk = queries.slice(from, from + CHUNK);
    test(`random query strings ${from + 1}-${from + chunk.length} of ${count} on ${path}`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(`${e.message}`));
      page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
      for (const [i, query] of chunk.entries()) {
        await visit(page, path, query, i % FULL_LOAD_EVERY === 0, errors);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        if (errors.length) throw new Error(`after ?${query.slice(0, 300)}: ${errors.join("; ")}`);
      }
      await expect(page.locator("main")).toBeVisible();
      expect(errors, "errors after the last query").toEqual([]);
    });
  }
}
