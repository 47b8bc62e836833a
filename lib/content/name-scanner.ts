import type { Technology } from "./schema";

/** One way a technology is written; `exact` forms only match with the same capitals. */
interface Form {
  form: string;
  tech: Technology;
  exact: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  forms?: Form[];
}

export interface ScanHit {
  tech: Technology;
  index: number;
  text: string;
  /** Matched a form that only counts with its capitals: an everyday word, so it needs a signal in prose. */
  exact?: boolean;
}

// A name starts where no word character, `@`, `.`, `#`, `+` or `-` comes right before it, and ends
// where none follows (a dot or dash followed by a letter continues it: `Next.js` is not `Next`).
const JOINS_BEFORE = /[\p{L}\p{N}_@.#+-]/u;
const JOINS_AFTER = /[\p{L}\p{N}_@#+]/u;
// Korean and Japanese glue particles to a Latin name ("Vite는", "Gatsbyに"): the change of script ends it.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const scriptChange = (a: string, b: string) => CJK.test(a) !== CJK.test(b);

/**
 * Finds registry names in running text: a character trie of lower-cased forms walked from each
 * word start, longest match first. Linear in the text, whatever the registry's size — one regular
 * expression of thousands of alternatives was not.
 */
export class NameScanner {
  private readonly root: TrieNode = { next: new Map() };

  add(form: string, tech: Technology, exact: boolean): void {
    let node = this.root;
    for (const ch of form.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.forms ??= [];
    if (!node.forms.some((f) => f.form === form)) node.forms.push({ form, tech, exact });
  }

  scan(text: string): ScanHit[] {
    const hits: ScanHit[] = [];
    for (let i = 0; i < text.length; i++) {
      if (i > 0 && JOINS_BEFORE.test(text[i - 1]) && !scriptChange(text[i - 1], text[i])) continue;
      const hit = this.longestAt(text, i);
      if (!hit) continue;
      hits.push(hit);
      i += hit.text.length - 1;
    }
    return hits;
  }

  private longestAt(text: string, start: number): ScanHit | undefined {
    let node: TrieNode | undefined = this.root;
    let best: ScanHit | undefined;
    for (let j = start; j < text.length && node; j++) {
      for (const unit of foldQuote(text[j]).toLowerCase()) node = node?.next.get(unit);
      if (!node?.forms || !endsWord(text, j + 1)) continue;
      const written = text.slice(start, j + 1);
      const form = node.forms.find((f) => !f.exact || f.form === foldQuote(written));
      if (form) best = { tech: form.tech, index: start, text: written, exact: form.exact };
    }
    return best;
  }
}

// `Let’s Encrypt` as word processors write it: a curly apostrophe is the registry's straight one.
const CURLY = /[\u2018\u2019\u02bc]/g;
const foldQuote = (ch: string) => ch.replace(CURLY, "'");

function endsWord(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (JOINS_AFTER.test(next) && !scriptChange(text[end - 1], next)) return false;
  const after = text[end + 1] ?? "";
  // `Next.js` goes on past its dot; `Helm-чарт` ends at the dash, where the script changes, and so
  // does `Vite-Client` before a capital (German compounds); a longer registry form still wins.
  const capitalAfterDash = next === "-" && /\p{Lu}/u.test(after);
  return !(
    (next === "." || next === "-") &&
    /[\p{L}\p{N}]/u.test(after) &&
    !otherScript(text[end - 1], after) &&
    !capitalAfterDash
  );
}

function otherScript(a: string, b: string): boolean {
  const latin = (c: string) => /[\p{Script=Latin}\d]/u.test(c);
  return latin(a) !== latin(b) && /\p{L}/u.test(b);
}
