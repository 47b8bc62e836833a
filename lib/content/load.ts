import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { type SuggestedPair, suggestComparisons } from "../compare/suggest";
import { buildHistory } from "../history/build";
import { type CatalogChange, latestChanges } from "../history/changes";
import type { History, HistoryEntry } from "../history/schema";
import { type Radar, type RadarEntry, toRadar } from "../radar/build";
import { DEFAULT_RADAR_CONFIG, loadRadarConfig, type RadarConfig } from "../radar/config";
import { type RadarFacts, toRadarFacts } from "../radar/facts";
import { toSearchData } from "../search/records";
import { SEARCH_DIR, toShards } from "../search/shards";
import { type Aggregates, type TechnologyDetail, toAggregates } from "./aggregate";
import { parseCached, registryHash } from "./cache";
import { parseSources } from "./catalog";
import { type Decision, decisionsOf, versusPairs } from "./decisions";
import { listDocuments, readText } from "./files";
import { getRegistry } from "./registry";
import type { Diagnostic, LayerId, Stack } from "./schema";
import { getSlots } from "./slots";

export interface Catalog extends Aggregates {
  contentDir: string;
  builtAt: string;
  stacks: Stack[];
  diagnostics: Diagnostic[];
  /** The radar's settings from the content folder's radar.json, or the defaults. */
  radar: RadarConfig;
  /** Each stack's changes from the folder's git history (empty outside git). */
  history: History;
  stats: {
    documents: number;
    cacheHits: number;
    cacheMisses: number;
    parseMs: number;
    historyMs: number;
  };
}

export const CATALOG_CACHE = join(process.cwd(), ".cache", "catalog.json");

/** The content folder: `CONTENT_DIR` when set, else the bundled `content/`. */
export function getContentDir(): string {
  const dir = process.env.CONTENT_DIR?.trim() || "content";
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

/** Parses every document of a folder (through the content-hash cache) and computes the aggregates. */
export function buildCatalog(contentDir = getContentDir()): Catalog {
  const registry = getRegistry(contentDir);
  const regHash = registryHash(registry);
  const files = listDocuments(contentDir);
  const stats = { hits: 0, misses: 0 };
  const start = performance.now();
  const result = parseSources(files, registry, (f) =>
    parseCached(f.file, readText(f.path), registry, regHash, stats),
  );
  const parseMs = performance.now() - start;
  const history = buildHistory(contentDir, result.stacks, (file, text) =>
    parseCached(file, text, registry, regHash),
  );
  const historyMs = performance.now() - start - parseMs;
  const radar = loadRadarConfig(contentDir);
  return {
    contentDir,
    builtAt: new Date().toISOString(),
    stacks: result.stacks,
    diagnostics: [...result.diagnostics, ...radar.diagnostics],
    radar: radar.config,
    history,
    ...toAggregates(result.stacks, registry),
    stats: {
      documents: files.length,
      cacheHits: stats.hits,
      cacheMisses: stats.misses,
      parseMs,
      historyMs,
    },
  };
}

/** Builds the catalog and stores it, so every page and build worker reads one file instead of parsing. */
export function writeCatalog(catalog: Catalog, path = CATALOG_CACHE): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, JSON.stringify(catalog));
}

let memo: Catalog | undefined;

/** The catalog for this build: read from the prebuild's file when it matches the content folder, else built now. */
export function getCatalog(): Catalog {
  if (memo) return memo;
  const dir = getContentDir();
  if (existsSync(CATALOG_CACHE)) {
    const stored = JSON.parse(readFileSync(CATALOG_CACHE, "utf8")) as Catalog;
    if (stored.contentDir === dir) memo = stored;
  }
  memo ??= buildCatalog(dir);
  return memo;
}

export function getStacks(): Stack[] {
  return getCatalog().stacks;
}

export function getStack(slug: string): Stack | undefined {
  return getIndex().stacks.get(slug);
}

export function getTechnologies(): TechnologyDetail[] {
  return getCatalog().technologies;
}

export function getTechnology(id: string): TechnologyDetail | undefined {
  return getIndex().techs.get(id);
}

export function getSimilar(slug: string) {
  return getCatalog().similar[slug] ?? [];
}

export function getDiagnostics(file?: string): Diagnostic[] {
  const all = getCatalog().diagnostics;
  return file ? all.filter((d) => d.file === file) : all;
}

/** Every technology chosen for a layer across the catalog, most used first. */
export function getLayerTechnologies(layer: LayerId): TechnologyDetail[] {
  return getTechnologies()
    .map((t) => ({ ...t, uses: t.uses.filter((u) => u.layer === layer) }))
    .filter((t) => t.uses.length)
    .sort((a, b) => b.uses.length - a.uses.length || a.name.localeCompare(b.name));
}

