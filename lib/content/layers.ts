import { LAYER_IDS } from "./constants";
import { LAYER_RULES } from "./layer-words";
import type { LayerId } from "./schema";

/** Display names for the canonical layers. */
export const LAYER_NAMES: Record<LayerId, string> = {
  language: "Languages & runtimes",
  frontend: "Frontend",
  backend: "Backend",
  data: "Data",
  messaging: "Messaging & streaming",
  ai: "AI & ML",
  security: "Security & identity",
  infra: "Infrastructure",
  delivery: "CI/CD & delivery",
  observability: "Observability",
  testing: "Testing & quality",
  tooling: "Tooling",
  integrations: "Integrations",
};

export const LAYER_DESCRIPTIONS: Record<LayerId, string> = {
  language: "Programming languages and runtimes.",
  frontend: "Web and mobile UI, styling and UI state.",
  backend: "Server frameworks, API styles and validation.",
  data: "Databases, ORMs and drivers, caches, search, vector stores, object storage, warehouses.",
  messaging: "Queues, event buses, streaming, realtime transport and workflow engines.",
  ai: "Models, LLM APIs, orchestration, ML frameworks, serving and speech.",
  security: "Authentication, identity, secrets and security scanning.",
  infra: "Cloud, containers, orchestration, hosting, CDN, edge and infrastructure as code.",
  delivery: "CI/CD and release.",
  observability: "Metrics, logs, traces, error tracking and product analytics.",
  testing: "Test frameworks, linters and formatters.",
  tooling: "IDEs, package managers, monorepo and build tools, AI assistants.",
  integrations: "Third-party APIs and SaaS: payments, maps, sheets, calendars.",
};

/** Maps a document's own label (a heading, a table's layer cell, a list label) to a canonical layer. */
export function toLayerId(label: string | undefined): LayerId | undefined {
  if (!label) return undefined;
  const text = label.replace(/[*_`#]/g, " ").trim();
  const lower = text.toLowerCase();
  if ((LAYER_IDS as readonly string[]).includes(lower)) return lower as LayerId;
  // "Frontend (Web + Voice UI)": the words outside parentheses say more than the aside.
  const main = text.replace(/\([^)]*\)/g, " ").trim();
  for (const candidate of [main, text]) {
    for (const [id, re] of LAYER_RULES) if (re.test(candidate)) return id;
  }
  return undefined;
}
