// npm run audit: Lighthouse (mobile settings) against the built site in Debian's Chromium;
// prints the four category scores per page (median of AUDIT_RUNS=3 runs) and fails below 0.95.
import { spawn } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env.AUDIT_PORT ?? 4180);
const MIN = Number(process.env.AUDIT_MIN ?? 0.95);
const pages = (process.env.AUDIT_PAGES ?? "/,/stacks/nargis-current,/compare?stacks=mern,mean,/technologies").split(/,(?=\/)/);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main(): Promise<number> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", process.env.AUDIT_OUT ?? "out"], { env: { ...process.env, PORT: String(PORT) }, stdio: "ignore" });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  let failed = 0;
  try {
    await waitForServer(`http://localhost:${PORT}/`);
    console.log(`page${" ".repeat(34)}${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
    for (const path of pages) {
      // Lighthouse's performance score varies from run to run on a busy machine: take the median of RUNS.
      const runs: Awaited<ReturnType<typeof lighthouse>>[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`http://localhost:${PORT}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }));
      const perf = (r: (typeof runs)[number]) => r?.lhr.categories.performance?.score ?? 0;
      const result = [...runs].sort((a, b) => perf(a) - perf(b))[Math.floor(RUNS / 2)];
      const cats = result?.lhr.categories ?? {};
      const scores = CATEGORIES.map((c) => cats[c]?.score ?? 0);
      const low = scores.some((s) => s < MIN);
      if (low) failed++;
      console.log(`${path.padEnd(38)}${scores.map((s) => s.toFixed(2).padStart(15)).join("")}${low ? "   < target" : ""}`);
      if (low) {
        for (const c of CATEGORIES) {
          const cat = cats[c];
          if (!cat || (cat.score ?? 0) >= MIN) continue;
          const audits = cat.auditRefs
            .map((r) => result?.lhr.audits[r.id])
            .filter((a) => a && a.score !== null && a.score < (c === "performance" ? 0.9 : 1))
            .map((a) => `${a?.id} (${a?.displayValue ?? a?.score}${a?.details && "items" in a.details ? ` ${JSON.stringify(a.details.items).slice(0, 160)}` : ""})`);
          console.log(`   ${c}: ${audits.slice(0, 6).join(", ")}`);
        }
      }
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  console.log(failed ? `${failed} page(s) below ${MIN}` : `all pages at or above ${MIN}`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
