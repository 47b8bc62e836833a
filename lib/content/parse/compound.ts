import type { Registry } from "../registry";
import type { Role, Technology } from "../schema";
import { hasConnector, isGeneric, isNameLike, isVersionOnly, PLANNED, splitVersion, wordsOf } from "./text";

/** One technology named inside a cell or list item. */
export interface Atom {
  name: string;
  tech?: Technology;
  version?: string;
  /** A role the text itself implies (`A / B` → option, `X → Y` → Y planned); the caller's role otherwise. */
  role?: Role;
  /** Text in parentheses or after the name that is not a technology. */
  detail?: string;
  raw: string;
}

export interface CompoundOptions {
  registry: Registry;
  /** Keep names the registry does not know when they look like product names. */
  allowUnknown: boolean;
  /** Look for known names inside descriptive text. */
  scanProse: boolean;
}

const GENERIC_SUFFIX =
  /\s+(ide|api|apis|sdk|cli|models?|workspaces?|cluster|server|extension|stack|framework|library|engine|services?|platform|integration|client|database|db|cache|editor|runtime|orm|toolkit|app|apps)$/i;

/** Splits on a separator outside parentheses and brackets. */
export function splitTop(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0) {
      sep.lastIndex = 0;
      const m = sep.exec(text.slice(i));
      if (m && m.index === 0) {
        parts.push(current);
        current = "";
        i += m[0].length - 1;
        continue;
      }
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function resolveName(registry: Registry, name: string): Technology | undefined {
  const direct = registry.lookup(name);
  if (direct) return direct;
  const withoutVersion = splitVersion(name);
  if (withoutVersion.version) {
    const hit = registry.lookup(withoutVersion.name);
    if (hit) return hit;
  }
  let shorter = name;
  for (let i = 0; i < 2; i++) {
    const next = shorter.replace(GENERIC_SUFFIX, "");
    if (next === shorter) break;
    shorter = next;
    const hit = registry.lookup(shorter);
    if (hit) return hit;
  }
  return undefined;
}

/** `Easy AI/ML model integration` describes; `Coqui TTS / OpenAI TTS` names. */
function looksDescriptive(text: string): boolean {
  if (hasConnector(text)) return true;
  const words = wordsOf(text).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 4) return true;
  return words.length >= 3 && words.some((w) => /^\p{Ll}+$/u.test(w) && !/^(or|and|vs)$/.test(w));
}

function scanAtoms(text: string, registry: Registry): Atom[] {
  return registry.scan(text).map((h) => ({ name: h.tech.name, tech: h.tech, raw: h.text }));
}

const PAREN = /\(([^()]*)\)/g;

