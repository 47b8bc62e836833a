// One part of a compound cell (no top-level commas): asides, joined names, options, a version.
import { toLayerId } from "../layers";
import { toKey } from "../registry";
import type { Role, Technology } from "../schema";
import type { Atom, CompoundOptions } from "./compound";
import { CATEGORY_WORD } from "./item-words";
import {
  differentJobs,
  isPackageLike,
  isPackagePath,
  knownPrefix,
  looksDescriptive,
  OR,
  resolveName,
  resolvePrefix,
  splitTop,
  toAtom,
} from "./names";
import { cueAround, inCondition } from "./roles";
import { CUE_ROLE, scanAtoms } from "./scan";
import {
  DEFERRED_WORDS,
  isGeneric,
  isLicence,
  isNameLike,
  isVersionOnly,
  PLANNED,
  splitVersion,
  wordsOf,
} from "./text";

const PAREN = /\(([^()]*)\)/g;

/** What the asides of a part said, and the words outside them. */
interface Asides {
  outside: string;
  version?: string;
  planned: boolean;
  /** `(unchanged)`, `(already adopted)`: in a plan, what stays as it runs today. */
  kept?: boolean;
  details: string[];
  subAtoms: Atom[];
}

// "MUI v5 (unchanged)" under a target stack: kept from today's stack, so chosen, not planned.
const KEPT =
  /^(unchanged|no change|as (is|today)|kept|keep|existing|current|already (adopted|in use|used)|bleibt|unverändert|sin cambios|se mantiene|inchangé|conservé|sem alterações|mantido|invariato|bez zmian|без изменений|не меняется|不变|保持不变|変更なし|そのまま|변경 없음|유지)$/i;
// "(can migrate later)", "(easy to swap out later)": a choice in use that may change one day.
const CHANGEABLE =
  /\b(migrat\w*|extract\w*|switch\w*|swap\w*|replac\w*|mov(e|ing)|upgrad\w*|split\w*|scal(e|ing))\b(\s+\w+){0,2}\s+(later|eventually)\b/i;

