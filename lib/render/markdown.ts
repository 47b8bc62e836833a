import type { Element, ElementContent, Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGemoji from "remark-gemoji";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { readFrontmatter, repairText } from "../content/parse";
import { toMermaidImage } from "./mermaid";

export interface RenderOptions {
  /** Maps a relative link in the document (`other.md`) to a page of the catalog, if it is one. */
  resolveLink?: (href: string) => string | undefined;
}

// GitHub's allow-list, minus anything that could load from elsewhere or run.
const schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (t) => !["img", "picture", "source", "video", "audio", "iframe", "input"].includes(t),
  ),
};

/** Links leave the site only with rel protection; relative links become catalog links or plain text. */
function rehypeLinks(options: RenderOptions) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "a" || !parent || index === undefined) return;
      const href = String(node.properties?.href ?? "");
      if (/^https?:\/\//i.test(href) || href.startsWith("mailto:")) {
        node.properties = {
          ...node.properties,
          rel: ["noopener", "noreferrer", "nofollow"],
          target: undefined,
        };
        return;
      }
      if (href.startsWith("#")) return;
      const target = href ? options.resolveLink?.(href) : undefined;
      if (target) {
        node.properties = { ...node.properties, href: target };
        return;
      }
      // A link to a file this catalog does not have: keep the words, drop the dead link.
      parent.children[index] = {
        type: "element",
        tagName: "span",
        properties: { title: href ? `${href} (not in this catalog)` : undefined },
        children: node.children,
      };
    });
  };
}

/** Mermaid blocks become pictures drawn at build time; an <img> of an SVG cannot run anything. */
function rehypeMermaid() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "pre" || !parent || index === undefined) return;
      const code = node.children.find(
        (c): c is Element => c.type === "element" && c.tagName === "code",
      );
      const classes = code?.properties?.className;
      if (!code || !Array.isArray(classes) || !classes.includes("language-mermaid")) return;
      const source = hastToString(code);
      const image = toMermaidImage(source);
      if (!image) return;
      const figure: ElementContent = {
        type: "element",
        tagName: "figure",
        properties: { className: ["mermaid"] },
        children: [
          {
            type: "element",
            tagName: "img",
            properties: {
              src: image.src,
              width: image.width,
              height: image.height,
              alt: `Diagram: ${summarise(source)}`,
              decoding: "async",
            },
            children: [],
          },
          {
            type: "element",
            tagName: "figcaption",
            properties: { className: ["sr-only"] },
            children: [{ type: "text", value: "Mermaid diagram from the document" }],
          },
        ],
      };
      parent.children[index] = figure;
    });
  };
}

function summarise(source: string): string {
  const labels = [...source.matchAll(/\[\s*"?([^"\]]+)"?\s*\]/g)].map((m) => m[1].trim());
  const text = labels.slice(0, 12).join(", ");
  return text.length > 300 ? `${text.slice(0, 299)}…` : text || "flowchart";
}

/** Each heading gets a visible link to itself, one level below the page's own title. */
function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || !node.properties?.id) return;
      node.tagName = `h${Math.min(6, Number(node.tagName[1]) + 1)}`;
      node.children.push({
        type: "element",
        tagName: "a",
        properties: {
          href: `#${String(node.properties.id)}`,
          className: ["heading-anchor"],
          ariaLabel: `Link to section ${hastToString(node)}`,
        },
        children: [{ type: "text", value: "#" }],
      });
    });
  };
}

/** Renders an untrusted document as safe HTML: repaired like the parser sees it, sanitised, headings linkable. */
export function renderDocument(source: string, file: string, options: RenderOptions = {}): string {
  const repaired = repairText(source, file).text;
  const body = readFrontmatter(repaired, file).body;
  const file_ = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkGemoji)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeLinks, options)
    .use(rehypeMermaid)
    .use(rehypeSlug, { prefix: "doc-" })
    .use(rehypeHeadingLinks)
    .use(rehypeStringify)
    .processSync(body);
  return String(file_);
}
