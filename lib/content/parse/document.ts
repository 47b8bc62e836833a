import type { Heading, Root, RootContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import remarkGemoji from "remark-gemoji";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { diagnostic } from "../diagnostics";
import { type Registry, toKey } from "../registry";
import type { Diagnostic, DiagnosticCode, Frontmatter, Kind, ParseResult } from "../schema";
import { buildStacks } from "./build";
import { Extraction, OWN_STACK, type Section } from "./context";
import { isDecisionRecord, readDecisionStatus } from "./decisions";
import { extractDiagram, extractMermaid } from "./diagrams";
import { extractConfig, isConfigBlock } from "./fenced";
import { readFrontmatter } from "./frontmatter";
import { STACK_HEADING } from "./headings";
import { extractHtml } from "./html";
import { extractImports } from "./imports";
import { extractList } from "./lists";
import { PACKAGE } from "./names";
import { expandMarkdownFences, promoteHeadings } from "./outline";
import { extractParagraph } from "./paragraph";
import { repairText } from "./repair";
import { findSubStackRoots, openSection } from "./sections";
import { extractTable } from "./tables";
import { cleanLabel, clip, countPlaceholders, isNameLike, isPlaceholder } from "./text";

const MAX_BYTES = 2 * 1024 * 1024;
// `:x:` and `:white_check_mark:` are GitHub's ❌ and ✅: read as the emoji, they keep their meaning.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGemoji);
const toTree = (md: string) => processor.runSync(processor.parse(md)) as Root;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes("\u0000")) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}

/** The document's kind before extraction, so roles can follow it: templates never decide. */
// A team writing about its own stack says "we" and "our"; a guide for others does not.
const FIRST_PERSON =
  /\b(we|our|us|we're|we've)\b|我们|私たち|当社|우리|мы(?![а-яё])|наш|nosotros|nuestr|nós|noss|\bwir\b|unser|\bnous\b|notre|\bnasz|\bnoi\b|nostr/gi;

const TEMPLATE_TITLE =
  /\b(template|boilerplate|vorlage|plantilla|modèle|modelo|szablon|modello)\b|шаблон|模板|テンプレート|템플릿/i;

function guessKind(body: string, title: string, fm: Frontmatter): Kind {
  if (fm.kind) return fm.kind;
  // Placeholders inside code samples are the sample's, not the document's.
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, "");
  const placeholders = countPlaceholders(prose);
  // A document that calls itself a template needs only one blank to prove it.
  if (placeholders >= 3 || (placeholders >= 1 && TEMPLATE_TITLE.test(title))) return "template";
  const ownStack = (prose.match(FIRST_PERSON) ?? []).length >= 3;
  if (/\b(guide|landscape|radar|best practices|options)\b/i.test(title) && !ownStack)
    return "guide";
  if (/\brecommend\w*/i.test(title) && !ownStack && !/[:：]\s*\S/.test(title)) return "guide";
  if (
    /^\|.*\b(recommended|recommendation)\b.*\|\s*$/im.test(body) &&
    !ownStack &&
    !/[:：]\s*\S/.test(title)
  )
    return "guide";
  return "stack";
}

/** A document that cannot be read at all: no stacks, one diagnostic on its first line. */
function refused(file: string, code: DiagnosticCode, message: string): ParseResult {
  return { stacks: [], diagnostics: [diagnostic(file, 1, code, message)] };
}

/** Parses one document into stacks and diagnostics; never throws. */
export function parseDocument(file: string, source: string, registry: Registry): ParseResult {
  const diagnostics: Diagnostic[] = [];
  if (!source.trim()) return refused(file, "empty-document", "the document is empty");
  if (looksBinary(source))
    return refused(
      file,
      "binary-document",
      "the file is not text (it holds NUL or control bytes); only Markdown or plain text documents can be read",
    );
  let text = source;
  if (text.length > MAX_BYTES) {
    diagnostics.push(
      diagnostic(
        file,
        1,
        "document-too-large",
        `the document is ${(text.length / 1048576).toFixed(1)} MB; only the first 2 MB were read`,
      ),
    );
    text = text.slice(0, MAX_BYTES);
  }
  try {
    return parseText(file, text, registry, diagnostics);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    diagnostics.push(
      diagnostic(file, 1, "parse-failed", `the document could not be parsed: ${reason}`),
    );
    return { stacks: [], diagnostics };
  }
}

function parseText(
  file: string,
  source: string,
  registry: Registry,
  diagnostics: Diagnostic[],
): ParseResult {
  const repaired = repairText(source, file);
  diagnostics.push(...repaired.diagnostics);
  const fm = readFrontmatter(repaired.text, file);
  diagnostics.push(
    ...fm.diagnostics.map((d) => ({ ...d, line: repaired.lineMap[d.line - 1] ?? d.line })),
  );
  const written = toTree(fm.body).children;
  const nodes = promoteHeadings(expandMarkdownFences(written, toTree));
  const { title, h1 } = documentTitle(written, fm.data.title);
  const ex = new Extraction(file, registry, repaired.lineMap);
  ex.kind = guessKind(fm.body, title, fm.data);
  ex.adr = isDecisionRecord(nodes, title, fm.data);
  for (const n of nodes)
    if (n.type === "definition") ex.definitions.set(n.identifier.toLowerCase(), n.url);
  collectLinkedNames(ex, nodes);
  ex.stacks.set(OWN_STACK, {
    key: OWN_STACK,
    title,
    line: h1 ? ex.lineOf(h1) : 1,
    tags: [],
    summary: introOf(nodes),
  });
  // A file called tech-stack.md or ARCHITECTURE.md is about the stack from its first line.
  const fileWords = file.split("/").pop()?.replace(/[-_.]/g, " ");
  walk(ex, nodes, findSubStackRoots(nodes), `${title} ${fileWords}`);
  const status = ex.adr ? readDecisionStatus(fm.body, fm.data) : undefined;
  const stacks = buildStacks(ex, fm.data, source, status);
  diagnostics.push(...ex.diagnostics);
  if (!stacks.length) diagnostics.push(diagnostic(file, 1, "no-stack", NO_STACK));
  return { stacks, diagnostics };
}

