import type { Registry } from "../registry";
import type { Role, Technology } from "../schema";
import { resolveName, splitTop } from "./names";
import { parsePart, withDescription } from "./part";

/** One technology named inside a cell or list item. */
export interface Atom {
  name: string;
  tech?: Technology;
  version?: string;
  /** A role the text itself implies (`A / B` → option, `X → Y` → Y planned); the caller's role otherwise. */
  role?: Role;
  /** Text in parentheses or after the name that is not a technology. */
  detail?: string;
  /** The text says it stays as it is (`MUI (unchanged)`): chosen, even in a plan. */
  kept?: boolean;
  raw: string;
}

export interface CompoundOptions {
  registry: Registry;
  /** Keep names the registry does not know when they look like product names. */
  allowUnknown: boolean;
  /** Look for known names inside descriptive text. */
  scanProse: boolean;
  /**
   * The text stands where a technology is expected (a layer's list, a Technology column): a
   * package name the registry lacks (`serde`, `@scope/pkg`, `gorilla/websocket`) is kept too.
   */
  position?: boolean;
  /** The whole text was set apart (bold or code): lower-case package names in it are names. */
  marked?: boolean;
}

// "C: Nakama", "Option D) WebRTC": the letter names the option, it is not the C language.
const OPTION_LETTER =
  /^(?:(?:option|variant|variante|opción|opção|opzione|opcja|вариант|案)\s*)?[A-H]\s*[:：)]\s+(?=\S)/i;

/** A name set apart (bold, code, a link, a heading) where a technology stands: read as one, known or not. */
export function parseSetApart(registry: Registry, name: string): Atom[] {
  return parseCompound(`\`${name}\``, {
    registry,
    allowUnknown: true,
    scanProse: false,
    position: true,
  });
}

/**
 * Reads a compound cell or list value: `A + B` and `A, B` are both chosen; `A / B` and
 * `A or B` are options; `A (B)` is a detail or a sub-choice; `X → Y` makes Y planned.
 */
export function parseCompound(input: string, options: CompoundOptions): Atom[] {
  let text = normalise(input);
  const wrapped = /^`[^`]+`$/.test(text);
  if (wrapped) text = text.slice(1, -1);
  const opts = wrapped ? { ...options, marked: true } : options;
  if (!text) return [];
  return arrowed(text, opts) ?? dashed(text, opts) ?? listed(text, opts);
}

/**
 * A bare address is never a name (its path segments would read as options), and
 * `fastapi>=0.109.0`, a requirement pin, is FastAPI 0.109.0; full-width brackets are brackets.
 */
function normalise(input: string): string {
  return input
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/(?<=[\w\]])\s*(?:>=|==|~=|<=|\^|~>)\s*(?=v?\d)/g, " ")
    .replace(/（/g, " (")
    .replace(/）/g, ")")
    .replace(/\s+/g, " ")
    .trim()
    .replace(OPTION_LETTER, "");
}

/** `Express → Fastify`: what the arrow points to is planned; a right side with no names describes. */
function arrowed(text: string, opts: CompoundOptions): Atom[] | undefined {
  const arrow = /\s*(?:→|->|=>|⇒)\s*/;
  if (!arrow.test(text)) return undefined;
  const [left, ...rest] = text.split(arrow);
  const right = rest.join(" ");
  const now = parseCompound(left, opts);
  const later = parseCompound(right, { ...opts, allowUnknown: false, scanProse: false });
  if (later.length) return [...now, ...later.map((a) => ({ ...a, role: "planned" as Role }))];
  return now.map((a) => ({ ...a, detail: a.detail ?? right }));
}

/** `Inngest 4 — 8 functions: a, b`: what follows a dash describes the name before it, commas and all. */
function dashed(text: string, opts: CompoundOptions): Atom[] | undefined {
  const m = /^([^,;]+?)\s+[—–]\s+(.+)$/.exec(text);
  if (!m || /[,;(]/.test(m[1]) || /^[^(]*\)/.test(m[2])) return undefined;
  const head = parseCompound(m[1], opts);
  return head.length ? withDescription(head, m[2], opts) : undefined;
}

/** `A, B + C · D`: every part is read; `A or B` makes them options; a name is kept once. */
function listed(text: string, opts: CompoundOptions): Atom[] {
  const orList = /(?:^|,\s*|\s)(or|o|ou|oder|или|lub|albo|oppure)\s+\S|(或|または|또는)/i.test(
    text,
  );
  // `Next.js 15 · React 18 · TypeScript 5`: a middle dot or bullet between names lists them too.
  const parts = splitTop(text, /^\s*(?:,|;|\s\+\s|\s[·•]\s|、|，|；)\s*/);
  // A lower-case word among names the registry knows is a package too: `axum, serde, tokio`.
  const bare = (p: string) =>
    p
      .replace(/[*`]/g, "")
      .replace(/^(via|with|using|and|or|plus)\s+/i, "")
      .trim();
  const listy = parts.length > 1 && parts.some((p) => resolveName(opts.registry, bare(p)));
  const seen = new Set<string>();
  const atoms = parts
    .flatMap((p) => parsePart(p, opts, listy))
    .filter((a) => {
      const key = a.tech?.id ?? a.name.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (orList && parts.length > 1) for (const a of atoms) if (!a.role) a.role = "option";
  return atoms;
}
