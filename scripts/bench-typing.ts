// npm run bench:typing [-- out]: types into the catalog's search box in Chromium, as a person
// would, and prints what each keystroke costs (Event Timing durations, what INP is made of) and
// how long the first search takes, data included, beside their targets. bench.ts runs it too.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";

export const TYPING_TARGETS = {
  medianMs: 24,
  p90Ms: 50,
  firstSearchMs: 300,
  firstSearchKb: 300,
  firstSearchMobileMs: 1500,
};

export interface TypingFigures {
  /** Event Timing duration per keystroke (keydown to the next paint), median and p90. */
  medianMs: number;
  p90Ms: number;
  keystrokes: number;
  /** First keystroke to the first results on screen, with the search data fetched cold. */
  firstSearchMs: number;
  /** What the first search downloaded, as sent (gzip). */
  firstSearchKb: number;
  /** The same under Lighthouse's mobile throttling (150 ms, 1.6 Mbps, CPU 4× slower). */
  firstSearchMobileMs: number;
}

const PORT = Number(process.env.BENCH_TYPING_PORT ?? 4186);
// Words a person looks for, typed one key at a time with a pause like a quick typist's.
const PHRASES = ["kubernetes", "postgres redis", "react native", "kafka"];

async function serve(dir: string): Promise<() => void> {
  const server = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", dir],
    { env: { ...process.env, PORT: String(PORT) }, stdio: "ignore" },
  );
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return () => server.kill();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`server for ${dir} did not start`);
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;

/**
 * First keystroke ("k") to the first results on screen, read in the page: from the key's event
 * time to the DOM change that shows them (Playwright's own finding of the box is not counted).
 */
async function firstSearch(page: Page): Promise<number> {
  const box = page.getByRole("searchbox", { name: "Search stacks and technologies" });
  await box.focus();
  await page.evaluate(() => {
    const w = window as unknown as { firstSearch: { key?: number; shown?: number } };
    w.firstSearch = {};
    document.addEventListener("keydown", (e) => (w.firstSearch.key ??= e.timeStamp), true);
    new MutationObserver((_, observer) => {
      const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? "";
      const cards = document.querySelectorAll("article").length;
      if (document.documentElement.dataset.search !== "q=k" || count.startsWith("Searching"))
        return;
      if (!cards && !count.startsWith("0 ")) return;
      w.firstSearch.shown = performance.now();
      observer.disconnect();
      // The page marks the query it has rendered on <html> after the results: watch that too.
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ["data-search"],
    });
  });
  await page.keyboard.press("k");
  const t = await page
    .waitForFunction(() => {
      const f = (window as unknown as { firstSearch: { key?: number; shown?: number } })
        .firstSearch;
      return f.shown !== undefined && f.key !== undefined && f.shown - f.key;
    })
    .catch(async (e: unknown) => {
      const state = await page.evaluate(() => ({
        f: (window as unknown as { firstSearch: unknown }).firstSearch,
        search: document.documentElement.dataset.search,
        count: document.querySelector('[data-testid="result-count"]')?.textContent,
        cards: document.querySelectorAll("article").length,
      }));
      throw new Error(`the first search never showed: ${JSON.stringify(state)} (${e})`);
    });
  return Math.round(Number(await t.jsonValue()));
}

/** The first search on a fresh page throttled as Lighthouse's mobile run is (simulated Slow 4G). */
async function firstSearchOnMobile(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${PORT}/`, { waitUntil: "networkidle" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  try {
    return await firstSearch(page);
  } finally {
    await page.close();
  }
}

/** Measures the built site in `dir` (default out/). */
export async function measureTyping(dir = "out"): Promise<TypingFigures> {
  const stop = await serve(resolve(dir));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on("response", async (res) => {
      if (!res.url().includes("/data/")) return;
      const sizes = await res.request().sizes();
      bytes += sizes.responseBodySize;
    });
    await page.goto(`http://localhost:${PORT}/`, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const w = window as unknown as { durations: Map<number, number> };
      w.durations = new Map();
      new PerformanceObserver((list) => {
        // Event Timing's interactionId is not in TypeScript's DOM types yet.
        for (const e of list.getEntries() as Array<PerformanceEntry & { interactionId?: number }>)
          if (e.interactionId)
            w.durations.set(
              e.interactionId,
              Math.max(w.durations.get(e.interactionId) ?? 0, e.duration),
            );
      }).observe({
        type: "event",
        durationThreshold: 16,
        buffered: true,
      } as PerformanceObserverInit);
    });
    const box = page.getByRole("searchbox", { name: "Search stacks and technologies" });
    // The first search: nothing fetched yet; done when the results say how many stacks match.
    const firstSearchMs = await firstSearch(page);
    const firstSearchKb = bytes / 1024;
    let keystrokes = 1;
    for (const phrase of PHRASES) {
      await box.fill("");
      await page.waitForTimeout(200);
      for (const ch of phrase) {
        await box.press(ch === " " ? "Space" : ch);
        keystrokes++;
        await page.waitForTimeout(80);
      }
      await page.waitForTimeout(300);
    }
    const durations = await page.evaluate(() => [
      ...(window as unknown as { durations: Map<number, number> }).durations.values(),
    ]);
    // Keystrokes faster than 16 ms leave no entry: count them at the threshold, an upper bound.
    const all = [...durations, ...Array(Math.max(0, keystrokes - durations.length)).fill(16)];
    const firstSearchMobileMs = await firstSearchOnMobile(browser);
    return {
      firstSearchMobileMs,
      medianMs: quantile(all, 0.5),
      p90Ms: quantile(all, 0.9),
      keystrokes,
      firstSearchMs,
      firstSearchKb,
    };
  } finally {
    await browser.close();
    stop();
  }
}

/** The figures beside their targets, one line each. */
export function formatTyping(f: TypingFigures): string[] {
  const t = TYPING_TARGETS;
  return [
    `typing, per keystroke (${f.keystrokes} keys)  median ${f.medianMs.toFixed(0)} ms, p90 ${f.p90Ms.toFixed(0)} ms   target median <= ${t.medianMs} ms, p90 <= ${t.p90Ms} ms`,
    `first search, data included     ${f.firstSearchMs} ms, ${f.firstSearchKb.toFixed(0)} KB sent   target <= ${t.firstSearchMs} ms, <= ${t.firstSearchKb} KB`,
    `first search, mobile throttling ${f.firstSearchMobileMs} ms   target <= ${t.firstSearchMobileMs} ms`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureTyping(process.argv[2]);
  for (const line of formatTyping(figures)) console.log(line);
}
