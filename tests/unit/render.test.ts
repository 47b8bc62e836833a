import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/markdown";

const HOSTILE = "tests/fixtures/hostile";
const fixtures = readdirSync(HOSTILE).filter((f) => f.endsWith(".md"));

/** The rendered document as a tree, as the browser will read it. */
const treeOf = (html: string): Root => fromHtml(html, { fragment: true });

function elements(tree: Root): Element[] {
  const out: Element[] = [];
  visit(tree, "element", (node: Element) => {
    out.push(node);
  });
  return out;
}

// Elements that run code, load from elsewhere, restyle the page or take over a form or the base URL.
const ACTIVE = [
  "script",
  "iframe",
  "object",
  "embed",
  "style",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "template",
  "svg",
  "math",
  "audio",
  "video",
  "picture",
  "source",
];

/** What in a rendered document could run, load or navigate somewhere it should not. */
function threatsIn(tree: Root): string[] {
  const found: string[] = [];
  for (const el of elements(tree)) {
    if (ACTIVE.includes(el.tagName)) found.push(`<${el.tagName}>`);
    const inDiagram = el.tagName === "img";
    for (const [name, value] of Object.entries(el.properties ?? {})) {
      if (/^on/i.test(name)) found.push(`${el.tagName} ${name}`);
      if (name === "style") found.push(`${el.tagName} style`);
      const url = String(value);
      if (!["href", "src", "action", "formAction", "srcSet"].includes(name)) continue;
      // A mermaid diagram is the one picture: an SVG drawn at build time, as a data URI.
      if (inDiagram && name === "src" && url.startsWith("data:image/svg+xml;base64,")) continue;
      if (/^\s*(javascript|vbscript|data):/i.test(url) || /^\s*\/\//.test(url))
        found.push(`${el.tagName} ${name}=${url.slice(0, 30)}`);
      if (name === "src") found.push(`${el.tagName} src=${url.slice(0, 30)}`);
    }
  }
  return found;
}

describe("renderDocument on hostile documents", () => {
  it("reads every fixture the browser test builds", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(36);
  });

  it.each(fixtures)("%s renders its body and nothing that runs or loads", (name) => {
    const source = readFileSync(join(HOSTILE, name), "utf8");
    const tree = treeOf(renderDocument(source, name));
    expect(threatsIn(tree)).toEqual([]);
    // The document itself is there: the list each fixture opens with.
    expect(hastToString(tree)).toContain("Database: PostgreSQL");
  });

  it("a script, an event handler and a javascript: link survive only as harmless text", () => {
    const html = renderDocument(
      '# T\n\n<script>alert(1)</script>\n\n<b onclick="x()">bold</b> [go](javascript:alert(2))\n',
      "t.md",
    );
    expect(html).not.toMatch(/<script|onclick|javascript:/i);
    expect(hastToString(treeOf(html))).toContain("bold");
    expect(hastToString(treeOf(html))).toContain("go");
  });
});

describe("renderDocument's links and headings", () => {
  const linksOf = (html: string) => elements(treeOf(html)).filter((e) => e.tagName === "a");

  it("a link to another site opens with rel protection and no target", () => {
    const [a] = linksOf(renderDocument("[docs](https://example.org/x)\n", "a.md"));
    expect(a.properties.href).toBe("https://example.org/x");
    expect(a.properties.rel).toEqual(["noopener", "noreferrer", "nofollow"]);
    expect(a.properties.target).toBeUndefined();
  });

  it("a relative link becomes the catalog page it resolves to, or plain words with a title", () => {
    const resolveLink = (href: string) => (href === "b.md" ? "/stacks/b" : undefined);
    const html = renderDocument("[B](b.md) and [C](c.md)\n", "a.md", { resolveLink });
    expect(linksOf(html).map((a) => a.properties.href)).toEqual(["/stacks/b"]);
    const span = elements(treeOf(html)).find((e) => e.tagName === "span");
    expect(span?.properties.title).toBe("c.md (not in this catalog)");
    expect(hastToString(span as Element)).toBe("C");
  });

  it("a link within the page stays as written", () => {
    const links = linksOf(renderDocument("# Data\n\nSee [data](#doc-data).\n", "a.md"));
    expect(links.map((a) => a.properties.href)).toContain("#doc-data");
  });

  it("headings sit one level below the page's title, with prefixed ids and a link to themselves", () => {
    const tree = treeOf(renderDocument("# Stack\n\n## Data layer\n", "a.md"));
    const headings = elements(tree).filter((e) => /^h\d$/.test(e.tagName));
    expect(headings.map((h) => [h.tagName, h.properties.id])).toEqual([
      ["h2", "doc-stack"],
      ["h3", "doc-data-layer"],
    ]);
    const anchor = elements(tree).find(
      (e) => e.properties.className?.toString() === "heading-anchor",
    );
    expect(anchor?.properties).toMatchObject({
      href: "#doc-stack",
      ariaLabel: "Link to section Stack",
    });
  });

  it("a mermaid block becomes a described picture, and a broken one stays as code", () => {
    const good = treeOf(
      renderDocument("```mermaid\ngraph LR\n  A[API] --> B[Kafka]\n```\n", "a.md"),
    );
    const img = elements(good).find((e) => e.tagName === "img");
    expect(String(img?.properties.src)).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(img?.properties.alt).toBe("Diagram: API, Kafka");
    const bad = renderDocument("```mermaid\nthis is not a diagram {{{\n```\n", "a.md");
    expect(bad).not.toContain("<img");
    expect(bad).toContain("this is not a diagram");
  });
});
