// npm run bench: builds generated catalogs of N stacks and prints build time, output size, page
// weight, data sizes and search latency beside their targets; writes the figures to bench-results/.
// BENCH_N=100,1000,2000 by default (2,000 gives the linearity ratio); add 10000 or 5000 to go further.
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fuse from "fuse.js";
import { generateCorpus } from "../lib/bench/generate";
import { mbPerThousand, measureOutput, OUTPUT_TARGET_MB_PER_1000 } from "../lib/bench/output-size";
import { type PageWeight, toPageWeight } from "../lib/bench/page-weight";
import { CACHE_DIR } from "../lib/content/cache";
import { buildCatalog } from "../lib/content/load";
import { getRegistry } from "../lib/content/registry";
import type { Stack } from "../lib/content/schema";
import { RENDER_CACHE_DIR } from "../lib/render/cache";
import { searchStacks } from "../lib/search/filter";
import { FUSE_OPTIONS } from "../lib/search/options";
import { toSearchData } from "../lib/search/records";
import { SEARCH_DIR } from "../lib/search/shards";
import { EMPTY_QUERY } from "../lib/search/url-state";
import { measureTyping, TYPING_TARGETS, type TypingFigures } from "./bench-typing";

const SIZES = (process.env.BENCH_N ?? "100,1000,2000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const ROOT = process.cwd();
const OUT = join(ROOT, "out");
const QUERIES = [
  "postgres",
  "react",
  "kafka",
  "lang",
  "redis",
  "vue",
  "graphql",
  "terraform",
  "payments",
  "search service",
  "kubernetes",
  "pytorch",
  "next.js",
  "mongo",
  "grafana",
  "auth0",
  "fastapi",
  "rust",
  "go",
  "snowflake",
  "team-3",
  "web",
  "analytics 12",
  "billing",
  "dagster",
  "celery",
  "tailwind",
  "svelte",
  "vault",
  "clickhouse",
  "stripe",
  "openai",
  "llama",
  "docker",
  "jest",
  "prisma",
  "sentry",
  "datadog",
  "vercel",
  "nats",
  "flink",
  "airflow",
  "typescript",
  "deno",
  "elastic",
  "supabase",
  "helm",
  "istio",
  "argo",
  "posthog",
];

interface Row {
  n: number;
  stacks: number;
  parseColdMs: number;
  parseWarmMs: number;
  buildColdS: number;
  buildWarmS: number;
  buildPeakMb?: number;
  outMb: number;
  outFiles: number;
  /** Megabytes by file kind: html, json, svg (logos), js, css… */
  outByKind: Record<string, number>;
  pages: Record<string, PageWeight | undefined>;
  json: Record<string, number>;
  searchMedianMs: number;
  searchP95Ms: number;
  /** Keystrokes and the first search, typed in Chromium. */
  typing: TypingFigures;
  /** Lighthouse mobile scores, at the size named by BENCH_LIGHTHOUSE_N (default 1,000). */
  lighthouse?: string;
}

const LIGHTHOUSE_N = Number(process.env.BENCH_LIGHTHOUSE_N ?? 1000);

/** Runs the audit script on the current out/ (performance target 0.98 on / and a stack page). */
function lighthouse(stackSlug: string): string {
  const res = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/audit.ts"],
    {
      env: { ...process.env, AUDIT_PAGES: `/,/stacks/${stackSlug}` },
      encoding: "utf8",
    },
  );
  return (res.stdout ?? "")
    .split("\n")
    .filter((l) => l && !l.startsWith("   "))
    .join("\n");
}

