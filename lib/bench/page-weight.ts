import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  jsBytes: number;
  jsGzip: number;
  scripts: number;
}

/** What a browser downloads for one exported page at first load: its HTML and every script it references. */
export function toPageWeight(outDir: string, page: string): PageWeight | undefined {
  const file = page === "/" ? "index.html" : `${page.replace(/^\//, "")}.html`;
  const path = join(outDir, file);
  if (!existsSync(path)) return undefined;
  const html = readFileSync(path);
  // noModule scripts are legacy polyfills that modern browsers never download.
  const srcs = [...html.toString("utf8").matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => m[2]);
  let jsBytes = 0;
  let jsGzip = 0;
  for (const src of new Set(srcs)) {
    const p = join(outDir, src.split("?")[0]);
    if (!existsSync(p)) continue;
    const body = readFileSync(p);
    jsBytes += body.length;
    jsGzip += gzipSync(body, { level: 9 }).length;
  }
  return { page, htmlBytes: html.length, htmlGzip: gzipSync(html, { level: 9 }).length, jsBytes, jsGzip, scripts: new Set(srcs).size };
}
