import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { walkFiles } from "../content/files";

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  jsBytes: number;
  jsGzip: number;
  scripts: number;
}

/** Every exported HTML file under a folder, as paths joined to it. */
export function listHtmlFiles(dir: string): string[] {
  return walkFiles(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

/** The exported file that serves a route: `/` → index.html, `/compare` → compare.html. */
export function toHtmlFile(page: string): string {
  return page === "/" ? "index.html" : `${page.replace(/^\//, "")}.html`;
}

const gzipCache = new Map<string, { bytes: number; gzip: number }>();

function scriptSize(path: string): { bytes: number; gzip: number } {
  const hit = gzipCache.get(path);
  if (hit) return hit;
  const body = readFileSync(path);
  const size = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  gzipCache.set(path, size);
  return size;
}

/** What a browser downloads for one exported page at first load: its HTML and every script it references. */
export function toPageWeight(
  outDir: string,
  page: string,
  file = toHtmlFile(page),
): PageWeight | undefined {
  const path = join(outDir, file);
  if (!existsSync(path)) return undefined;
  const html = readFileSync(path);
  // noModule scripts are legacy polyfills that modern browsers never download.
  const srcs = [...html.toString("utf8").matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => m[2]);
  let jsBytes = 0;
  let jsGzip = 0;
  for (const src of new Set(srcs)) {
    const p = join(outDir, src.split("?")[0]);
    if (!existsSync(p)) continue;
    const size = scriptSize(p);
    jsBytes += size.bytes;
    jsGzip += size.gzip;
  }
  const htmlGzip = gzipSync(html, { level: 9 }).length;
  return { page, htmlBytes: html.length, htmlGzip, jsBytes, jsGzip, scripts: new Set(srcs).size };
}