/** Runs the real build; wall time, and peak RSS when GNU time is there to measure it. */
function build(contentDir: string): { seconds: number; peakMb?: number } {
  const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const args = [
    process.execPath,
    "--conditions=react-server",
    "--import",
    "tsx",
    "scripts/build.ts",
    "--lenient",
  ];
  const start = performance.now();
  const res = timeBin
    ? spawnSync(timeBin, ["-f", "PEAK_KB=%M", ...args], {
        env: { ...process.env, CONTENT_DIR: contentDir, CI: "" },
        encoding: "utf8",
        maxBuffer: 1 << 28,
      })
    : spawnSync(args[0], args.slice(1), {
        env: { ...process.env, CONTENT_DIR: contentDir, CI: "" },
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
  const seconds = (performance.now() - start) / 1000;
  if (res.status !== 0)
    throw new Error(
      `build failed for ${contentDir}:\n${res.stdout?.slice(-3000)}\n${res.stderr?.slice(-3000)}`,
    );
  const peak = /PEAK_KB=(\d+)/.exec(res.stderr ?? "");
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

/** One search with every file in memory, as after the first: the work a keystroke costs. */
function searchLatency(stacks: Stack[]): { median: number; p95: number } {
  const { records, tokens, fuzzy } = toSearchData(stacks, getRegistry());
  const index = fuzzy.index as Parameters<typeof Fuse.parseIndex>[0];
  const fuse = new Fuse(records, FUSE_OPTIONS, Fuse.parseIndex(index));
  searchStacks(records, fuse, { ...EMPTY_QUERY, q: "warm up" }, tokens);
  const times = QUERIES.map((q) => {
    const t = performance.now();
    searchStacks(records, fuse, { ...EMPTY_QUERY, q }, tokens);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.floor(times.length * 0.95)],
  };
}

const SEARCH_FILE_NOTES: Record<string, string> = {
  "search: largest index shard": "a search's words fetch their shards only",
  "search: record chunk": "4 records; a page of results fetches at most 48",
  "search: facets.json": "after the first results, for the filters' counts",
  "search: fuzzy.json": "only for a typo",
};

/** The search files' sizes in bytes: the largest shard, one record chunk, the facet rows, the fuzzy index. */
function searchFileSizes(): Record<string, number> {
  const dir = join(OUT, SEARCH_DIR);
  const shards = readdirSync(dir).filter((f) => f.startsWith("t-"));
  return {
    "search: largest index shard": Math.max(...shards.map((f) => statSync(join(dir, f)).size)),
    "search: record chunk": statSync(join(dir, "r-0.json")).size,
    "search: facets.json": statSync(join(dir, "facets.json")).size,
    "search: fuzzy.json": statSync(join(dir, "fuzzy.json")).size,
  };
}

async function measure(n: number): Promise<Row> {
  const dir = join(tmpdir(), `stack-atlas-bench-${n}`);
  const registry = getRegistry();
  generateCorpus(dir, n, registry);
  rmSync(CACHE_DIR, { recursive: true, force: true });
  const cold = buildCatalog(dir);
  const warm = buildCatalog(dir);
  rmSync(CACHE_DIR, { recursive: true, force: true });
  rmSync(RENDER_CACHE_DIR, { recursive: true, force: true });
  rmSync(join(ROOT, ".next"), { recursive: true, force: true });
  const coldBuild = build(dir);
  // The rebuild a writer waits for: one document edited, everything else as it was.
  appendFileSync(join(dir, "stack-00000.md"), `\nEdited for the warm rebuild at ${Date.now()}.\n`);
  const warmBuild = build(dir);
  const size = measureOutput(OUT);
  const firstStack = cold.stacks[0]?.slug;
  const pages = {
    "/": toPageWeight(OUT, "/"),
    "stack page": firstStack ? toPageWeight(OUT, `/stacks/${firstStack}`) : undefined,
    "/technologies": toPageWeight(OUT, "/technologies"),
    "/compare": toPageWeight(OUT, "/compare"),
  };
  const json: Record<string, number> = {
    ...searchFileSizes(),
    "data/stack-list.json": statSync(join(OUT, "data", "stack-list.json")).size,
    "data/stacks/<slug>.json": firstStack
      ? statSync(join(OUT, "data", "stacks", `${firstStack}.json`)).size
      : 0,
  };
  const search = searchLatency(cold.stacks);
  const audit = n === LIGHTHOUSE_N && firstStack ? lighthouse(firstStack) : undefined;
  const typing = await measureTyping(OUT);
  return {
    lighthouse: audit,
    typing,
    n,
    stacks: cold.stacks.length,
    parseColdMs: cold.stats.parseMs,
    parseWarmMs: warm.stats.parseMs,
    buildColdS: coldBuild.seconds,
    buildWarmS: warmBuild.seconds,
    buildPeakMb: coldBuild.peakMb,
    outMb: size.bytes / 1048576,
    outFiles: size.files,
    outByKind: Object.fromEntries(
      Object.entries(size.byKind).map(([k, bytes]) => [k, bytes / 1048576]),
    ),
    pages,
    json,
    searchMedianMs: search.median,
    searchP95Ms: search.p95,
  };
}

const kb = (b?: number) => (b === undefined ? "-" : `${(b / 1024).toFixed(1)} KB`);
const rows: Row[] = [];
for (const n of SIZES) {
  console.error(`bench: N = ${n} …`);
  rows.push(await measure(n));
}

const col = (label: string, f: (r: Row) => string, target = "") =>
  console.log(`${label.padEnd(34)}${rows.map((r) => f(r).padStart(16)).join("")}   ${target}`);
console.log(`${"N".padEnd(34)}${rows.map((r) => String(r.n).padStart(16)).join("")}`);
col("stacks", (r) => String(r.stacks));
col("parse, cold", (r) => `${r.parseColdMs.toFixed(0)} ms`);
col(
  "parse, warm (cached)",
  (r) => `${r.parseWarmMs.toFixed(0)} ms`,
  "warm >= 20x faster than cold",
);
col("  warm speed-up", (r) => `${(r.parseColdMs / r.parseWarmMs).toFixed(1)}x`);
col("next build, cold", (r) => `${r.buildColdS.toFixed(1)} s`);
col(
  "next build, one document edited",
  (r) => `${r.buildWarmS.toFixed(1)} s`,
  "<= 0.5x the cold build (at 1,000 stacks)",
);
col("  edited / cold", (r) => `${(r.buildWarmS / r.buildColdS).toFixed(2)}x`);
col("build peak memory", (r) => (r.buildPeakMb ? `${r.buildPeakMb.toFixed(0)} MB` : "-"));
col("output folder", (r) => `${r.outMb.toFixed(1)} MB`);
col(
  "  per 1,000 stacks",
  (r) => `${mbPerThousand(r.outMb * 1048576, r.stacks).toFixed(1)} MB`,
  `<= ${OUTPUT_TARGET_MB_PER_1000} MB per 1,000 stacks at every N`,
);
col("  files", (r) => String(r.outFiles));
for (const kind of ["html", "json", "svg", "js"])
  col(`  .${kind} files`, (r) => `${(r.outByKind[kind] ?? 0).toFixed(1)} MB`);
for (const page of ["/", "stack page", "/technologies", "/compare"]) {
  col(`${page} HTML raw / gzip`, (r) =>
    `${kb(r.pages[page]?.htmlBytes)}/${kb(r.pages[page]?.htmlGzip)}`.replace(/ KB\//, "/"),
  );
  col(
    `${page} JS raw / gzip`,
    (r) => `${kb(r.pages[page]?.jsBytes)}/${kb(r.pages[page]?.jsGzip)}`.replace(/ KB\//, "/"),
    page === "/" || page === "stack page" ? "first-load JS < 150 KB gzip at every N" : "",
  );
}
for (const file of Object.keys(rows[0]?.json ?? {}))
  col(file, (r) => kb(r.json[file]), file.startsWith("search:") ? SEARCH_FILE_NOTES[file] : "");
col("search, median", (r) => `${r.searchMedianMs.toFixed(2)} ms`, "< 16 ms at 10,000 stacks");
col("search, p95", (r) => `${r.searchP95Ms.toFixed(2)} ms`);
col(
  "typing, per keystroke, median",
  (r) => `${r.typing.medianMs.toFixed(0)} ms`,
  `<= ${TYPING_TARGETS.medianMs} ms (Event Timing, what INP measures)`,
);
col(
  "typing, per keystroke, p90",
  (r) => `${r.typing.p90Ms.toFixed(0)} ms`,
  `<= ${TYPING_TARGETS.p90Ms} ms`,
);
col(
  "first search, data included",
  (r) => `${r.typing.firstSearchMs} ms`,
  `<= ${TYPING_TARGETS.firstSearchMs} ms at 10,000 stacks`,
);
col(
  "first search, sent",
  (r) => `${r.typing.firstSearchKb.toFixed(0)} KB`,
  `<= ${TYPING_TARGETS.firstSearchKb} KB gzip at 10,000 stacks`,
);
col(
  "first search, mobile throttling",
  (r) => `${r.typing.firstSearchMobileMs} ms`,
  `<= ${TYPING_TARGETS.firstSearchMobileMs} ms at 10,000 stacks (Slow 4G, CPU 4x)`,
);

const by = (n: number) => rows.find((r) => r.n === n);
const a = by(1000);
const b = by(2000);
if (a && b)
  console.log(
    `\nbuild(2,000) / build(1,000) = ${(b.buildColdS / a.buildColdS).toFixed(2)}   target <= 2.1`,
  );
const small = rows[0];
const large = rows[rows.length - 1];
if (small && large && small !== large) {
  const w = (r: Row) => r.pages["stack page"]?.jsGzip ?? 0;
  console.log(
    `stack page JS at ${large.n} vs ${small.n}: ${(((w(large) - w(small)) / w(small)) * 100).toFixed(1)}%   target within 5%`,
  );
  const perStack = (large.outMb - small.outMb) / (large.n - small.n);
  console.log(
    `output folder, extrapolated to 5,000 stacks: ${(small.outMb + perStack * (5000 - small.n)).toFixed(0)} MB (${(perStack * 1024).toFixed(1)} KB per stack)   target <= ${OUTPUT_TARGET_MB_PER_1000 * 5} MB`,
  );
}
for (const r of rows)
  if (r.lighthouse)
    console.log(
      `\nLighthouse (mobile) at ${r.n} stacks, target performance >= 0.98:\n${r.lighthouse}`,
    );
mkdirSync(join(ROOT, "bench-results"), { recursive: true });
const file = join(
  ROOT,
  "bench-results",
  `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
console.log(`\nfigures written to ${file}`);
console.log(
  "note: the build above replaced out/ with the last generated catalog; run npm run build to rebuild content/.",
);
