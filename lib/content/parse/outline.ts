// Restores the outline a writer meant when the Markdown does not say it: stacks pasted inside a
// ```markdown fence, bold lines used as headings, and plain-text documents whose headings are
// short lines. Runs on the syntax tree before the extractors walk it.
import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { toLayerId } from "../layers";

type Parse = (text: string) => Root;

/** Splices the Markdown inside ```markdown fences into the tree, with line numbers kept true. */
export function expandMarkdownFences(nodes: RootContent[], parse: Parse): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== "code" || !isMarkdownFence(node.lang ?? "", node.value)) return [node];
    const offset = node.position?.start.line ?? 1;
    const inner = parse(node.value).children;
    for (const n of inner) shiftLines(n, offset);
    return inner;
  });
}

/** A ```markdown fence, or an unlabelled one that is a Markdown list (`- Go 1.21+`, `- Gin or Fiber`). */
function isMarkdownFence(lang: string, value: string): boolean {
  if (/^(markdown|md)$/i.test(lang)) return true;
  if (lang) return false;
  const lines = value.split("\n").filter((l) => l.trim());
  const items = lines.filter((l) => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(l));
  return (
    lines.length > 0 && items.length / lines.length >= 0.6 && !lines.some((l) => /[│├└┌┐─]/.test(l))
  );
}

function shiftLines(node: RootContent, by: number): void {
  const p = node.position;
  if (p)
    node.position = {
      start: { ...p.start, line: p.start.line + by },
      end: { ...p.end, line: p.end.line + by },
    };
  if ("children" in node) for (const c of node.children as RootContent[]) shiftLines(c, by);
}

const SENTENCE = /[.!?。！？]\s*\S|[,;，；]|[.!。]$/;

/** `**Balanced Stack**` alone on its line (an emoji before it is fine): a heading in all but syntax. */
function boldHeadingText(para: Paragraph): string | undefined {
  const kids = para.children.filter(
    (k) => !(k.type === "text" && /^[\s\p{Extended_Pictographic}\uFE0F\u200d:：]*$/u.test(k.value)),
  );
  if (kids.length !== 1 || (kids[0].type !== "strong" && kids[0].type !== "emphasis"))
    return undefined;
  const text = toString(kids[0])
    .trim()
    .replace(/[:：]$/, "");
  if (!text || text.length > 60 || SENTENCE.test(text) || text.includes("\n")) return undefined;
  return text;
}

/** A short plain line such as `Gateway / BFF` or `Payments`, in a document without headings. */
function plainHeadingText(line: string): string | undefined {
  const text = line.trim();
  if (
    !text ||
    text.length > 50 ||
    /[:：]/.test(text) ||
    SENTENCE.test(text.replace(/\.$/, "")) ||
    /^[-*+>|#\d]/.test(text)
  )
    return undefined;
  return text.split(/\s+/).length <= 6 ? text.replace(/\.$/, "") : undefined;
}

/** The first line of a paragraph reads `Label: value` with a label naming a layer. */
function startsWithLayerLabel(node: RootContent | undefined): boolean {
  if (node?.type !== "paragraph" && node?.type !== "list") return false;
  const first = toString(node).split("\n")[0] ?? "";
  const m = /^([^:：]{1,30})[:：]\s*\S/.exec(first.trim());
  return Boolean(m && toLayerId(m[1]));
}

function heading(depth: number, text: string, line: number): Heading {
  const position = { start: { line, column: 1 }, end: { line, column: 1 } };
  return {
    type: "heading",
    depth: Math.min(6, depth) as Heading["depth"],
    children: [{ type: "text", value: text }],
    position,
  };
}

/**
 * Bold-only lines become headings one level under the last real heading; in a document with no
 * headings, a short plain line right before `Label: value` lines is one too.
 */
export function promoteHeadings(nodes: RootContent[]): RootContent[] {
  const plain = nodes.filter((n) => n.type === "heading").length <= 1;
  const out: RootContent[] = [];
  let depth = 1;
  nodes.forEach((node, i) => {
    if (node.type === "heading") depth = node.depth;
    if (node.type !== "paragraph") return void out.push(node);
    const line = node.position?.start.line ?? 1;
    const bold = boldHeadingText(node);
    if (bold && nodes[i + 1] && nodes[i + 1].type !== "heading")
      return void out.push(heading(depth + 1, bold, line));
    if (!plain || !startsWithLayerLabel(nodes[i + 1])) return void out.push(node);
    const lines = toString(node).split("\n");
    const last = plainHeadingText(lines[lines.length - 1] ?? "");
    if (!last) return void out.push(node);
    if (lines.length > 1)
      out.push({
        type: "paragraph",
        children: [{ type: "text", value: lines.slice(0, -1).join("\n") }],
        position: node.position,
      });
    out.push(heading(2, last, line + lines.length - 1));
  });
  return out;
}
