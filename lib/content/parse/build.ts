import { LAYER_NAMES, toLayerId } from "../layers";
import { slugify, toKey } from "../registry";
import type { Choice, DecisionStatus, Frontmatter, Layer, LayerId, Role, Stack } from "../schema";
import { LAYER_IDS, stackSchema } from "../schema";
import { defaultSlot, isGenericSlot, otherSlot, toSlotId } from "../slots";
import { parseCompound } from "./compound";
import { type Draft, type Extraction, joinText, OWN_STACK, type StackSeed } from "./context";
import { toUpdated } from "./dates";
import { settleDecisions, settleMigrationTitle } from "./decisions";
import { isNarrowLabel } from "./text";

// When one technology is found twice in a layer, the firmer role wins: an option still open
// gives way to any decision about it ("Tika is not selected").
const ROLE_RANK: Record<Role, number> = {
  primary: 5,
  planned: 4,
  alternative: 3,
  option: 2,
  example: 1,
};

// Words in a package's own name that say what it is: `jest-mock`, `pytest-asyncio`, `vue-i18n`.
const NAME_HINTS: Array<[RegExp, LayerId]> = [
  [
    /(^|[-_/@])(test|tests|testing|mock|jest|pytest|vitest|spec|e2e|lint|eslint|prettier)([-_/]|$)/i,
    "testing",
  ],
  [/(^|[-_/@])(orm|sql|db|redis|mongo|postgres|migrate|migrations)([-_/]|$)|sqlx|pgx/i, "data"],
  [/(^|[-_/@])(auth|jwt|oauth|bcrypt|crypto|passport|csrf)([-_/]|$)/i, "security"],
  [/(^|[-_/@])(log|logger|logging|metrics|trace|tracing|sentry)([-_/]|$)/i, "observability"],
  [
    /(^|[-_/@])(ui|css|icons?|router|i18n|hooks|forms?|charts?|animate|native|components)([-_/]|$)/i,
    "frontend",
  ],
];

const FALLBACK_LAYER: LayerId = "tooling";
// Labels writers use loosely ("Web framework" for a server one); a label for hosting or data is meant.
const LOOSE = new Set<LayerId>(["frontend", "backend", "tooling", "language"]);

function layerOfDraft(ex: Extraction, d: Draft): { id: LayerId; label: string } {
  // An unknown name with no layer around it may still say what it extends or what it is for.
  const id: LayerId =
    d.forcedLayer ??
    d.atom.tech?.layer ??
    // `Web framework: Hono + @hono/node-server`: known neighbours outweigh a loose label.
    (d.kinLayer && d.labelLayer && LOOSE.has(d.labelLayer) ? d.kinLayer : undefined) ??
    d.labelLayer ??
    d.section.layer ??
    ex.registry.family(d.atom.name)?.layer ??
    toLayerId(d.purpose) ??
    NAME_HINTS.find(([re]) => re.test(d.atom.name))?.[1] ??
    d.kinLayer ??
    // "ADR: OCR engine selection": a decision record is about one thing, and its title says which.
    (ex.adr ? toLayerId(ex.stacks.get(OWN_STACK)?.title) : undefined) ??
    FALLBACK_LAYER;
  // A layer is named for itself, not after one row's category ("Data", not "Data — Relational").
  return { id, label: LAYER_NAMES[id] };
}

/**
 * What the choice does inside its layer. The document's own label wins ("Cache: Redis"), unless it
 * only names the layer's broad slot ("Backend: Pydantic") and the technology has a slot of its own.
 */
function slotOf(d: Draft, layer: LayerId): string {
  const tech = d.atom.tech;
  const techSlot = tech && tech.layer === layer ? defaultSlot(tech) : undefined;
  const labelSlot = toSlotId(d.labelText, layer);
  const stated = labelSlot && !(isGenericSlot(labelSlot) && techSlot) ? labelSlot : undefined;
  return (
    stated ??
    techSlot ??
    toSlotId(d.section.label, layer) ??
    toSlotId(d.purpose, layer) ??
    toSlotId(d.atom.name, layer) ??
    (tech ? defaultSlot({ ...tech, layer, slot: undefined }) : otherSlot(layer))
  );
}