/** Reads one part (no top-level commas): parentheses, options, version, name. */
export function parsePart(part: string, opts: CompoundOptions, listy = false): Atom[] {
  const marked = Boolean(opts.marked) || /`[^`]+`/.test(part);
  const described = /\s[—–-]\s/.test(part) ? parseDescribed(part, opts, listy) : undefined;
  if (described) return described;
  const text = stripMarks(part);
  if (!text) return [];
  const glued = gluedToScript(text, opts, listy) ?? asideEach(text, opts, listy);
  if (glued) return glued;
  const asides = readAsides(text, opts);
  const { outside, planned, subAtoms } = asides;
  if (isLicence(outside)) return subAtoms;
  const whole = outside ? resolveName(opts.registry, outside) : undefined;
  const joined = whole ? undefined : joinedNames(outside, opts);
  if (joined)
    return joined
      .flatMap((p) => parsePart(p, opts, listy))
      .map((a) => (planned ? { ...a, role: "planned" as Role } : a));
  let atoms: Atom[] = [];
  const sentence = !whole && looksDescriptive(outside);
  if (whole) atoms = [toAtom(outside, whole, opts.registry)];
  else if (sentence) atoms = opts.scanProse ? scanAtoms(outside, opts.registry) : [];
  else if (outside) atoms = namesIn(outside, opts, marked, listy || subAtoms.some((x) => x.tech));
  // `Charts (recharts)`, `Auth (next-auth or lucia)`: a category before the names in its aside.
  if (!whole && subAtoms.length && wordsOf(outside).every((w) => CATEGORY_WORD.test(w))) atoms = [];
  // `MemorySaver (dev) / PostgresSaver (prod)`: one name per environment, each of them used.
  if (perEnvironment(asides.details))
    for (const a of atoms) if (a.role === "option") a.role = undefined;
  // In a sentence an aside says something of the words just before it, not of every name in it.
  const settled = settle(atoms, sentence ? { ...asides, details: [] } : asides);
  // "If it is hosted by a provider (Neon, Supabase)": what a condition names is weighed, not chosen.
  return !atoms.length && inCondition(`${text.split("(")[0]} `)
    ? settled.map((a) => (a.role ? a : { ...a, role: "option" as Role }))
    : settled;
}

/** `SQLite (dev) / PostgreSQL (prod)`: names joined by a slash, each with its own aside, keep their own. */
function asideEach(text: string, opts: CompoundOptions, listy: boolean): Atom[] | undefined {
  const sides = splitTop(text, /^\s*\/\s*/);
  if (sides.length < 2 || !sides.every((side) => /^[^()]+\([^()]+\)$/.test(side.trim())))
    return undefined;
  const atoms = sides.map((side) => parsePart(side, opts, listy));
  if (atoms.some((a) => a.length !== 1)) return undefined;
  // One per environment, each is used; otherwise the slash weighs them.
  const each = perEnvironment(sides.map((side) => /\(([^()]+)\)/.exec(side)?.[1] ?? ""));
  return atoms.flat().map((a) => (a.role || each ? a : { ...a, role: "option" }));
}

/** `Redis (managed) — via BullMQ`: the name before a dash, what follows describes it or adds to it. */
function parseDescribed(part: string, opts: CompoundOptions, listy: boolean): Atom[] | undefined {
  const m = /^(.+?)\s+[—–-]\s+(.+)$/.exec(part);
  if (!m || /^[^(]*\)/.test(m[2])) return undefined;
  const head = parsePart(m[1], opts, listy);
  return head.length ? withDescription(head, m[2], opts) : undefined;
}

/** What follows a dash describes the names before it, and may name more (`— via BullMQ`). */
export function withDescription(head: Atom[], description: string, opts: CompoundOptions): Atom[] {
  const extra = scanAtoms(description, opts.registry, true).filter(
    (a) => !head.some((h) => h.tech?.id === a.tech?.id),
  );
  for (const a of head) a.detail = joinDetail(a.detail, description.trim());
  return [...head, ...extra];
}

export function joinDetail(a: string | undefined, b: string): string {
  return a ? `${a}; ${b}` : b;
}

/** Emphasis marks go; an underscore inside a name (`ex_money`, `pg_tde`) stays; so do leading joiners. */
function stripMarks(part: string): string {
  return part
    .replace(
      /[*`]{1,3}(?=\S)|(?<=\S)[*`]{1,3}|(?<![\p{L}\p{N}])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\p{L}\p{N}])/gu,
      "",
    )
    .trim()
    .replace(/^(?:or|and|plus|also)\s+/i, "")
    .replace(/[.。]+$/, "")
    .trim();
}

/** `App Routerを採用`, `Redis作为缓存`: the Latin name, then words in another script about it. */
function gluedToScript(text: string, opts: CompoundOptions, listy: boolean): Atom[] | undefined {
  // `Next.js内蔵ビルド (フロントエンド用)`: an aside after the glued words is the aside of them all.
  const aside = /^([^()]+?)\s*(\([^()]*\))$/.exec(text);
  if (aside) {
    const atoms = gluedToScript(aside[1], opts, listy);
    return atoms && settle(atoms, readAsides(aside[2], opts));
  }
  const glued =
    /^([\p{Script=Latin}\d][\p{Script=Latin}\d .+#/-]*?)\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*)$/u.exec(
      text,
    );
  if (!glued || /[()（）]/.test(text)) return undefined;
  // `uni-app 内置组件或 uni-ui`: an "or" in the script after the name weighs two options.
  const weighed = splitTop(text, /^\s*(?:或者?|または|또는)\s*/);
  if (weighed.length > 1 && /^[\p{Script=Latin}\d@]/u.test(weighed[1]))
    return weighed
      .flatMap((p) => parsePart(p, opts, listy))
      .map((a) => ({ ...a, role: a.role ?? ("option" as Role) }));
  // `ESLint/Prettierの代替`, `Redis を採用`: the words after the name may say its role.
  const cue = cueAround("", glued[2]);
  const role = cue ? CUE_ROLE[cue] : undefined;
  return parsePart(glued[1], opts, listy).map((a) => ({
    ...a,
    detail: a.detail ?? gluedDetail(glued[2]),
    role: role ?? a.role,
  }));
}

/**
 * What the glued words say of the name, without the particle that ties them to it (`Vite는 …`).
 * A Korean first sentence of how it is (`빠르고 가볍습니다`, "is fast and light") says nothing of
 * its job; one of what it is (`CDN 서비스입니다`, "is a CDN service") does.
 */
function gluedDetail(words: string): string | undefined {
  const said = words.replace(/^(은|는|이|가|을|를|의|에서|에|으로|로|와|과|도|만)\s+/u, "");
  const first = said.split(/(?<=[.。!])\s+/u)[0];
  return /((?<!입)니다|어요|아요|해요)[.。!]?$/u.test(first) ? undefined : said;
}

/** Takes the asides out of a part: versions, "planned", names in them, and words that describe. */
function readAsides(text: string, opts: CompoundOptions): Asides {
  const asides: Asides = { outside: "", planned: false, details: [], subAtoms: [] };
  const rest = text
    .replace(PAREN, (_, inner: string) => {
      readAside(inner.trim(), opts, asides);
      return " ";
    })
    .replace(/\s+/g, " ")
    .trim();
  const trailing = new RegExp(`\\s+(optional|later|in future|eventually|${DEFERRED_WORDS})$`, "i");
  asides.planned ||= trailing.test(rest);
  asides.outside = rest.replace(trailing, "").trim();
  return asides;
}

function readAside(inside: string, opts: CompoundOptions, asides: Asides): void {
  // `(v16, planned)`, `(3.2; managed)`: a version first, then what else the aside says.
  const [first, ...more] = inside.split(/\s*[,;]\s*/);
  if (more.length && isVersionOnly(first)) {
    asides.version ??= first;
    const rest = more.join(", ");
    if (!/^(lts|stable|latest|current)$/i.test(rest)) readAside(rest, opts, asides);
  } else if (isVersionOnly(inside)) asides.version ??= inside;
  // `(Apache 2.0)`, `(MIT)`: a licence, never the product it is named after, nor what it is for.
  else if (isLicence(inside)) return;
  else if (KEPT.test(inside)) {
    asides.kept = true;
    asides.details.push(inside);
  } else if (CHANGEABLE.test(inside)) asides.details.push(inside);
  else if (PLANNED.test(inside)) {
    asides.planned = true;
    if (wordsOf(inside).length > 1) asides.details.push(inside);
  } else asideNames(inside, opts, asides);
}

type Sub = { p: string; tech?: Technology; option?: boolean };

/** `(qrcode.react)`, `(or Svelte)`, `(WebFlux + Security)`, `(基于 Vue 3)`: names in an aside. */
function asideNames(inside: string, opts: CompoundOptions, asides: Asides): void {
  // "(or Svelte)", "(e.g. A, B)", "(A, B or C)": every name is an option. A slash weighs only the
  // names it joins: in "(Vite + TS / JS)", Vite is chosen.
  const or = /^(?:or|e\.g\.?,?|eg|like|such as|alternatively)\s+|\bor\b/i.test(inside);
  const cleaned = inside.replace(/^(?:or|e\.g\.?,?|eg|like|such as|alternatively)\s+/i, "");
  const subs: Sub[] = splitTop(cleaned, /^\s*(?:,|;|[:：]|\s\+\s)\s*/).flatMap((group) => {
    const parts = splitTop(group, /^\s*(?:\/|\s+or\s+)\s*/i);
    return parts.map((p) => ({
      p,
      tech: resolveName(opts.registry, p) ?? knownPrefix(opts.registry, p),
      option: or || parts.length > 1,
    }));
  });
  // `QR codes (qrcode.react)`: where a technology is expected, a package name in parentheses is one.
  const named = (x: Sub) =>
    x.tech || (opts.position && /^@?[a-z0-9][a-z0-9-]*([./-][a-z0-9-]+){1,2}$/.test(x.p));
  const toSub = (x: Sub) => asideAtom(x, x.option);
  if (subs.length && subs.every(named)) return void asides.subAtoms.push(...subs.map(toSub));
  // `Spring Boot (WebFlux + Security)`: the names in an aside count, the other words describe.
  // A capitalised everyday word is a name in a list of two or more names ("Anthropic, OpenAI").
  const listed = subs.filter((x) => x.tech).length >= 2;
  const sure = (x: Sub) => x.tech && (!x.tech.ambiguous || (listed && /^\p{Lu}/u.test(x.p.trim())));
  if (opts.position && subs.length > 1) asides.subAtoms.push(...subs.filter(sure).map(toSub));
  // `uni-app (基于 Vue 3)`, `Celery (replaces RQ)`: known names in a descriptive aside count, with their cue.
  else if (opts.scanProse)
    asides.subAtoms.push(
      ...scanAtoms(inside, opts.registry).filter((a) => !a.tech?.ambiguous || a.version),
    );
  asides.details.push(inside);
}

/** `Kotlin (JVM 17)`: a version beside the name in the aside is that name's. */
function asideAtom(x: Sub, or = false): Atom {
  const { name, version } = splitVersion(x.p);
  const v = x.tech ? version : undefined;
  return {
    name: x.tech?.name ?? (v ? name : x.p),
    tech: x.tech,
    raw: v ? name : x.p,
    version: v,
    role: or ? "option" : undefined,
  };
}

/**
 * `Ruff & Black`, `Dotenv e Dotenv-expand`: "and" in any language joins two products when both are
 * names; so does "with" (`Python con FastAPI`), and "via" after a known or set-apart name
 * (`Tesseract via Tess4J` uses both).
 */
function joinedNames(outside: string, opts: CompoundOptions): string[] | undefined {
  const pair = splitTop(
    outside,
    /^\s+(?:&|and|e|y|und|et|i|и|ve|oraz|with|con|mit|avec|com|z|с)\s+/i,
  );
  const through = splitTop(outside, /^\s+(?:via|vía|über|через)\s+/i);
  const isName = (p: string) => resolveName(opts.registry, p) || (opts.position && isNameLike(p));
  const viaKnown =
    through.length === 2 &&
    (resolveName(opts.registry, through[0]) || (opts.marked && isNameLike(through[0]))) &&
    isName(through[1]);
  if (viaKnown) return through;
  // `**Nodemon e sucrase**`: beside a known name, a set-apart lower-case package is a name too.
  const known = pair.filter((p) => resolveName(opts.registry, p)).length;
  const isPackage = (p: string) =>
    known > 0 && Boolean(opts.marked) && /^\S{4,}$/.test(p) && isPackageLike(p, true, false);
  return pair.length > 1 && pair.every((p) => isName(p) || isPackage(p)) ? pair : undefined;
}

/** The names a part gives outside its asides: one, or options (`A / B`, `A or B`). */
function namesIn(outside: string, opts: CompoundOptions, marked: boolean, listy: boolean): Atom[] {
  // `@googleapis/drive SDK`: the package, then a word for what kind of thing it is.
  const kindless = outside.replace(/\s+(sdk|client|library|lib|package|module|plugin)$/i, "");
  const options = isPackagePath(splitVersion(kindless).name) ? [kindless] : splitTop(outside, OR);
  const resolved = options
    .map((o) => ({ o, ...splitVersion(o) }))
    .map((x) => ({ ...x, tech: resolveName(opts.registry, x.o) }));
  // `React/Vite`: names in different layers (a UI framework, a bundler) are both chosen; only
  // names that could fill the same place (`Vercel/Netlify`) are options.
  // `Docker / Docker Compose`, `Git/GitHub`: a product and its kin, named together, are both used.
  const slashOnly = /^[^|]*$/.test(outside) && !/\bor\b|\s\|\s/i.test(outside);
  const techs = resolved.map((r) => r.tech);
  const multiple =
    resolved.length > 1 && !(slashOnly && (differentJobs(techs) || sameFamily(techs)));
  const role: Role | undefined = multiple ? "option" : undefined;
  return resolved.flatMap((r) => nameAtoms(r, role, opts, marked, listy));
}

/** Known names where each after the first begins with the first's name: `Git`, `GitHub`. */
function sameFamily(techs: Array<Technology | undefined>): boolean {
  const [first, ...rest] = techs.map((t) => t && toKey(t.name));
  return (
    Boolean(first) &&
    rest.length > 0 &&
    rest.every((k) => k && k !== first && k.startsWith(first ?? ""))
  );
}

type Resolved = { o: string; name: string; version?: string; tech?: Technology };

/** One option's atoms: a known name, a known name with a qualifier, an unknown product, or a scan. */
function nameAtoms(
  r: Resolved,
  role: Role | undefined,
  opts: CompoundOptions,
  marked: boolean,
  listy: boolean,
): Atom[] {
  if (r.tech) return [{ ...toAtom(r.o, r.tech, opts.registry), role }];
  const prefix = resolvePrefix(opts.registry, r.o);
  // `LangGraph TypeScript`: the library; the language only names the flavour it comes in.
  if (prefix) return [{ ...prefix.atom, detail: prefix.language ? undefined : prefix.rest, role }];
  const pair = twoKnown(opts, r.o);
  if (pair) return pair.map((a) => ({ ...a, role }));
  const described = afterDescribingWord(opts, r.o);
  if (described) return [{ ...described, role }];
  // A category written in a caseless script (云存储 "cloud storage") is no product's name.
  const category =
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]+$/u.test(r.name) &&
    Boolean(toLayerId(r.name));
  const unknownOk = opts.allowUnknown && !isGeneric(r.name) && !category;
  // `pgx (PostgreSQL)`: a package named with what it reaches is a package, however short.
  const nameLike = isNameLike(r.name) || (opts.position && isPackageLike(r.name, marked, listy));
  if (unknownOk && nameLike) return [{ name: r.name, version: r.version, raw: r.o, role }];
  return opts.scanProse ? scanAtoms(r.o, opts.registry) : [];
}

/** The asides' version, detail and "planned" go to the names; sub-names follow the first name's role. */
function settle(atoms: Atom[], { version, planned, kept, details, subAtoms }: Asides): Atom[] {
  const detail = details.join("; ") || undefined;
  for (const a of atoms) {
    if (version && !a.version) a.version = version;
    if (detail && !a.detail) a.detail = detail;
    if (planned) a.role = "planned";
    else if (kept) a.kept = true;
  }
  for (const s of subAtoms) {
    if (planned) s.role = "planned";
    else if (!s.role && atoms[0]?.role) s.role = atoms[0].role;
  }
  return [...atoms, ...subAtoms];
}

const ENVIRONMENT =
  /^(dev|development|local|test|testing|ci|staging|stage|prod|production|live|desarrollo|producción|produção|entwicklung|produktion|développement|開発|本番|开发|生产|개발|운영|разработка|прод|продакшн)$/i;

/** `(dev)`, `(prod)`: two or more asides that each name an environment, one name per environment. */
function perEnvironment(asides: string[]): boolean {
  return asides.length >= 2 && asides.every((a) => ENVIRONMENT.test(a));
}

const FLAVOUR_SLOTS = new Set([
  "ui-framework",
  "mobile-framework",
  "meta-framework",
  "web-framework",
]);

// Words that say which or what kind before a known name: `Separate Node.js API`, `Modelli SQLModel`.
const DESCRIBING =
  /^(vanilla|pure|separate|dedicated|custom|managed|self-hosted|hosted|local|remote|shared|single|own|simple|basic|plain|official|standard|default|embedded|internal|external|existing|modern|legacy|models?|modelli|modèles?|modelos?|modelle|modele|модели|separat[eo]|dedicad[oa]|dedicat[oa]|dédiée?|gestionad[oa]|gerenciad[oa]|gestit[oa]|verwaltete[rs]?|gérée?|zarządzan[ya]|lokaln[ya])$/i;

/** `Separate Node.js API` → Node.js; the describing word says nothing of what it is for. */
function afterDescribingWord(opts: CompoundOptions, text: string): Atom | undefined {
  const [first, ...rest] = wordsOf(text);
  if (!first || !rest.length || !DESCRIBING.test(first)) return undefined;
  const tech = resolveName(opts.registry, rest.join(" "));
  return tech ? toAtom(rest.join(" "), tech, opts.registry) : undefined;
}

/** `Supabase PostgreSQL`, `Neon Postgres`: a platform and the product it runs, both known, both used. */
function twoKnown(opts: CompoundOptions, text: string): Atom[] | undefined {
  const words = wordsOf(text);
  for (let k = 1; k < words.length; k++) {
    const [a, b] = [words.slice(0, k).join(" "), words.slice(k).join(" ")];
    const ta = resolveName(opts.registry, a);
    const tb = resolveName(opts.registry, b);
    if (!ta || !tb || ta.id === tb.id || ta.ambiguous || tb.ambiguous) continue;
    // `Lucide React Native`, `Sentry Python`: a framework or language after a name is its flavour.
    if (FLAVOUR_SLOTS.has(tb.slot ?? "") || tb.layer === "language") continue;
    if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) continue;
    return [toAtom(a, ta, opts.registry), toAtom(b, tb, opts.registry)];
  }
  return undefined;
}
