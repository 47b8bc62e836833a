import { toLayerId } from "../layers";
import type { Registry } from "../registry";
import type { Role, Technology } from "../schema";
import { cueAround, endsPhrase, PREFERRED_OVER } from "./roles";
import {
  hasConnector,
  isGeneric,
  isLicence,
  isNameLike,
  isVersionOnly,
  PLANNED,
  splitVersion,
  wordsOf,
} from "./text";

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
  /**
   * The text stands where a technology is expected (a layer's list, a Technology column): a
   * package name the registry lacks (`serde`, `@scope/pkg`, `gorilla/websocket`) is kept too.
   */
  position?: boolean;
  /** The whole text was set apart (bold or code): lower-case package names in it are names. */
  marked?: boolean;
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

// Words after a known name that qualify it rather than name another product: `Neon Serverless`.
const QUALIFIER =
  /^(sql|nosql|serverless|cloud|managed|self-hosted|hosted|community|enterprise|edition|sdk|api|apis|client|server|cli|lts|pro|free|free tier|stable|latest|core|runtime|engine|platform|service|services|db|database|cluster|instance|native|web|mobile|desktop|app|apps|dashboard|console|studio|plugin|plugins|extension|library|framework|toolkit|integration|(multibranch )?pipelines?|builds?|functions|bindings|starter|v\d.*)$/i;

/** `Node.js LTS` inside an aside: the known name, whatever qualifies it. */
function knownPrefix(registry: Registry, text: string): Technology | undefined {
  const found = resolvePrefix(registry, text);
  return found && QUALIFIER.test(splitVersion(found.rest).name) ? found.atom.tech : undefined;
}

/** `Next.js 14 App Router` → Next.js 14 with "App Router" as a detail; `Neon Serverless` → Neon. */
function resolvePrefix(registry: Registry, text: string): { atom: Atom; rest: string } | undefined {
  const words = wordsOf(text);
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(" ");
    const { name, version } = splitVersion(head);
    const tech = registry.lookup(head) ?? registry.lookup(name);
    if (!tech || (tech.ambiguous && !/^\p{Lu}/u.test(name))) continue;
    const rest = words.slice(k).join(" ");
    const restName = splitVersion(rest).name;
    // `Lucide React Native`: the last word and the rest name a product of their own (React Native).
    if (resolveName(registry, `${words[k - 1]} ${restName}`)) return undefined;
    const qualifier = QUALIFIER.test(restName);
    if (!qualifier && resolveName(registry, rest)) return undefined;
    // `Expo Router`: a capitalised word after the name makes another product, unless a version came between.
    if (!version && /^\p{Lu}/u.test(restName) && !qualifier) return undefined;
    return {
      atom: {
        ...toAtom(head, tech, registry),
        version: version ?? toAtom(head, tech, registry).version,
      },
      rest,
    };
  }
  return undefined;
}

// "A / B", "A or B" in the languages the parser reads: options, not both chosen.
const OR =
  /^\s*(?:\s\/\s|\/|\s+(?:or|o|ou|oder|или|lub|albo|oppure|أو)\s+|\s*(?:或|または|또는)\s*|\s+\|\s+)\s*/i;

