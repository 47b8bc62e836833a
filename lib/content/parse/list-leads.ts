import type { Paragraph } from "mdast";
import { toLayerId } from "../layers";
import { type Atom, parseSetApart } from "./compound";
import type { Extraction } from "./context";
import { splitLabel } from "./labels";
import { cleanLabel, isGeneric, isNameLike, wordsOf } from "./text";

// What the item leading a list says: a product among products, an option and how it is reached.

/**
 * `- **Redis** - cache`, `- **LogRocket** - analytics`: when most items that lead with a set-apart
 * name followed by a description lead with a known technology, the list is a list of products.
 */
export function leadsWithProducts(ex: Extraction, paras: Array<Paragraph | undefined>): boolean {
  const leads = paras
    .map((p) => (p ? splitLabel(p) : undefined))
    .filter(
      (l) =>
        l &&
        l.separator !== "none" &&
        l.separator !== "arrow" &&
        l.value &&
        !l.lead &&
        !/^[^:]*[:：]/.test(l.label),
    );
  const known = leads.filter(
    (l) => l && ex.registry.lookup(cleanLabel(l.label).replace(/\s+v?\d[\w.]*$/, "")),
  );
  return known.length >= 2 && known.length * 2 >= leads.length;
}

/**
 * In a list of products, a lead is one too when it looks like a name: one word (`LogRocket`), a known
 * name and a qualifier (`Docker Swarm`), or a word with an acronym (`Portainer CE`) — not two
 * capitalised nouns (`Native Entwicklung`).
 */
export function isSiblingProduct(ex: Extraction, label: string): boolean {
  if (!isNameLike(label) || isCategory(label)) return false;
  const words = wordsOf(label);
  return (
    words.length === 1 ||
    Boolean(ex.registry.lookup(words[0])) ||
    words.some((w) => /^\p{Lu}{2,}\d*$|\d/u.test(w))
  );
}

// MADR's "Good, because …" lines weigh an option; they name none.
export const PROS_CONS = /\bbecause\b|^(good|bad|neutral|pros?|cons?)\b/i;
// What an option's name is followed by: how it is run or reached, its licence, an aside.
const OPTION_TAIL = /,|\s+(?:via|with|using|through|over|on top of)\s+|\s[—–-]\s|\s*\(/i;
const RUN_AS =
  /\s+(?:subprocess|process|http api|rest api|java api|python api|api|cli|sdk|library|bindings?|wrapper|service|server)$/i;

/**
 * `- Tesseract via Tess4J Java API (JNA), Apache 2.0` under "Considered options": the option is the
 * name the item starts with, and what it is reached through is a name too.
 */
export function weighedHeads(ex: Extraction, item: string): Atom[] {
  const [head, ...rest] = item.split(OPTION_TAIL);
  const names = [
    head,
    /^\s*(?:via|with|using|through)\s/i.test(item.slice(head.length))
      ? rest.find(Boolean)
      : undefined,
  ];
  return names.flatMap((n) => {
    let name = (n ?? "").trim();
    while (RUN_AS.test(name)) name = name.replace(RUN_AS, "").trim();
    const named = isNameLike(name) || /^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/.test(name);
    if (!named || isGeneric(name) || wordsOf(name).length > 3) return [];
    return parseSetApart(ex.registry, name);
  });
}

/** "Testing", "Front-end": a layer's word; "Lint-staged" is a package that only contains one. */
export function isCategory(label: string): boolean {
  const packageShaped =
    /^\p{L}[\p{Ll}\d]*-\p{Ll}{3,}$/u.test(label) &&
    !/^(front|back|full)-?(end|stack)$/i.test(label);
  return Boolean(toLayerId(label)) && !packageShaped;
}
