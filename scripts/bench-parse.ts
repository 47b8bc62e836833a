// npm run bench:parse: parser speed on 1,000 generated documents — cold, warm (cached), per second, memory.
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus, generateDocument, seededRandom } from "../lib/bench/generate";
import { CACHE_DIR } from "../lib/content/cache";
import { buildCatalog } from "../lib/content/load";
import { parseDocument } from "../lib/content/parse";
import { getRegistry } from "../lib/content/registry";

const N = Number(process.env.BENCH_DOCS ?? 1000);
const dir = join(tmpdir(), `stack-atlas-bench-parse-${N}`);
const registry = getRegistry();
generateCorpus(dir, N, registry);
rmSync(CACHE_DIR, { recursive: true, force: true });

const cold = buildCatalog(dir);
const warm = buildCatalog(dir);
const mb = (b: number) => (b / 1048576).toFixed(0);

// Per-document time for 10 KB documents, the fuzzing budget of the reliability issue.
const next = seededRandom(7);
const docs: string[] = [];
const layers = new Map(
  registry.technologies.reduce((m, t) => m.set(t.layer, [...(m.get(t.layer) ?? []), t]), new Map()),
);
while (docs.length < 200) {
  let d = "";
  while (d.length < 10_000) d += generateDocument(docs.length, next, layers);
  docs.push(d.slice(0, 10_240));
}
const times = docs
  .map((d, i) => {
    const t = performance.now();
    parseDocument(`ten-kb-${i}.md`, d, registry);
    return performance.now() - t;
  })
  .sort((a, b) => a - b);

console.log(`documents            ${N} (${cold.stacks.length} stacks)`);
console.log(
  `cold parse           ${cold.stats.parseMs.toFixed(0)} ms  (${((N / cold.stats.parseMs) * 1000).toFixed(0)} documents/s)`,
);
console.log(
  `warm parse (cached)  ${warm.stats.parseMs.toFixed(0)} ms  (${((N / warm.stats.parseMs) * 1000).toFixed(0)} documents/s, ${warm.stats.cacheHits} cache hits)`,
);
console.log(
  `warm speed-up        ${(cold.stats.parseMs / warm.stats.parseMs).toFixed(1)}x   target >= 20x`,
);
console.log(
  `10 KB document       median ${times[100].toFixed(1)} ms, p95 ${times[190].toFixed(1)} ms, max ${times[199].toFixed(1)} ms   target < 50 ms`,
);
console.log(`peak memory (RSS)    ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
