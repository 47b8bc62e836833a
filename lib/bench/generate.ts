import "server-only";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LAYER_NAMES } from "../content/layers";
import type { Registry } from "../content/registry";
import type { LayerId, Technology } from "../content/schema";

/** A small seeded PRNG (LCG), so a benchmark corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PURPOSES = [
  "Primary store for orders and users",
  "Keeps sessions close to the API",
  "Runs nightly batch jobs",
  "Renders the customer dashboard",
  "Streams events between services",
  "Signs users in with SSO",
  "Ships every merge to staging",
  "Collects traces from every service",
  "Checks every pull request",
  "Builds the monorepo",
  "Handles card payments",
  "Answers support questions with retrieval",
];
const REASONS = [
  "The team already knows it well and it has a large ecosystem.",
  "Managed offering keeps operations small for a team of four.",
  "Benchmarks on our own data were twice as fast as the runner-up.",
  "Open source with a permissive licence and an active community.",
  "It integrates with the rest of the stack without glue code.",
  "Lowest total cost at our expected volume.",
];
const PROSE =
  "We revisit this decision every quarter. The constraints are a small team, a strict latency budget of 200 ms at the 95th percentile, and data that must stay in the EU. ";

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)];
}

function techsByLayer(registry: Registry): Map<LayerId, Technology[]> {
  const m = new Map<LayerId, Technology[]>();
  for (const t of registry.technologies) m.set(t.layer, [...(m.get(t.layer) ?? []), t]);
  return m;
}

/** One realistic stack document (2–6 KB) in one of several shapes: table, lists, headings, guide, template. */
export function generateDocument(
  n: number,
  next: () => number,
  byLayer: Map<LayerId, Technology[]>,
): string {
  const layers = [...byLayer.keys()].sort(() => next() - 0.5).slice(0, 5 + Math.floor(next() * 6));
  const shape = Math.floor(next() * 5);
  const title = `${pick(next, ["Payments", "Search", "Checkout", "Analytics", "Onboarding", "Billing", "Support", "Catalog", "Messaging", "Identity"])} service ${n}`;
  const out: string[] = [];
  if (shape !== 1)
    out.push(
      "---",
      `title: ${title}`,
      `summary: How the ${title.toLowerCase()} is built and why.`,
      `tags: [${pick(next, ["web", "data", "ai", "platform"])}, team-${n % 37}]`,
      `updated: 2025-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`,
      "---",
      "",
    );
  out.push(`# ${title}`, "", PROSE.repeat(1 + Math.floor(next() * 3)), "");
  const choose = (layer: LayerId) => pick(next, byLayer.get(layer) ?? []);
  if (shape === 0 || shape === 3) {
    out.push(
      ...(shape === 3
        ? ["| Layer | Recommended | Alternatives | Best for |", "|---|---|---|---|"]
        : ["| Category | Technology | Version | Purpose | Rationale |", "|---|---|---|---|---|"]),
    );
    for (const l of layers) {
      for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
        const t = choose(l);
        if (shape === 3)
          out.push(
            `| ${LAYER_NAMES[l]} | ${t.name} | ${choose(l).name}, ${choose(l).name} | ${pick(next, PURPOSES)} |`,
          );
        else
          out.push(
            `| ${LAYER_NAMES[l]} | ${t.name} | ${1 + Math.floor(next() * 20)}.${Math.floor(next() * 10)} | ${pick(next, PURPOSES)} | ${pick(next, REASONS)} |`,
          );
      }
    }
    out.push("");
  } else if (shape === 1) {
    for (const l of layers)
      out.push(`- **${LAYER_NAMES[l]}:** ${[choose(l), choose(l)].map((t) => t.name).join(", ")}`);
    out.push("", "## Alternatives considered", "");
    for (const l of layers.slice(0, 3))
      out.push(`- ${choose(l).name} — rejected: ${pick(next, REASONS).toLowerCase()}`);
  } else if (shape === 2) {
    for (const l of layers) {
      out.push(
        `## ${LAYER_NAMES[l]}`,
        "",
        `- ${choose(l).name} — ${pick(next, PURPOSES)}`,
        `- ${choose(l).name} (later)`,
        "",
        pick(next, REASONS),
        "",
      );
    }
  } else {
    out.push("## Template", "");
    for (const l of layers)
      out.push(`- ${LAYER_NAMES[l]}: [e.g., ${choose(l).name}, ${choose(l).name}]`);
  }
  out.push("", "## Notes", "", PROSE.repeat(2 + Math.floor(next() * 6)));
  return `${out.join("\n")}\n`;
}

/** Writes `count` generated documents into `dir` (emptied first), reproducibly from `seed`. */
export function generateCorpus(dir: string, count: number, registry: Registry, seed = 42): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const next = seededRandom(seed);
  const byLayer = techsByLayer(registry);
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, `stack-${String(i).padStart(5, "0")}.md`),
      generateDocument(i, next, byLayer),
    );
}