/** `@trpc/client`, `gorilla/websocket`: one package, not two options. */
function isPackagePath(text: string): boolean {
  return (
    /^@[\w.-]+\/[\w.-]+$/.test(text) ||
    (/^[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/.test(text) && !/^(ci\/cd|tcp\/ip|i\/o)$/i.test(text))
  );
}

const PACKAGE = /^@?[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)?$/;

// Lower-case words that name what something does, not a package: "rules", "caching", "authentication".
const COMMON_WORD =
  /^[a-z]+(tion|sion|ment|ness|ity|ing|ings|ance|ence|ery|ics|ure|ures)$|^(rules?|workflows?|sessions?|auth|users?|data|jobs?|tasks?|events?|files?|images?|emails?|logs?|reports?|pages?|routes?|forms?|tables?|queues?|caches?|models?|views?|tests?|docs?|apis?|ui|ux|backend|frontend|server|client|web|mobile|desktop|cloud|local|remote|admin|core|main|misc|utils?|helpers?|common|shared|config|settings|env|prod|dev|staging|yes|no|none|other|etc|and|or|the|with|for|via)$/;

/** A lower-case package name in a technology position: `serde`, `react-pdf`, `@ant-design/icons`. */
function isPackageLike(name: string, marked: boolean, listy: boolean): boolean {
  if (!PACKAGE.test(name) || isGeneric(name) || name.length < 2 || COMMON_WORD.test(name))
    return false;
  return marked || listy || /[-_@/.\d]/.test(name);
}

/** `Easy AI/ML model integration` describes; `Coqui TTS / OpenAI TTS` names. */
function looksDescriptive(text: string): boolean {
  if (hasConnector(text)) return true;
  const words = wordsOf(text).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 4) return true;
  const joiner = /^(or|and|vs|o|ou|oder|или|lub|albo|e|y|und|et|i|и|或|または|또는|和|与)$/;
  const lower = words.filter((w) => /^\p{Ll}+$/u.test(w) && !joiner.test(w));
  // `npm o pnpm`, `axum or actix`: lower-case names joined by "or" still name things.
  return words.length >= 3 && lower.length > 0 && !(words.length === 3 && joiner.test(words[1]));
}

const CUE_ROLE = { "passed-over": "alternative", planned: "planned", chosen: undefined } as const;

/** Known names inside descriptive text; with `cues`, the words around each give its role. */
function scanAtoms(text: string, registry: Registry, cues = true): Atom[] {
  const hits = registry.scan(text);
  // "Vercel/Netlify for the dashboard": names joined by a slash or "or" are options.
  const joined = (a: number, b: number) =>
    /^\s*(\/|or|o|ou|oder|или|lub)\s*$/i.test(text.slice(a, b));
  // "because Apache 2.0 license is compatible": a licence named after a product is not the product.
  const licence = (h: { index: number; text: string }) => {
    const after = text.slice(h.index + h.text.length);
    return (
      /^\s*(v?\d[\d.]*)?\s*licen[cs]e/i.test(after) ||
      isLicence(h.text + (/^[\s-]*v?\d[\d.]*/.exec(after)?.[0] ?? ""))
    );
  };
  // "Apache Tika", "AWS Textract": a vendor's name before another capitalised word names its product.
  const vendorOf = (h: { index: number; text: string }) =>
    /^(apache|google|amazon|aws|microsoft|azure|hashicorp|nvidia|meta|ibm|oracle)$/i.test(h.text) &&
    /^ \p{Lu}/u.test(text.slice(h.index + h.text.length)) &&
    !hits.some((o) => o.index === h.index + h.text.length + 1);
  const atoms: Atom[] = hits
    .filter((h) => !licence(h) && !vendorOf(h))
    .map((h, i, kept) => {
      const after = text.slice(h.index + h.text.length);
      const prev = kept[i - 1];
      const next = kept[i + 1];
      const option =
        (prev && joined(prev.index + prev.text.length, h.index)) ||
        (next && joined(h.index + h.text.length, next.index));
      const over =
        prev &&
        PREFERRED_OVER.test(text.slice(prev.index + prev.text.length, h.index)) &&
        endsPhrase(after);
      const cue = over
        ? "passed-over"
        : cues
          ? cueAround(text.slice(0, h.index), after)
          : undefined;
      // `.NET 8 (C#) with …`: a version right after a name in running text is that name's.
      const version = /^\s+v?(\d+(?:\.\d+)*(?:\.x)?)(?![\p{L}\d.])/u.exec(after)?.[1];
      return {
        name: h.tech.name,
        tech: h.tech,
        raw: h.text,
        version,
        role: cue ? CUE_ROLE[cue] : option ? ("option" as Role) : undefined,
      };
    });
  // `NestJS with @nestjs/axios for aggregation`: a scoped package is a name wherever it stands.
  for (const m of text.matchAll(SCOPED_PACKAGE))
    if (!atoms.some((a) => a.raw.includes(m[0]))) atoms.push({ name: m[0], raw: m[0] });
  return atoms;
}