/** Reads one part (no top-level commas): parentheses, options, version, name. */
function parsePart(part: string, opts: CompoundOptions): Atom[] {
  let text = part.replace(/[*`_]{1,3}(?=\S)|(?<=\S)[*`_]{1,3}/g, "").trim();
  text = text.replace(/^(?:or|and|plus|also)\s+/i, "").replace(/[.。]+$/, "").trim();
  if (!text) return [];
  let planned = false;
  const details: string[] = [];
  const subAtoms: Atom[] = [];
  let version: string | undefined;
  const withParens = text.replace(PAREN, (_, inner: string) => {
    const inside = inner.trim();
    if (isVersionOnly(inside)) version = inside;
    else if (PLANNED.test(inside)) {
      planned = true;
      if (wordsOf(inside).length > 1) details.push(inside);
    } else {
      const or = /^(?:or|e\.g\.?|eg|like|such as|alternatively)\s+|\/|\bor\b/i.test(inside);
      const cleaned = inside.replace(/^(?:or|e\.g\.?,?|eg|like|such as|alternatively)\s+/i, "");
      const subs = splitTop(cleaned, /^\s*(?:,|;|\s\+\s|\/|\s+or\s+)\s*/i).map((p) => ({ p, tech: resolveName(opts.registry, p) }));
      if (subs.length && subs.every((s) => s.tech)) {
        for (const s of subs) subAtoms.push({ name: s.tech?.name ?? s.p, tech: s.tech, raw: s.p, role: or ? "option" : undefined });
      } else details.push(inside);
    }
    return " ";
  }).replace(/\s+/g, " ").trim();
  const trailing = /\s+(optional|later|in future|eventually)$/i;
  let outside = withParens;
  if (trailing.test(outside)) {
    planned = true;
    outside = outside.replace(trailing, "").trim();
  }

  const atoms: Atom[] = [];
  const whole = outside ? resolveName(opts.registry, outside) : undefined;
  // `Ruff & Black`: an ampersand joins two products only when both sides are known.
  const pair = whole ? undefined : splitTop(outside, /^\s+(?:&|and)\s+/i);
  if (pair && pair.length > 1 && pair.every((p) => resolveName(opts.registry, p))) {
    return pair.flatMap((p) => parsePart(p, opts)).map((a) => (planned ? { ...a, role: "planned" as Role } : a));
  }
  const describe = !whole && looksDescriptive(outside);
  if (whole) atoms.push(toAtom(outside, whole, opts.registry));
  else if (describe) {
    if (opts.scanProse) atoms.push(...scanAtoms(outside, opts.registry));
  } else if (outside) {
    const options = splitTop(outside, /^\s*(?:\s\/\s|\/|\s+or\s+|\s+\|\s+)\s*/i);
    const resolved = options.map((o) => ({ o, ...splitVersion(o) })).map((x) => ({ ...x, tech: resolveName(opts.registry, x.o) }));
    const multiple = resolved.length > 1;
    for (const r of resolved) {
      if (r.tech) atoms.push({ ...toAtom(r.o, r.tech, opts.registry), role: multiple ? "option" : undefined });
      else if (opts.allowUnknown && isNameLike(r.name) && !isGeneric(r.name)) {
        atoms.push({ name: r.name, version: r.version, raw: r.o, role: multiple ? "option" : undefined });
      } else if (opts.scanProse) atoms.push(...scanAtoms(r.o, opts.registry));
    }
  }
  const detail = details.join("; ") || undefined;
  for (const a of atoms) {
    if (version && !a.version) a.version = version;
    if (detail && !a.detail) a.detail = detail;
    if (planned) a.role = "planned";
  }
  for (const s of subAtoms) {
    if (planned) s.role = "planned";
    else if (!s.role && atoms[0]?.role) s.role = atoms[0].role;
  }
  return [...atoms, ...subAtoms];
}

function toAtom(text: string, tech: Technology, registry: Registry): Atom {
  const { name, version } = splitVersion(text);
  // `OAuth 2.0`, `Llama 3`: the number is part of a name the registry knows, not a version.
  const separate = version !== undefined && registry.lookup(name)?.id === tech.id && registry.lookup(text)?.id !== tech.id;
  return { name: tech.name, tech, version: separate ? version : undefined, raw: text };
}

/**
 * Reads a compound cell or list value: `A + B` and `A, B` are both chosen; `A / B` and
 * `A or B` are options; `A (B)` is a detail or a sub-choice; `X → Y` makes Y planned.
 */
export function parseCompound(input: string, opts: CompoundOptions): Atom[] {
  const text = input.replace(/\s+/g, " ").trim();
  if (!text) return [];
  const arrow = /\s*(?:→|->|=>|⇒)\s*/;
  if (arrow.test(text)) {
    const [left, ...rest] = text.split(arrow);
    const right = rest.join(" ");
    const now = parseCompound(left, opts);
    const later = parseCompound(right, { ...opts, allowUnknown: false, scanProse: false });
    if (later.length) return [...now, ...later.map((a) => ({ ...a, role: "planned" as Role }))];
    return now.map((a) => ({ ...a, detail: a.detail ?? right }));
  }
  const orList = /(?:^|,\s*)or\s+\S/i.test(text);
  const parts = splitTop(text, /^\s*(?:,|;|\s\+\s|、|，|；)\s*/);
  const seen = new Set<string>();
  const atoms = parts
    .flatMap((p) => parsePart(p, opts))
    .filter((a) => {
      const key = a.tech?.id ?? a.name.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (orList && parts.length > 1) for (const a of atoms) if (!a.role) a.role = "option";
  return atoms;
}
