// npm run registry: rebuilds content/technologies.json from the hand-curated entries and three
// maintained open datasets, so the registry grows without names typed by hand:
//   - content/registry-sources/curated.json   hand-curated: names, aliases, layers, descriptions (wins)
//   - simple-icons (CC0-1.0)                  brand titles, aliases and slugs; layers from
//                                             content/registry-sources/simple-icons-layers.json
//   - devicon (MIT)                           developer tools with tags that name their layer
//   - linguist-languages (MIT)                programming languages and their aliases
//   - content/registry-sources/curated-slots.json, then content/slots.json: each technology's default slot
//   - content/registry-sources/describing.json: names that are also everyday modifiers ("Local services")
// A name that is also an English word (per /usr/share/dict/words, which it needs) is marked
// `ambiguous`: it is then read in running text only when set apart or signalled.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import { slugify, toKey } from "../lib/content/registry";
import { type LayerId, registryFileSchema, type Technology } from "../lib/content/schema";
import { defaultSlot } from "../lib/content/slots";

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const SOURCES = join(ROOT, "content", "registry-sources");

interface SimpleIcon {
  title: string;
  slug: string;
  aliases?: { aka?: string[]; loc?: Record<string, string>; dup?: Array<{ title: string }> };
}
interface Devicon {
  name: string;
  altnames?: string[];
  tags?: string[];
}
interface Language {
  name: string;
  type: string;
  aliases?: string[];
}

// Without the word list every everyday word in the datasets would become a name ("node", "rake"):
// the registry would differ by machine, so stop instead.
if (!existsSync("/usr/share/dict/words")) {
  console.error("registry: /usr/share/dict/words is missing (Debian: apt-get install wamerican)");
  process.exit(1);
}
const words = existsSync("/usr/share/dict/words")
  ? new Set(
      readFileSync("/usr/share/dict/words", "utf8")
        .split("\n")
        .filter((w) => /^[a-z]+$/.test(w)),
    )
  : new Set<string>();

/** A dataset name that is also an everyday word, or too short to be told from one. */
function isAmbiguous(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.length <= 2 || words.has(lower) || (lower.endsWith("s") && words.has(lower.slice(0, -1)))
  );
}

/** `VM` (VictoriaMetrics), `vs`, `karate`: a dataset's short Latin alias or lower-case word names nothing. */
function isNoisyAlias(alias: string): boolean {
  return /^[A-Za-z]{1,3}$/.test(alias) || (alias === alias.toLowerCase() && isAmbiguous(alias));
}

/**
 * A dataset entry nobody curated: a one-word name (`Harbour`, `Pike`, `ReadMe`) is read in running
 * text only as written and with a signal; names with digits, dots or two words are safe.
 */
function isDatasetAmbiguous(name: string): boolean {
  return isAmbiguous(name) || /^[A-Za-z]+$/.test(name);
}

// devicon's tags, checked in order, to the layer they mean.
const DEVICON_LAYERS: Array<[RegExp, LayerId]> = [
  [/^(database|sql|nosql|orm)$/, "data"],
  [/^(testing|test|linter)$/, "testing"],
  [/^(machine-learning|ai|deep-learning)$/, "ai"],
  [/^(monitoring|logging|analytics)$/, "observability"],
  [/^(security|auth|authentication)$/, "security"],
  [/^(ci|cd|ci-cd|continuous-integration)$/, "delivery"],
  [/^(ide|editor|package|manager|build|bundler|version-control|design)$/, "tooling"],
  [/^(cloud|hosting|os|linux|container|virtualization|server)$/, "infra"],
  [/^(css|ui|frontend|mobile|game-engine)$/, "frontend"],
  [/^(cms|api|backend)$/, "backend"],
  [/^(language|programming)$/, "language"],
];

function deviconLayer(tags: string[]): LayerId | undefined {
  for (const [re, layer] of DEVICON_LAYERS) if (tags.some((t) => re.test(t))) return layer;
  if (tags.includes("framework"))
    return tags.some((t) => /javascript|typescript|css|react|vue/.test(t)) ? "frontend" : "backend";
  return undefined;
}

function readCurated(): Technology[] {
  return registryFileSchema.parse(JSON.parse(readFileSync(join(SOURCES, "curated.json"), "utf8")))
    .technologies;
}

/** Registry being built: entries by id and every name's key, so a dataset name finds its entry. */
class Builder {
  readonly byId = new Map<string, Technology>();
  private readonly byKey = new Map<string, Technology>();

  add(t: Technology): void {
    this.byId.set(t.id, t);
    for (const n of [t.name, t.id, ...t.aliases])
      if (!this.byKey.has(toKey(n))) this.byKey.set(toKey(n), t);
  }

  find(names: string[]): Technology | undefined {
    for (const n of names) {
      const hit = this.byKey.get(toKey(n));
      if (hit) return hit;
    }
    return undefined;
  }