export const SCOPED_PACKAGE = /(?<![\w@/.])@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*[\w]/g;

const PAREN = /\(([^()]*)\)/g;

/** Every name is known and no two share a layer: they do different jobs (slots are too fine: Kafka/RabbitMQ). */
export function differentJobs(techs: Array<Technology | undefined>): boolean {
  if (techs.some((t) => !t)) return false;
  return new Set(techs.map((t) => t?.layer)).size === techs.length;
}

/** `Redis (managed) — via BullMQ`: the name before a dash, what follows describes it or adds to it. */
function parseDescribed(part: string, opts: CompoundOptions, listy: boolean): Atom[] | undefined {
  const m = /^(.+?)\s+[—–-]\s+(.+)$/.exec(part);
  if (!m || /^[^(]*\)/.test(m[2])) return undefined;
  const head = parsePart(m[1], opts, listy);
  if (!head.length) return undefined;
  const extra = scanAtoms(m[2], opts.registry, true).filter(
    (a) => !head.some((h) => h.tech?.id === a.tech?.id),
  );
  for (const a of head) a.detail = joinDetail(a.detail, m[2].trim());
  return [...head, ...extra];
}

function joinDetail(a: string | undefined, b: string): string {
  return a ? `${a}; ${b}` : b;
}

/** Reads one part (no top-level commas): parentheses, options, version, name. */
function parsePart(part: string, opts: CompoundOptions, listy = false): Atom[] {
  const marked = Boolean(opts.marked) || /`[^`]+`/.test(part);
  const described = /\s[—–-]\s/.test(part) ? parseDescribed(part, opts, listy) : undefined;
  if (described) return described;
  // Emphasis marks go; an underscore inside a name (`ex_money`, `pg_tde`) stays.
  let text = part
    .replace(
      /[*`]{1,3}(?=\S)|(?<=\S)[*`]{1,3}|(?<![\p{L}\p{N}])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\p{L}\p{N}])/gu,
      "",
    )
    .trim();
  text = text
    .replace(/^(?:or|and|plus|also)\s+/i, "")
    .replace(/[.。]+$/, "")
    .trim();
  if (!text) return [];
  // `App Routerを採用`, `Redis作为缓存`: the Latin name, then words in another script about it.
  const glued =
    /^([\p{Script=Latin}\d][\p{Script=Latin}\d .+#/-]*?)\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*)$/u.exec(
      text,
    );
  if (glued && !/[()（）]/.test(text)) {
    // `ESLint/Prettierの代替`, `Redis を採用`: the words after the name may say its role.
    const cue = cueAround("", glued[2]);
    const role = cue ? CUE_ROLE[cue] : undefined;
    return parsePart(glued[1], opts, listy).map((a) => ({
      ...a,
      detail: a.detail ?? glued[2],
      role: role ?? a.role,
    }));
  }
  let planned = false;
  const details: string[] = [];
  const subAtoms: Atom[] = [];
  let version: string | undefined;
  const withParens = text
    .replace(PAREN, (_, inner: string) => {
      const inside = inner.trim();
      if (isVersionOnly(inside)) version = inside;
      else if (PLANNED.test(inside)) {
        planned = true;
        if (wordsOf(inside).length > 1) details.push(inside);
      } else {
        const or = /^(?:or|e\.g\.?|eg|like|such as|alternatively)\s+|\/|\bor\b/i.test(inside);
        const cleaned = inside.replace(/^(?:or|e\.g\.?,?|eg|like|such as|alternatively)\s+/i, "");
        const subs = splitTop(cleaned, /^\s*(?:,|;|\s\+\s|\/|\s+or\s+)\s*/i).map((p) => ({
          p,
          tech: resolveName(opts.registry, p) ?? knownPrefix(opts.registry, p),
        }));
        // `QR codes (qrcode.react)`: where a technology is expected, a package name in parentheses is one.
        const named = (x: { p: string; tech?: Technology }) =>
          x.tech || (opts.position && /^@?[a-z0-9][a-z0-9-]*([./-][a-z0-9-]+){1,2}$/.test(x.p));
        // `Kotlin (JVM 17)`: a version beside the name in the aside is that name's.
        const sub = (x: { p: string; tech?: Technology }): Atom => {
          const { name, version } = splitVersion(x.p);
          const v = x.tech ? version : undefined;
          return {
            name: x.tech?.name ?? (v ? name : x.p),
            tech: x.tech,
            raw: v ? name : x.p,
            version: v,
            role: or ? "option" : undefined,
          };
        };
        if (subs.length && subs.every(named)) subAtoms.push(...subs.map(sub));
        else {
          // `Spring Boot (WebFlux + Security)`: the names in an aside count, the other words describe.
          if (opts.position && subs.length > 1)
            subAtoms.push(...subs.filter((x) => x.tech && !x.tech.ambiguous).map(sub));
          // `uni-app (基于 Vue 3)`, `Celery (replaces RQ)`: known names in a descriptive aside count, with their cue.
          else if (opts.scanProse)
            subAtoms.push(
              ...scanAtoms(inside, opts.registry).filter((a) => !a.tech?.ambiguous || a.version),
            );
          details.push(inside);
        }
      }
      return " ";
    })
    .replace(/\s+/g, " ")
    .trim();
  const trailing = /\s+(optional|later|in future|eventually)$/i;
  let outside = withParens;
  if (trailing.test(outside)) {
    planned = true;
    outside = outside.replace(trailing, "").trim();
  }

  const atoms: Atom[] = [];
  if (isLicence(outside)) return subAtoms;
  const whole = outside ? resolveName(opts.registry, outside) : undefined;
  // `Ruff & Black`, `Dotenv e Dotenv-expand`: "and" in any language joins two products when both are names.
  // `Python con FastAPI`: "with" in any language joins two products the same way, when both are names;
  // so does "via" after a known or set-apart name: `Tesseract via Tess4J` uses both.
  const pair = whole
    ? undefined
    : splitTop(outside, /^\s+(?:&|and|e|y|und|et|i|и|ve|oraz|with|con|mit|avec|com|z|с)\s+/i);
  const through = whole ? undefined : splitTop(outside, /^\s+(?:via|vía|über|через)\s+/i);
  const bothNames = (p: string) =>
    resolveName(opts.registry, p) || (opts.position && isNameLike(p));
  const viaKnown =
    through?.length === 2 &&
    (resolveName(opts.registry, through[0]) || (opts.marked && isNameLike(through[0]))) &&
    bothNames(through[1]);
  if ((pair && pair.length > 1 && pair.every(bothNames)) || viaKnown) {
    return (viaKnown ? (through ?? []) : (pair ?? []))
      .flatMap((p) => parsePart(p, opts, listy))
      .map((a) => (planned ? { ...a, role: "planned" as Role } : a));
  }
  const describe = !whole && looksDescriptive(outside);
  if (whole) atoms.push(toAtom(outside, whole, opts.registry));
  else if (describe) {
    if (opts.scanProse) atoms.push(...scanAtoms(outside, opts.registry));
  } else if (outside) {
    // `@googleapis/drive SDK`: the package, then a word for what kind of thing it is.
    const kindless = outside.replace(/\s+(sdk|client|library|lib|package|module|plugin)$/i, "");
    const options = isPackagePath(splitVersion(kindless).name) ? [kindless] : splitTop(outside, OR);
    const resolved = options
      .map((o) => ({ o, ...splitVersion(o) }))
      .map((x) => ({ ...x, tech: resolveName(opts.registry, x.o) }));
    // `React/Vite`: names in different layers (a UI framework, a bundler) are both chosen; only
    // names that could fill the same place (`Vercel/Netlify`) are options.
    const multiple =
      resolved.length > 1 &&
      !(
        /^[^|]*$/.test(outside) &&
        !/\bor\b|\s\|\s/i.test(outside) &&
        differentJobs(resolved.map((r) => r.tech))
      );
    for (const r of resolved) {
      const role: Role | undefined = multiple ? "option" : undefined;
      const prefix = r.tech ? undefined : resolvePrefix(opts.registry, r.o);
      // A category written in a caseless script (云存储 "cloud storage") is no product's name.
      const category =
        /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]+$/u.test(
          r.name,
        ) && Boolean(toLayerId(r.name));
      const unknownOk = opts.allowUnknown && !isGeneric(r.name) && !category;
      if (r.tech) atoms.push({ ...toAtom(r.o, r.tech, opts.registry), role });
      else if (prefix) atoms.push({ ...prefix.atom, detail: prefix.rest, role });
      // `pgx (PostgreSQL)`: a package named with what it reaches is a package, however short.
      else if (
        unknownOk &&
        (isNameLike(r.name) ||
          (opts.position && isPackageLike(r.name, marked, listy || subAtoms.some((x) => x.tech))))
      ) {
        atoms.push({ name: r.name, version: r.version, raw: r.o, role });
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
  // `Tailwind CSS v4` is a version even where the registry spells the whole as an alias.
  const separate =
    version !== undefined &&
    registry.lookup(name)?.id === tech.id &&
    (registry.lookup(text)?.id !== tech.id || /^v\d/i.test(version));
  return { name: tech.name, tech, version: separate ? version : undefined, raw: text };
}

/**
 * Reads a compound cell or list value: `A + B` and `A, B` are both chosen; `A / B` and
 * `A or B` are options; `A (B)` is a detail or a sub-choice; `X → Y` makes Y planned.
 */
// "C: Nakama", "Option D) WebRTC": the letter names the option, it is not the C language.
const OPTION_LETTER =
  /^(?:(?:option|variant|variante|opción|opção|opzione|opcja|вариант|案)\s*)?[A-H]\s*[:：)]\s+(?=\S)/i;

export function parseCompound(input: string, options: CompoundOptions): Atom[] {
  // A bare address is never a name (its path segments would read as options), and
  // `fastapi>=0.109.0`, a requirement pin, is FastAPI 0.109.0.
  let text = input
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/(?<=[\w\]])\s*(?:>=|==|~=|<=|\^|~>)\s*(?=v?\d)/g, " ")
    .replace(/（/g, " (")
    .replace(/）/g, ")")
    .replace(/\s+/g, " ")
    .trim()
    .replace(OPTION_LETTER, "");
  const wrapped = /^`[^`]+`$/.test(text);
  if (wrapped) text = text.slice(1, -1);
  const opts = wrapped ? { ...options, marked: true } : options;
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
  // `Inngest 4 — 8 functions: a, b`: what follows a dash describes the name before it, commas and all.
  const dashed = /^([^,;]+?)\s+[—–]\s+(.+)$/.exec(text);
  if (dashed && !/[,;(]/.test(dashed[1]) && !/^[^(]*\)/.test(dashed[2])) {
    const head = parseCompound(dashed[1], opts);
    const extra = scanAtoms(dashed[2], opts.registry, true).filter(
      (a) => !head.some((h) => h.tech?.id === a.tech?.id),
    );
    for (const a of head) a.detail = joinDetail(a.detail, dashed[2].trim());
    if (head.length) return [...head, ...extra];
  }
  const orList = /(?:^|,\s*)(or|o|ou|oder|или|lub|albo|oppure)\s+\S|(或|または|또는)/i.test(text);
  // `Next.js 15 · React 18 · TypeScript 5`: a middle dot or bullet between names lists them too.
  const parts = splitTop(text, /^\s*(?:,|;|\s\+\s|\s[·•]\s|、|，|；)\s*/);
  const seen = new Set<string>();
  // A lower-case word among names the registry knows is a package too: `axum, serde, tokio`.
  const listy =
    parts.length > 1 &&
    parts.some((p) =>
      resolveName(
        opts.registry,
        p
          .replace(/[*`]/g, "")
          .replace(/^(via|with|using|and|or|plus)\s+/i, "")
          .trim(),
      ),
    );
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
