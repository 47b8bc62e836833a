import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { distance } from "fastest-levenshtein";
import { NameScanner, type ScanHit } from "./name-scanner";
import { type LayerId, registryFileSchema, type Technology } from "./schema";

export const REGISTRY_FILE = "technologies.json";

/** Lower-cases and drops punctuation so `Node.js`, `nodejs` and `NODE JS` meet. */
export function toKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^\p{L}\p{N}+#@]/gu, "");
}

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+\+/g, "pp")
    .replace(/#/g, "sharp")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "item";
}

// Plain English words that are also aliases: never matched inside running prose.
const PROSE_STOPWORDS = new Set(
  "compose workers lambda delta bull spring together presto lightning torch transformers chroma turbo nest next node express mongo sonar motion rails echo chi notion slack discord panorama jetson fly render spark iceberg cdk sanity dragonfly redshift aurora cockroach timescale influx scylla elastic bedrock workers sqs sns ws pg otel rtk drf zap lambda copilot vim make conda together bull rest".split(
    " ",
  ),
);

export interface Registry {
  technologies: Technology[];
  byId: Map<string, Technology>;
  /** Finds a technology by any of its names. */
  lookup(name: string): Technology | undefined;
  /** Finds every technology named in running text, in order. */
  scan(text: string): ScanHit[];
  /** The registry name closest to an unknown one (`Postgress` → PostgreSQL), when one is close. */
  nearest(name: string): string | undefined;
  /** The known technology an unknown name extends: `react-native-screens` → React Native, `@trpc/client` → tRPC. */
  family(name: string): Technology | undefined;
}

export function createRegistry(technologies: Technology[]): Registry {
  const byId = new Map<string, Technology>();
  const byKey = new Map<string, Technology>();
  for (const t of technologies) byId.set(t.id, t);
  const add = (key: string, t: Technology) => {
    if (key && !byKey.has(key)) byKey.set(key, t);
  };
  // Names first so that a name always beats another entry's alias.
  for (const t of byId.values()) add(toKey(t.name), t);
  for (const t of byId.values()) for (const a of [t.id, ...t.aliases]) add(toKey(a), t);

  const scanner = new NameScanner();
  for (const t of byId.values()) {
    for (const form of [t.name, ...t.aliases]) {
      const plainWord = /^[a-z]+$/.test(form);
      // An everyday word is only its technology when written with a capital: `Loki`, `Express`, not "express".
      // `REST`: an acronym that is also a word is the acronym only in capitals ("the rest").
      const acronym = /^[A-Z]{2,}$/.test(form) && PROSE_STOPWORDS.has(form.toLowerCase());
      const everyday = t.ambiguous || acronym || (plainWord && PROSE_STOPWORDS.has(form));
      const written = everyday && plainWord ? form[0].toUpperCase() + form.slice(1) : form;
      scanner.add(written, t, everyday);
    }
    // `react-router`, `aws-lambda`: a multi-word name written as its package is spelled.
    if (t.id.includes("-") && !t.ambiguous && t.id === slugify(t.name)) scanner.add(t.id, t, false);
  }

  return {
    technologies: [...byId.values()],
    byId,
    lookup(name) {
      const key = toKey(name);
      if (!key) return undefined;
      const hit =
        byKey.get(key) ??
        (key.endsWith("js") && key.length > 4 ? byKey.get(key.slice(0, -2)) : undefined);
      // "Unit Test" is not Python's `unittest`: two words do not spell a one-word lower-case module.
      return hit && isOneLowerWord(hit) && /\p{L}\s+\p{L}/u.test(name.trim()) ? undefined : hit;
    },
    family(name) {
      const key = toKey(name).replace(/^@/, "");
      for (let i = key.length - 1; i >= 3; i--) {
        const hit = byKey.get(key.slice(0, i));
        if (hit && !hit.ambiguous) return hit;
      }
      return undefined;
    },
    nearest(name) {
      const key = toKey(name);
      if (key.length < 4) return undefined;
      const limit = key.length >= 7 ? 2 : 1;
      let best: { d: number; tech?: Technology } = { d: limit + 1 };
      for (const [k, tech] of byKey) {
        if (Math.abs(k.length - key.length) > limit) continue;
        const d = distance(k, key);
        if (d < best.d) best = { d, tech };
      }
      return best.tech?.name;
    },
    scan(text) {
      return scanner.scan(text);
    },
  };
}

function isOneLowerWord(tech: Technology): boolean {
  return [tech.name, ...tech.aliases].every((form) => /^[\p{Ll}\p{N}_-]+$/u.test(form));
}

function readRegistryFile(path: string): Technology[] {
  const json: unknown = JSON.parse(readFileSync(path, "utf8"));
  return registryFileSchema.parse(json).technologies;
}

const cache = new Map<string, Registry>();

/**
 * The bundled registry, extended (and overridden by id) by a `technologies.json` in the
 * content folder being read, so teams can teach the catalog their own tools.
 */
export function getRegistry(contentDir?: string): Registry {
  const key = contentDir ?? "";
  const hit = cache.get(key);
  if (hit) return hit;
  const bundled = join(process.cwd(), "content", REGISTRY_FILE);
  const techs = existsSync(bundled) ? readRegistryFile(bundled) : [];
  const extra = contentDir ? join(contentDir, REGISTRY_FILE) : undefined;
  if (extra && extra !== bundled && existsSync(extra)) {
    const overrides = readRegistryFile(extra);
    const ids = new Set(overrides.map((t) => t.id));
    techs.splice(0, techs.length, ...overrides, ...techs.filter((t) => !ids.has(t.id)));
  }
  const registry = createRegistry(techs);
  cache.set(key, registry);
  return registry;
}

export function layerOf(registry: Registry, id: string): LayerId | undefined {
  return registry.byId.get(id)?.layer;
}