function toChoice(d: Draft, layer: LayerId): Choice {
  return {
    technology: d.atom.tech?.id ?? slugify(d.atom.name),
    name: d.atom.tech?.name ?? d.atom.name,
    version: d.atom.version,
    role: d.role,
    // `**Email:** Resend`, `| Build Tool | Vite |`: the label says what the choice is for.
    purpose: withoutEdgeEmoji(
      d.purpose ??
        (d.labelText && !isLayerWord(d.labelText) && isNarrowLabel(d.labelText)
          ? d.labelText
          : undefined),
    ),
    rationale: d.rationale,
    alternatives: [...new Set(d.alternatives)],
    layer,
    slot: slotOf(d, layer),
    label: d.labelText,
    line: d.line,
    raw: d.atom.raw.trim() || d.atom.name,
    known: Boolean(d.atom.tech),
  };
}

// `the TUI 📺`: an emoji at either end decorates what a choice is for; it says nothing of it.
const EMOJI_PART = "(?:\\p{Extended_Pictographic}|\\uFE0F|\\u200D|\\s)+";
const EDGE_EMOJI = new RegExp(`^${EMOJI_PART}|${EMOJI_PART}$`, "gu");

function withoutEdgeEmoji(text: string | undefined): string | undefined {
  return text?.replace(EDGE_EMOJI, "") || undefined;
}

function isLayerWord(label: string): boolean {
  const lower = label.toLowerCase();
  return (
    (LAYER_IDS as readonly string[]).includes(lower) ||
    Object.values(LAYER_NAMES).some((n) => n.toLowerCase() === lower)
  );
}

/**
 * Merges a second mention of one technology into the first. A passing mention in running text
 * (`weak`) never overrides a role the document stated in a list, table or cue ("Vercel/Netlify").
 */
function merge(into: Choice, other: Choice, weak: { into: boolean; other: boolean }): void {
  if (weak.into && !weak.other) into.role = other.role;
  else if (weak.into === weak.other && ROLE_RANK[other.role] > ROLE_RANK[into.role])
    into.role = other.role;
  into.version ??= other.version;
  into.purpose = mergeText(into.purpose, other.purpose);
  into.rationale = into.rationale ?? other.rationale;
  into.alternatives = [...new Set([...into.alternatives, ...other.alternatives])];
}

