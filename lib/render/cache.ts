import "server-only";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getParserHash, packageVersion } from "../content/cache";
import { renderDocument } from "./markdown";

export const RENDER_CACHE_DIR = join(process.cwd(), ".cache", "render");

// What renderDocument runs besides the parser's repair and frontmatter code (in the parser hash).
const RENDER_PACKAGES = [
  "remark-parse",
  "remark-gfm",
  "remark-gemoji",
  "remark-rehype",
  "rehype-raw",
  "rehype-sanitize",
  "rehype-slug",
  "rehype-stringify",
  "beautiful-mermaid",
];

let rendererHash: string | undefined;

/** A fingerprint of the renderer's code and libraries, so a changed renderer never serves old HTML. */
export function getRendererHash(): string {
  if (rendererHash) return rendererHash;
  const hash = createHash("sha256").update(getParserHash());
  const dir = join(process.cwd(), "lib", "render");
  if (existsSync(dir))
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .sort())
      hash.update(readFileSync(join(dir, file)));
  for (const pkg of RENDER_PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}`);
  rendererHash = hash.digest("hex").slice(0, 16);
  return rendererHash;
}

/** A stored page: its HTML and where each relative link of the document pointed when it was made. */
interface Entry {
  html: string;
  links: Array<[href: string, target: string | null]>;
}

function readEntry(path: string): Entry | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Entry;
  } catch {
    return undefined; // Absent or torn: rendered again.
  }
}

/**
 * A document rendered as safe HTML (renderDocument), or the stored HTML for the same text, name
 * and renderer whose relative links still point where they did: adding a document elsewhere in
 * the catalog re-renders only the documents that link to it.
 */
export function renderCached(
  source: string,
  file: string,
  resolveLink: (href: string) => string | undefined,
  dir = RENDER_CACHE_DIR,
): string {
  const key = createHash("sha256").update(`${getRendererHash()}\0${file}\0`).update(source);
  const hex = key.digest("hex");
  const path = join(dir, hex.slice(0, 2), `${hex}.json`);
  const hit = readEntry(path);
  if (hit?.links.every(([href, target]) => (resolveLink(href) ?? null) === target)) return hit.html;
  const links: Entry["links"] = [];
  const html = renderDocument(source, file, {
    resolveLink: (href) => {
      const target = resolveLink(href);
      links.push([href, target ?? null]);
      return target;
    },
  });
  try {
    mkdirSync(join(dir, hex.slice(0, 2)), { recursive: true });
    writeFileSync(path, JSON.stringify({ html, links } satisfies Entry));
  } catch {
    // A read-only checkout still renders; it just cannot remember.
  }
  return html;
}
