// Restores the outline a writer meant when the Markdown does not say it: stacks pasted inside a
// ```markdown fence, bold lines used as headings, and plain-text documents whose headings are
// short lines. Runs on the syntax tree before the extractors walk it.
import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
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

/** A ```markdown fence, or an unlabelled one that is a bulleted list (`- Go 1.21+`, `- Gin or Fiber`). */
function isMarkdownFence(lang: string, value: string): boolean {
  if (/^(markdown|md)$/i.test(lang)) return true;
  if (lang) return false;
  const lines = value.split("\n").filter((l) => l.trim());
  // Numbered lines in a plain fence are steps to follow ("1. Create a cluster"), not a stack.
  const items = lines.filter((l) => /^\s*[-*+]\s+\S/.test(l));
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
    (k) =>
      !(
        k.type === "text" && /^(?:[\s\p{Extended_Pictographic}:：]|\uFE0F|\u200d)*$/u.test(k.value)
      ),
  );
  if (kids.length !== 1 || (kids[0].type !== "strong" && kids[0].type !== "emphasis"))
    return undefined;
  const text = nodeText(kids[0])
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
  const first = nodeText(node).split("\n")[0] ?? "";
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
  for (const [i, node] of nodes.entries()) {
    if (node.type === "heading") depth = node.depth;
    if (node.type !== "paragraph") {
      out.push(node);
      continue;
    }
    const line = node.position?.start.line ?? 1;
    const bold = boldHeadingText(node);
    const next = nodes[i + 1];
    const last = bold || !plain || !startsWithLayerLabel(next) ? "" : lastLineHeading(node);
    if (bold && next && next.type !== "heading") out.push(heading(depth + 1, bold, line));
    else if (!last) out.push(node);
    else splitHeading(out, node, last, line);
  }
  return out;
}

/** The paragraph's last line as a heading text, if it reads like one. */
function lastLineHeading(node: Paragraph): string {
  const lines = nodeText(node).split("\n");
  return plainHeadingText(lines[lines.length - 1] ?? "") ?? "";
}

/** Push the paragraph's lines before its last, then its last line as a heading. */
function splitHeading(out: RootContent[], node: Paragraph, last: string, line: number): void {
  const lines = nodeText(node).split("\n");
  if (lines.length > 1)
    out.push({
      type: "paragraph",
      children: [{ type: "text", value: lines.slice(0, -1).join("\n") }],
      position: node.position,
    });
  out.push(heading(2, last, line + lines.length - 1));
}