// "**Render** (frontend + backend)" then "Render: scalable hosting": both say what it is for.
// Only a phrase, not code, an introduction or a "why not" aside; and two sayings at most.
function mergeText(a?: string, b?: string): string | undefined {
  if (!a || !b || a.toLowerCase().includes(b.toLowerCase())) return a ?? b;
  if (b.toLowerCase().includes(a.toLowerCase())) return b;
  const phrase =
    !/[=`{}<>]|https?:|[:：]$|^(why|warum|pourquoi|por qué|dlaczego|почему)(?![\p{L}\p{N}])/iu.test(
      b,
    ) && !/^[\p{Script=Hiragana}\p{Script=Hangul}]/u.test(b);
  return phrase && !a.includes(" — ") && a.length + b.length <= 120 ? joinText(a, b) : a;
}

function explicitDrafts(ex: Extraction, fm: Frontmatter): Draft[] {
  const section = { title: "frontmatter", depth: 0, stackKey: OWN_STACK };
  const drafts: Draft[] = [];
  for (const [layer, value] of Object.entries(fm.layers ?? {}) as Array<
    [LayerId, string | string[]]
  >) {
    const names = Array.isArray(value) ? value.join(", ") : value;
    const atoms = parseCompound(names, {
      registry: ex.registry,
      allowUnknown: true,
      scanProse: false,
    });
    for (const atom of atoms) {
      drafts.push({
        atom,
        role: ex.roleFor(atom.role, ex.defaultRole(section), section),
        alternatives: [],
        section,
        line: 1,
        stackKey: OWN_STACK,
        forcedLayer: layer,
      });
    }
  }
  return drafts;
}

/** A name the registry lacks sits in one layer per stack: the first its context gives it. */
function unknownLayers(ex: Extraction, drafts: Draft[]): Map<string, LayerId> {
  const found = new Map<string, LayerId>();
  for (const d of drafts) {
    if (d.atom.tech || d.forcedLayer) continue;
    const key = slugify(d.atom.name);
    const { id } = layerOfDraft(ex, d);
    if (!found.has(key) && id !== FALLBACK_LAYER) found.set(key, id);
  }
  return found;
}

function layersOf(
  ex: Extraction,
  drafts: Draft[],
  stackKey: string,
  forced: Map<string, LayerId>,
): Layer[] {
  const layers = new Map<LayerId, Layer>();
  const byKey = new Map<string, Choice>();
  const weakKeys = new Set<string>();
  const rationales = ex.rationales.get(stackKey);
  const unknown = unknownLayers(ex, drafts);
  for (const d of drafts) {
    const techId = d.atom.tech?.id;
    if (techId && forced.has(techId)) d.forcedLayer = forced.get(techId);
    d.forcedLayer ??= d.atom.tech ? undefined : unknown.get(slugify(d.atom.name));
    const { id, label } = layerOfDraft(ex, d);
    const choice = toChoice(d, id);
    const key = `${id}:${choice.technology}`;
    const existing = byKey.get(key);
    if (existing) {
      merge(existing, choice, { into: weakKeys.has(key), other: Boolean(d.weak) });
      if (!d.weak) weakKeys.delete(key);
      continue;
    }
    byKey.set(key, choice);
    if (d.weak) weakKeys.add(key);
    const layer = layers.get(id) ?? { id, label, choices: [] };
    layer.choices.push(choice);
    layers.set(id, layer);
  }
  for (const choice of byKey.values()) {
    const why = rationales?.get(choice.technology);
    if (why) choice.rationale = joinText(choice.rationale, why.join("; "));
  }
  return LAYER_IDS.flatMap((id) => (layers.has(id) ? [layers.get(id) as Layer] : []));
}

function tagsOf(fm: Frontmatter): string[] {
  const raw = Array.isArray(fm.tags)
    ? fm.tags
    : typeof fm.tags === "string"
      ? fm.tags.split(",")
      : [];
  return [...new Set(raw.map((t) => slugify(String(t))).filter(Boolean))];
}

/** What every stack of one document shares while the build turns its seeds into stacks. */
interface DocumentFacts {
  ex: Extraction;
  fm: Frontmatter;
  baseSlug: string;
  all: Draft[];
  common: Draft[];
  forced: Map<string, LayerId>;
  ownKind: Stack["kind"];
  summary: string;
  updated: Stack["updated"];
  status?: DecisionStatus;
  hasNamed: boolean;
}

/** Turns what the extractors found into validated stacks: layers settled, duplicates merged. */
export function buildStacks(
  ex: Extraction,
  fm: Frontmatter,
  source: string,
  status?: DecisionStatus,
): Stack[] {
  const baseSlug = fm.slug ?? slugify(ex.file.replace(/\.(md|markdown|mdc|txt)$/i, ""));
  const explicit = explicitDrafts(ex, fm);
  const forced = new Map(
    explicit.flatMap((d) =>
      d.atom.tech ? [[d.atom.tech.id, d.forcedLayer as LayerId] as const] : [],
    ),
  );
  const all = [...explicit, ...ex.drafts];
  unifyUnknownNames(all);
  settleDecisions(ex, all);
  settleMigrationTitle(ex, all, ex.stacks.get(OWN_STACK)?.title ?? "", source);
  const named = [...ex.stacks.values()].filter((s) => s.key !== OWN_STACK);
  // Several named stacks, or READMEs pasted one after another, make the document a collection.
  const several =
    named.filter((s) => /^(named|block):/.test(s.key) || s.inherits).length >= 2 ||
    named.some((s) => s.key.startsWith("title:"));
  const facts: DocumentFacts = {
    ex,
    fm,
    baseSlug,
    all,
    common: all.filter((d) => d.stackKey === OWN_STACK),
    forced,
    ownKind: ex.kind === "stack" && several ? "collection" : ex.kind,
    summary: fm.summary ?? fm.description ?? ex.stacks.get(OWN_STACK)?.summary ?? "",
    updated: toUpdated(fm.updated ?? fm.date, source),
    status,
    hasNamed: named.length > 0,
  };
  const used = new Set<string>();
  const stacks = [...ex.stacks.values()].flatMap((seed) => {
    const stack = toStack(facts, seed, used);
    return stack ? [stack] : [];
  });
  // A lone service under a document that chose nothing itself: no parent page to point to.
  const slugs = new Set(stacks.map((s) => s.slug));
  for (const s of stacks) if (s.parent && !slugs.has(s.parent)) s.parent = undefined;
  return stacks;
}

/** One seed's stack, validated; none when it has no choices (or is invalid, with a diagnostic). */
function toStack(f: DocumentFacts, seed: StackSeed, used: Set<string>): Stack | undefined {
  const own = seed.key === OWN_STACK;
  // A service of a monorepo document also runs on the document's common choices.
  const drafts = [
    ...(seed.inherits ? f.common : []),
    ...f.all.filter((d) => d.stackKey === seed.key),
  ];
  const layers = layersOf(f.ex, drafts, seed.key, own ? f.forced : new Map());
  const hasChoices = layers.some((l) => l.choices.length);
  const keepEmpty = f.ownKind === "collection" || (!f.hasNamed && f.ownKind === "template");
  if (!hasChoices && (!own || !keepEmpty)) return undefined;
  const slug = uniqueSlug(own ? f.baseSlug : `${f.baseSlug}-${slugify(seed.title)}`, used);
  const candidate = {
    slug,
    title: seed.title || f.fm.title || f.baseSlug,
    summary: own ? f.summary : (seed.summary ?? ""),
    kind: own ? f.ownKind : (seed.kind ?? "stack"),
    tags: own ? tagsOf(f.fm) : [...new Set([...seed.tags, ...tagsOf(f.fm)])],
    updated: f.updated,
    source: { file: f.ex.file, line: seed.line },
    layers,
    notes: f.ex.notes.get(seed.key) ?? [],
    parent: own ? undefined : parentSlug(seed, f.baseSlug),
    status: own ? f.status : undefined,
  };
  const parsed = stackSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  f.ex.diag(seed.line, "invalid-stack", `stack "${candidate.title}" is invalid: ${issues}`);
  return undefined;
}

/** `shop`, then `shop-2`, `shop-3`: a slug no earlier stack of the document took. */
function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/** `Moment.js` and `momentjs` in one document are one unknown technology, shown as first written. */
function unifyUnknownNames(drafts: Draft[]): void {
  const first = new Map<string, string>();
  for (const d of drafts) {
    if (d.atom.tech) continue;
    const key = toKey(d.atom.name).replace(/js$/, "");
    const seen = first.get(key);
    if (seen) d.atom.name = seen;
    // A capital or a dot is the writer's own spelling; prefer it to a lower-case code span.
    else first.set(key, d.atom.name);
    if (seen && /^[a-z0-9-]+$/.test(seen) && /[A-Z.]/.test(d.atom.name))
      first.set(key, d.atom.name);
  }
  for (const d of drafts)
    if (!d.atom.tech) d.atom.name = first.get(toKey(d.atom.name).replace(/js$/, "")) ?? d.atom.name;
}

function parentSlug(seed: StackSeed, baseSlug: string): string | undefined {
  return seed.parentKey ? baseSlug : undefined;
}
