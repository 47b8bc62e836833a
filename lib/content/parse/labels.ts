import type { Paragraph, PhrasingContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";

/** A list item split into its label and value: `**Frontend:** React`, `Python - uv`, `**Go** → fast`. */
export interface Labelled {
  label: string;
  value: string;
  /** Text after a bold name that has no separator: `**Whisper** (OpenAI) for accuracy.` */
  tail: string;
  /** A lead-in before the bold name: `Or`, `Local option:`. */
  lead: string;
  separator: "colon" | "dash" | "arrow" | "none";
}

const SEP: Array<[Labelled["separator"], RegExp]> = [
  ["colon", /^\s*[:：]\s*/],
  ["arrow", /^\s*(?:→|->|=>|⇒)\s*/],
  ["dash", /^\s*[–—-]\s+/],
];

const text = (nodes: PhrasingContent[]) => nodes.map((n) => nodeText(n)).join("");

export function splitLabel(para: Paragraph): Labelled | undefined {
  const kids = para.children;
  let i = 0;
  let lead = "";
  if (kids[0]?.type === "text" && kids[1]?.type === "strong") {
    const t = kids[0].value;
    if (/^\s*(or|and|also|alternatively|plus)\s*$/i.test(t) || /^[^:]{1,30}:\s*$/.test(t)) {
      lead = t.trim();
      i = 1;
    }
  }
  const first = kids[i];
  if (first?.type === "strong" || first?.type === "emphasis") {
    let label = nodeText(first).trim();
    let rest = text(kids.slice(i + 1));
    if (/[:：]$/.test(label))
      return {
        label: label.replace(/\s*[:：]$/, ""),
        value: rest.trim(),
        tail: "",
        lead,
        separator: "colon",
      };
    // `**SQLite** (dev)`, `**SQLite**（ローカル開発）`: an aside after the bold belongs to it.
    const paren = /^\s*([(（][^()（）]*[)）])/.exec(rest);
    if (paren) {
      label = `${label} ${paren[1]}`;
      rest = rest.slice(paren[0].length);
    }
    for (const [separator, re] of SEP) {
      const m = re.exec(rest);
      if (m) return { label, value: rest.slice(m[0].length).trim(), tail: "", lead, separator };
    }
    return { label, value: "", tail: rest.trim(), lead, separator: "none" };
  }
  const full = nodeText(para).trim();
  // A full-width colon needs no space after it: `框架：Gin`.
  const colon = /^([^:：]{1,48}?)\s*(?:[:：]\s+|：\s*)(.+)$/s.exec(full);
  // "Meilisearch is not selected: …" is a sentence, not a label.
  const sentence = colon && /^\S+(\s\S+)?\s(is|are|was|were|has been|have been)\s/i.test(colon[1]);
  if (colon && !sentence && !/https?$/i.test(colon[1]))
    return { label: colon[1], value: colon[2], tail: "", lead, separator: "colon" };
  const dash = /^(.{1,48}?)\s+[–—-]\s+(.+)$/s.exec(full);
  if (dash) return { label: dash[1], value: dash[2], tail: "", lead, separator: "dash" };
  const arrow = /^(.{1,60}?)\s*(?:→|->|=>|⇒)\s*(.*)$/s.exec(full);
  if (arrow) return { label: arrow[1], value: arrow[2], tail: "", lead, separator: "arrow" };
  return undefined;
}

/** `**MERN** (MongoDB, Express.js, React, Node.js)`: a named stack and what it is made of. */
export function namedStack(
  para: Paragraph,
  siblingsLookAlike: boolean,
): { name: string; parts: string } | undefined {
  const full = nodeText(para).trim();
  const m = /^([^()]{2,60}?)\s*\(([^()]+)\)\s*[.:]?$/.exec(full);
  if (!m) return undefined;
  const [, name, parts] = m;
  if (parts.split(/,|、|，/).length < 2) return undefined;
  const looksNamed =
    /stack/i.test(name) || /^[A-Z0-9]{3,6}$/.test(name.trim()) || siblingsLookAlike;
  return looksNamed ? { name: name.replace(/[*_`]/g, "").trim(), parts } : undefined;
}

/** Nothing but one bold, linked or code span (whitespace aside). */
export function isSetApart(nodes: PhrasingContent[]): boolean {
  const solid = nodes.filter((n) => !(n.type === "text" && !n.value.trim()));
  if (solid.length !== 1) return false;
  const only = solid[0];
  if (only.type === "inlineCode" || only.type === "link") return true;
  return (
    (only.type === "strong" || only.type === "emphasis") &&
    only.children.every((c) => c.type === "text" || c.type === "link" || c.type === "inlineCode")
  );
}