const NO_STACK =
  "no technology choices were found in this document: add a table with a Technology column, a `**Layer:** a, b` list, or a frontmatter `layers:` map";

/** The frontmatter's title, else the H1, else a README's HTML title, else the first heading. */
function documentTitle(written: RootContent[], fromFrontmatter: string | undefined) {
  const h1 =
    written.find((n): n is Heading => n.type === "heading" && n.depth === 1) ??
    written.find((n): n is Heading => n.type === "heading");
  const heading = h1 ? cleanLabel(nodeText(h1)) : "";
  const title = fromFrontmatter ?? (h1?.depth === 1 ? heading : (htmlTitle(written) ?? heading));
  return { title, h1 };
}

/** The first real paragraph (not a template's placeholder), as the stack's summary. */
function introOf(nodes: RootContent[]): string | undefined {
  const intro = nodes.find(
    (n) => n.type === "paragraph" && !isPlaceholder(nodeText(n)) && nodeText(n).trim().length > 20,
  );
  return intro ? clip(nodeText(intro).replace(/\s+/g, " ").trim(), 280) : undefined;
}

/** A README's title in HTML before any heading: `<h1 align="center">Name</h1>`, or its banner's alt text. */
function htmlTitle(nodes: RootContent[]): string | undefined {
  const before = nodes.slice(
    0,
    Math.max(
      0,
      nodes.findIndex((n) => n.type === "heading"),
    ) || nodes.length,
  );
  const html = before.flatMap((n) => (n.type === "html" ? [n.value] : []));
  for (const value of html) {
    const h = /<h[12][^>]*>([\s\S]*?)<\/h[12]>/i.exec(value);
    const text = h?.[1]
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (text) return text;
  }
  for (const value of html) {
    // A banner's alt text, but never a badge's.
    for (const m of value.matchAll(/<img[^>]*>/gi)) {
      const alt = /\balt=["']([^"']{2,60})["']/i.exec(m[0])?.[1].trim();
      if (
        alt &&
        !/shields\.io|badge/i.test(m[0]) &&
        !/\b(logo|icon|banner|badge|screenshot|image|preview|header)\b/i.test(alt)
      )
        return alt;
    }
  }
  return undefined;
}

/** `[Luxon](https://moment.github.io/luxon/)`: a short name whose link leads to a site named after it. */
function collectLinkedNames(ex: Extraction, nodes: RootContent[]): void {
  for (const node of nodes) {
    visit(node, "link", (link) => {
      const text = nodeText(link).trim();
      const key = toKey(text);
      const site = !/^mailto:/i.test(link.url) && toKey(link.url).includes(key.replace(/js$/, ""));
      // `[tidecert](https://github.com/x/tidecert)`: a lower-case package linked to its own repository.
      const repo = PACKAGE.test(text) && link.url.replace(/\/+$/, "").endsWith(`/${text}`);
      if (key.length >= 3 && (isNameLike(text) || repo) && site) ex.linkedNames.add(key);
    });
  }
}

function walk(
  ex: Extraction,
  nodes: RootContent[],
  subRoots: Map<Heading, string>,
  title: string,
): void {
  const open: Section[] = [];
  // Before any heading, running text describes the stack when the title says it is about one.
  const root: Section = {
    title: "",
    depth: 0,
    stackKey: OWN_STACK,
    stackProse: STACK_HEADING.test(title) || ex.adr,
  };
  const current = (): Section => open[open.length - 1] ?? root;
  ex.visitBlock = (node, section) =>
    visitNode(
      ex,
      node,
      () => section,
      () => {},
    );
  for (const node of nodes) {
    visitNode(ex, node, current, (heading) => {
      while (open.length && open[open.length - 1].depth >= heading.depth) open.pop();
      const subKey = subRoots.get(heading);
      const section = openSection(ex, heading, open[open.length - 1], subKey);
      if (subKey && !ex.stacks.has(subKey)) {
        const inherits = subKey.startsWith("service:");
        ex.stacks.set(subKey, {
          key: subKey,
          title: section.title,
          line: ex.lineOf(heading),
          tags: [],
          kind: "stack",
          parentKey: OWN_STACK,
          inherits,
        });
      }
      open.push(section);
    });
  }
}

function visitNode(
  ex: Extraction,
  node: RootContent,
  current: () => Section,
  onHeading: (h: Heading) => void,
): void {
  // A "Dependencies:" line leads the short paragraphs after it, up to the next node of another kind.
  if (node.type !== "paragraph") ex.leadIn = undefined;
  switch (node.type) {
    case "heading":
      onHeading(node);
      return;
    case "paragraph":
      extractParagraph(ex, node, current());
      return;
    case "list":
      extractList(ex, node, current());
      return;
    case "table":
      extractTable(ex, node, current());
      return;
    case "html":
      extractHtml(ex, node, current());
      return;
    case "code":
      if (node.lang?.toLowerCase() === "mermaid") {
        extractMermaid(ex, node, current());
        return;
      }
      if (isConfigBlock(node) && extractConfig(ex, node, current())) return;
      if (extractImports(ex, node, current())) return;
      extractDiagram(ex, node, current());
      return;
    case "blockquote":
      for (const child of node.children) visitNode(ex, child, current, onHeading);
      return;
    default:
      return;
  }
}
