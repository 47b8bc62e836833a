import type { Paragraph, PhrasingContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import { toKey } from "../registry";
import type { Atom } from "./compound";
import { parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import { resolveName } from "./names";
import { isNameLike, isVersionOnly } from "./text";

// Static badges carry what their author typed; dynamic ones (`/github/…`, `/npm/v/…`) describe the project itself.
const STATIC_BADGE =
  /^https?:\/\/(?:img\.)?shields\.io\/(?:badge|static\/v1)\b|^https?:\/\/badgen\.net\/badge\/|^https?:\/\/forthebadge\.com\//i;
const ANY_BADGE =
  /shields\.io|badgen\.net|forthebadge\.com|badge\.fury\.io|travis-ci|circleci\.com|codecov\.io|coveralls\.io|github\.com\/[^/]+\/[^/]+\/(actions\/)?workflows?\/|badge(s)?\b/i;
// Badges about the project, not its stack.
const PROJECT_BADGE =
  /^(licen[cs]e|build|ci|coverage|tests?|passing|status|version|release|downloads?|stars?|forks?|issues|prs?|pull requests|prs welcome|contributors|contributions|maintained|maintenance|chat|discord|twitter|x|linkedin|mastodon|bluesky|youtube|instagram|facebook|telegram|reddit|medium|dev\.to|email|e-mail|gmail|mail|contact|portfolio|follow|sponsor|donate|ko-?fi|patreon|code style|commitizen|semantic-release|last commit|commit activity|size|docs?|documentation|website|demo|live demo|awesome|hacktoberfest|open source|visitors|views|uptime|quality gate|made with love|made by .*|created by .*|maintained by .*|platform|os|license: .*|author|deploy(ed)?|online|stability|project status|wip|beta|alpha)$/i;
const LEAD =
  /^(made with|built with|powered by|uses?|using|written in|language|framework|database|runtime|frontend|backend|stack|tech|styled with|tested with|deployed on|hosted on)$/i;

/** `Vue.js-3.5-4FC08D` → label, message; `--` is a dash and `_` a space in shields' syntax. */
function badgeParts(url: string): { label?: string; message?: string; logo?: string } {
  const u = safeUrl(url);
  if (!u) return {};
  const logo = u.searchParams.get("logo") ?? undefined;
  if (/static\/v1/.test(u.pathname))
    return {
      label: u.searchParams.get("label") ?? undefined,
      message: u.searchParams.get("message") ?? undefined,
      logo,
    };
  const path = u.pathname.replace(/\.(svg|png)$/i, "");
  // badgen.net: `/badge/:label/:status/:color`, each part its own segment.
  const badgen = /^\/badge\/([^/]*)\/([^/]+)/.exec(path);
  if (u.hostname === "badgen.net" && badgen)
    return { label: safeDecode(badgen[1]) || undefined, message: safeDecode(badgen[2]), logo };
  const last = path.split("/").pop() ?? "";
  // forthebadge.com: `made-with-python`, words joined by dashes.
  const phrase = /^(.*?\b(?:with|by|in|on|uses?|using))-(.+)$/.exec(last);
  if (u.hostname === "forthebadge.com" && phrase)
    return { label: phrase[1].replace(/-/g, " "), message: phrase[2].replace(/-/g, " ") };
  const decoded = safeDecode(last);
  const parts = decoded.split(/(?<!-)-(?!-)/).map((p) =>
    p
      .replace(/--/g, "-")
      .replace(/__/g, "\u0000")
      .replace(/_/g, " ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL stands in for an escaped underscore
      .replace(/\u0000/g, "_")
      .trim(),
  );
  if (parts.length >= 3) return { label: parts[0], message: parts.slice(1, -1).join("-"), logo };
  return { label: undefined, message: parts[0], logo };
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Percent-escapes decoded; a broken one (`%E0%A4`, half a character) is dropped, not kept as text. */
function safeDecode(text: string): string {
  return text.replace(/(%[0-9a-f]{2})+/gi, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return "";
    }
  });
}

/** The technology a badge names, with its version; undefined for licence, build and other project badges. */
export function badgeAtom(ex: Extraction, url: string, alt: string): Atom | undefined {
  if (!STATIC_BADGE.test(url)) return undefined;
  const { label, message, logo } = badgeParts(url);
  if ([label, alt].some((t) => t && PROJECT_BADGE.test(t.trim()))) return undefined;
  const useMessage = !label || LEAD.test(label);
  const version =
    !useMessage && message && isVersionOnly(message.replace(/^v(?=\d)/i, "")) ? message : undefined;
  // A logo confirms the label; alone it proves nothing (badges borrow any logo for its colour).
  const named = toKey([label, alt, message].join(" "));
  const logoName =
    logo && named.includes(toKey(logo.replace(/dot/g, ""))) ? logo.replace(/dot/g, ".") : undefined;
  const candidates = [useMessage ? message : label, alt, logoName, message].filter(
    (c): c is string => Boolean(c?.trim()),
  );
  for (const c of candidates) {
    const tech = resolveName(ex.registry, c);
    if (tech) return { name: tech.name, tech, version, raw: alt || c };
  }
  const name = candidates[0]?.trim();
  if (!name || !isNameLike(name) || PROJECT_BADGE.test(name)) return undefined;
  return parseCompound(name, { registry: ex.registry, allowUnknown: true, scanProse: false }).map(
    (a) => ({ ...a, version }),
  )[0];
}

interface Image {
  url: string;
  alt: string;
}

function imagesOf(ex: Extraction, nodes: PhrasingContent[]): Image[] {
  return nodes.flatMap((n): Image[] => {
    if (n.type === "image") return [{ url: n.url, alt: n.alt ?? "" }];
    if (n.type === "imageReference")
      return [{ url: ex.definitions.get(n.identifier.toLowerCase()) ?? "", alt: n.alt ?? "" }];
    return "children" in n ? imagesOf(ex, n.children as PhrasingContent[]) : [];
  });
}

/** A paragraph of badges: each static badge that names a technology becomes a choice. True when it was one. */
export function extractBadges(ex: Extraction, para: Paragraph, section: Section): boolean {
  const images = imagesOf(ex, para.children);
  if (!images.length || !images.some((i) => ANY_BADGE.test(i.url))) return false;
  // Words beside the badges would make it a sentence that happens to hold one.
  const words = nodeText(para).replace(/\s+/g, " ").trim();
  if (words.length > 40 && images.length < 2) return false;
  if (section.nonStack) return true;
  const atoms = images.flatMap((i) => badgeAtom(ex, i.url, i.alt) ?? []);
  ex.add(atoms, { section, line: ex.lineOf(para), role: ex.defaultRole(section) });
  return true;
}
