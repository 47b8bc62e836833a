// Resolving the words of a cell to names: the registry, its prefixes, packages, what only describes.
import type { Registry } from "../registry";
import type { Technology } from "../schema";
import type { Atom } from "./compound";
import { hasConnector, isGeneric, splitVersion, wordsOf } from "./text";

// A word after a name that says what kind of thing it is; `unpkg-CDN` joins it with a dash.
const GENERIC_SUFFIX =
  /(?:\s+|-(?=cdn$))(ide|api|apis|sdk|cli|models?|workspaces?|cluster|server|extension|stack|framework|library|engine|services?|platform|integration|client|database|db|cache|editor|runtime|orm|toolkit|app|apps|cdn)$/i;

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
  // `AWS Textract` or `Amazon Textract`: writers use either for the same service.
  const cloud = /^(aws|amazon)\s+(.+)$/i.exec(name.trim());
  const swapped = cloud
    ? registry.lookup(`${/^aws$/i.test(cloud[1]) ? "Amazon" : "AWS"} ${cloud[2]}`)
    : undefined;
  if (swapped) return swapped;
  // `OkHttp3`, `bootstrap5`: a major version glued to a name the registry knows.
  const glued = /^(.{3,}[a-z])\d$/i.exec(name.trim());
  const base = glued ? registry.lookup(glued[1]) : undefined;
  if (base && !/\d$/.test(base.name)) return base;
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
  /^(sql|nosql|serverless|cloud|managed|self-hosted|hosted|community|enterprise|edition|sdk|api|apis|client|server|cli|lts|pro|free|free tier|stable|latest|core|runtime|engine|platform|service|services|db|database|cluster|instance|native|web|mobile|desktop|app|apps|dashboard|console|studio|plugin|plugins|extension|library|framework|toolkit|integration|(multibranch )?pipelines?|builds?|functions|bindings|starter|web api|rest api|ssl|tls|https|dns|cdn|certs?|certificates?|v\d.*)$/i;

/** `Node.js LTS` inside an aside: the known name, whatever qualifies it. */
export function knownPrefix(registry: Registry, text: string): Technology | undefined {
  const found = resolvePrefix(registry, text);
  return found && QUALIFIER.test(splitVersion(found.rest).name) ? found.atom.tech : undefined;
}

/** `Next.js 14 App Router` → Next.js 14 with "App Router" as a detail; `Neon Serverless` → Neon. */
export function resolvePrefix(
  registry: Registry,
  text: string,
): { atom: Atom; rest: string; language: boolean } | undefined {
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
    // `LangGraph TypeScript`, `OpenAI Python`: a language after a library names its flavour.
    const language = registry.lookup(restName)?.layer === "language";
    const flavour = language && !["language", "data"].includes(tech.layer);
    const qualifier = QUALIFIER.test(restName) || flavour;
    if (!qualifier && resolveName(registry, rest)) return undefined;
    // `Expo Router`: a capitalised word after the name makes another product, unless a version came between.
    if (!version && /^\p{Lu}/u.test(restName) && !qualifier) return undefined;
    const atom = toAtom(head, tech, registry);
    return { atom: { ...atom, version: version ?? atom.version }, rest, language };
  }
  return undefined;
}

// "A / B", "A or B" in the languages the parser reads: options, not both chosen.
export const OR =
  /^\s*(?:\s\/\s|\/|\s+(?:or|o|ou|oder|или|lub|albo|oppure|أو)\s+|\s*(?:或|または|또는)\s*|\s+\|\s+)\s*/i;

/** `@trpc/client`, `gorilla/websocket`: one package, not two options. */
export function isPackagePath(text: string): boolean {
  return (
    /^@[\w.-]+\/[\w.-]+$/.test(text) ||
    (/^[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/.test(text) && !/^(ci\/cd|tcp\/ip|i\/o)$/i.test(text))
  );
}

export const PACKAGE = /^@?[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)?$/;

// Lower-case words that name what something does, not a package: "rules", "caching", "authentication".
const COMMON_WORD =
  /^[a-z]+(tion|sion|ment|ness|ity|ing|ings|ance|ence|ery|ics|ure|ures)$|^(rules?|workflows?|sessions?|auth|users?|data|jobs?|tasks?|events?|files?|images?|emails?|logs?|reports?|pages?|routes?|forms?|tables?|queues?|caches?|models?|views?|tests?|docs?|apis?|ui|ux|backend|frontend|server|client|web|mobile|desktop|cloud|local|remote|admin|core|main|misc|utils?|helpers?|common|shared|config|settings|env|prod|dev|staging|yes|no|none|other|etc|and|or|the|with|for|via)$/;

/** A lower-case package name in a technology position: `serde`, `react-pdf`, `@ant-design/icons`. */
export function isPackageLike(name: string, marked: boolean, listy: boolean): boolean {
  if (!PACKAGE.test(name) || isGeneric(name) || name.length < 2 || COMMON_WORD.test(name))
    return false;
  return marked || listy || /[-_@/.\d]/.test(name);
}

/** `Easy AI/ML model integration` describes; `Coqui TTS / OpenAI TTS` names. */
export function looksDescriptive(text: string): boolean {
  if (hasConnector(text)) return true;
  const words = wordsOf(text).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 4) return true;
  const joiner = /^(or|and|vs|o|ou|oder|или|lub|albo|e|y|und|et|i|и|或|または|또는|和|与)$/;
  const lower = words.filter((w) => /^\p{Ll}+$/u.test(w) && !joiner.test(w));
  // `npm o pnpm`, `axum or actix`: lower-case names joined by "or" still name things.
  return words.length >= 3 && lower.length > 0 && !(words.length === 3 && joiner.test(words[1]));
}

export const SCOPED_PACKAGE = /(?<![\w@/.])@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*[\w]/g;

/** Every name is known and no two share a layer: they do different jobs (slots are too fine: Kafka/RabbitMQ). */
export function differentJobs(techs: Array<Technology | undefined>): boolean {
  if (techs.some((t) => !t)) return false;
  return new Set(techs.map((t) => t?.layer)).size === techs.length;
}

export function toAtom(text: string, tech: Technology, registry: Registry): Atom {
  const { name, version } = splitVersion(text);
  // `OAuth 2.0`, `Llama 3`: the number is part of a name the registry knows, not a version.
  // `Tailwind CSS v4` is a version even where the registry spells the whole as an alias.
  const separate =
    version !== undefined &&
    registry.lookup(name)?.id === tech.id &&
    (registry.lookup(text)?.id !== tech.id || /^v\d/i.test(version));
  return { name: tech.name, tech, version: separate ? version : undefined, raw: text };
}