/** The document a stack came from, for the page that renders it. */
export function getSourceText(file: string): string | undefined {
  const path = join(getContentDir(), file);
  return existsSync(path) ? readText(path) : undefined;
}

let index: { stacks: Map<string, Stack>; techs: Map<string, TechnologyDetail> } | undefined;
function getIndex() {
  index ??= {
    stacks: new Map(getCatalog().stacks.map((s) => [s.slug, s])),
    techs: new Map(getCatalog().technologies.map((t) => [t.id, t])),
  };
  return index;
}

/** A stack's changes, newest first (none when the content folder is not in git). */
export function getHistory(slug: string): HistoryEntry[] {
  return getCatalog().history?.[slug] ?? [];
}

/** The latest decision changes across the catalog, for /changes and its feed. */
export function getChanges(): CatalogChange[] {
  return latestChanges(getCatalog().history ?? {}, getStacks());
}

/** Slot ids and labels in the taxonomy's order, for pages that show slots. */
export function getSlotLabels(): Array<[id: string, label: string]> {
  return getSlots().map((s) => [s.id, s.label]);
}

/** Pairs of stacks worth comparing, for the empty compare page. */
export function getCompareSuggestions(): SuggestedPair[] {
  return suggestComparisons(getStacks());
}

/** The decisions a technology took part in: chosen over others, and passed over for others. */
export function getDecisionsOf(id: string): ReturnType<typeof decisionsOf> {
  return decisionsOf(getCatalog().decisions, id);
}

/** Technology pairs with a comparison page: weighed against each other somewhere, or the most used of a slot. */
export function getVersusPairs(): Array<[string, string]> {
  const techs = getCatalog().technologies;
  const bySlot = new Map<string, Array<{ id: string; stacks: number }>>();
  for (const t of techs)
    if (t.primary)
      bySlot.set(t.slot, [...(bySlot.get(t.slot) ?? []), { id: t.id, stacks: t.primary }]);
  const known = new Set(techs.map((t) => t.id));
  return versusPairs(getCatalog().decisions, bySlot).filter(
    ([a, b]) => known.has(a) && known.has(b),
  );
}

/** Every decision between two technologies, in either direction. */
export function getDecisionsBetween(a: string, b: string): Decision[] {
  return getCatalog().decisions.filter(
    (d) => (d.chosen.id === a && d.over.id === b) || (d.chosen.id === b && d.over.id === a),
  );
}

let versusKeys: Set<string> | undefined;

/** Whether two technologies have a comparison page (so a link to it never breaks). */
export function hasVersusPage(a: string, b: string): boolean {
  versusKeys ??= new Set(getVersusPairs().map((p) => p.join("\0")));
  return versusKeys.has([a, b].sort().join("\0"));
}

/** The technologies with a comparison page beside this one, most used first. */
export function getVersusPeers(id: string): Array<{ id: string; name: string }> {
  return getTechnologies()
    .filter((t) => t.id !== id && hasVersusPage(id, t.id))
    .map((t) => ({ id: t.id, name: t.name }));
}

let radarMemo: { facts: RadarFacts; radar: Radar; byId: Map<string, RadarEntry> } | undefined;
function getRadarState() {
  if (radarMemo) return radarMemo;
  const { stacks, technologies } = getCatalog();
  const techs = technologies.map((t) => ({ id: t.id, name: t.name, layer: t.layer }));
  const facts = toRadarFacts(stacks, techs, getRadarConfig().thresholds.recentShare);
  const radar = toRadar(facts, getRadarConfig());
  radarMemo = { facts, radar, byId: new Map(radar.entries.map((e) => [e.id, e])) };
  return radarMemo;
}

export function getRadarConfig(): RadarConfig {
  return getCatalog().radar ?? DEFAULT_RADAR_CONFIG;
}

/** The unfiltered radar: a ring and its reason for every technology the catalog mentions. */
export function getRadar(): Radar {
  return getRadarState().radar;
}

/** The compact per-stack facts the radar's filters recount rings from in the browser. */
export function getRadarFacts(): RadarFacts {
  return getRadarState().facts;
}

/** One technology's ring and why, for its page. */
export function getRing(id: string): RadarEntry | undefined {
  return getRadarState().byId.get(id);
}

/** Every tag the stacks carry, most used first, for the radar's tag filter. */
export function getTagCounts(): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const s of getStacks()) for (const t of s.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** The catalog search's index shards, for the browser to know which exist (written by the prebuild). */
export function getSearchBuckets(): string[] {
  const file = join(process.cwd(), "public", SEARCH_DIR, "buckets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as string[];
  // `next dev` without a prebuild: worked out here, as the prebuild would.
  const { tokens } = toSearchData(getStacks(), getRegistry(getContentDir()));
  return [...toShards(tokens).keys()].sort();
}