  /** Adds names to an entry as aliases, keeping each name once. */
  alias(t: Technology, names: string[]): void {
    const known = new Set([t.name, ...t.aliases].map(toKey));
    for (const n of names) {
      const key = toKey(n);
      if (!key || known.has(key)) continue;
      known.add(key);
      t.aliases.push(n);
      if (!this.byKey.has(key)) this.byKey.set(key, t);
    }
  }

  create(name: string, layer: LayerId, aliases: string[], extra: Partial<Technology> = {}): void {
    let id = slugify(name);
    for (let n = 2; this.byId.has(id); n++) id = `${slugify(name)}-${n}`;
    this.add({
      id,
      name,
      layer,
      aliases: [],
      description: "",
      homepage: "",
      ambiguous: isDatasetAmbiguous(name),
      describing: false,
      ...extra,
    });
    this.alias(this.byId.get(id) as Technology, aliases);
  }
}

function addSimpleIcons(b: Builder): void {
  // The data file is not among the package's exports: read it beside its entry point.
  const dir = join(require.resolve("simple-icons"), "..");
  const icons = JSON.parse(
    readFileSync(join(dir, "data", "simple-icons.json"), "utf8"),
  ) as SimpleIcon[];
  const layers = JSON.parse(
    readFileSync(join(SOURCES, "simple-icons-layers.json"), "utf8"),
  ) as Record<string, LayerId | null>;
  for (const icon of icons) {
    // `VM` (VictoriaMetrics), `vs`: an alias that is also a word or an everyday abbreviation names nothing.
    const aka = [...(icon.aliases?.aka ?? []), ...Object.values(icon.aliases?.loc ?? {})].filter(
      (a) => !isNoisyAlias(a),
    );
    const existing = b.find([icon.title, ...aka]);
    if (existing) {
      existing.icon ??= icon.slug;
      b.alias(existing, [...aka, icon.slug]);
      continue;
    }
    const layer = layers[icon.slug];
    if (layer) b.create(icon.title, layer, [...aka, icon.slug], { icon: icon.slug });
  }
}

function addDevicons(b: Builder): void {
  const icons = require("devicon/devicon.json") as Devicon[];
  for (const icon of icons) {
    const existing = b.find([icon.name, ...(icon.altnames ?? [])]);
    if (existing) continue;
    const layer = deviconLayer(icon.tags ?? []);
    // devicon ids are lower-case slugs; only a plain word makes a display name.
    if (layer && /^[a-z]{4,}$/.test(icon.name))
      b.create(
        icon.name[0].toUpperCase() + icon.name.slice(1),
        layer,
        (icon.altnames ?? []).filter((a) => !isNoisyAlias(a)),
      );
  }
}

function addLanguages(b: Builder): void {
  const languages = Object.values(require("linguist-languages") as Record<string, Language>).filter(
    (l) => l.type === "programming",
  );
  for (const lang of languages) {
    const aliases = (lang.aliases ?? []).filter((a) => a.length > 1);
    const existing = b.find([lang.name, ...aliases]);
    if (existing)
      b.alias(
        existing,
        aliases.filter((a) => !isAmbiguous(a)),
      );
    else if (lang.name.length > 1)
      b.create(
        lang.name,
        "language",
        aliases.filter((a) => !isAmbiguous(a)),
        { description: "Programming language." },
      );
  }
}

const builder = new Builder();
for (const t of readCurated()) builder.add(t);
addSimpleIcons(builder);
addDevicons(builder);
addLanguages(builder);
// Every technology gets its default slot: the hand-curated one, else what its description or name says.
const curatedSlots = (
  JSON.parse(readFileSync(join(SOURCES, "curated-slots.json"), "utf8")) as {
    slots: Record<string, string>;
  }
).slots;
const describing = new Set(
  z
    .object({ ids: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(join(SOURCES, "describing.json"), "utf8"))).ids,
);
for (const id of describing)
  if (!builder.byId.has(id)) throw new Error(`registry: describing.json names unknown id "${id}"`);
// Written only where true, as a curated entry may also say it: zod's default reads the rest as false.
const technologies = [...builder.byId.values()].map(({ describing: curated, ...t }) => ({
  ...t,
  ...(curated || describing.has(t.id) ? { describing: true } : {}),
  slot: curatedSlots[t.id] ?? defaultSlot(t),
}));
const file = {
  $comment:
    "Generated by `npm run registry` from content/registry-sources/curated.json (hand-curated, wins), simple-icons (CC0-1.0), devicon (MIT) and linguist-languages (MIT). Edit curated.json, not this file.",
  technologies,
};
registryFileSchema.parse(file);
writeFileSync(join(ROOT, "content", "technologies.json"), `${JSON.stringify(file, null, 1)}\n`);
const counts = new Map<string, number>();
for (const t of technologies) counts.set(t.layer, (counts.get(t.layer) ?? 0) + 1);
console.log(
  `registry: ${technologies.length} technologies (${[...counts].map(([l, n]) => `${l} ${n}`).join(", ")})`,
);
