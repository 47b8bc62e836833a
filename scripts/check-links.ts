// npm run links [-- <outDir>...]: every internal link, anchor and asset of an exported site must resolve.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { listHtmlFiles } from "../lib/bench/page-weight";

function resolveFile(out: string, fromFile: string, target: string): string | undefined {
  const path = decodeURIComponent(target.split(/[?#]/)[0]);
  const base = path.startsWith("/") ? join(out, path) : join(dirname(fromFile), path);
  for (const c of path === "" ? [fromFile] : [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined;
}

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    cache.set(file, ids);
  }
  return ids;
}

export function checkLinks(out: string): { checked: number; broken: string[] } {
  const ids = new Map<string, Set<string>>();
  const broken: string[] = [];
  let checked = 0;
  for (const file of listHtmlFiles(out)) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = m[2].replace(/&amp;/g, "&");
      if (/^(https?:|mailto:|data:|#$)/i.test(url) || url.startsWith("//")) continue;
      checked++;
      const target = resolveFile(out, file, url);
      const where = `${relative(out, file)}: ${m[1]}="${url.slice(0, 120)}"`;
      if (!target) {
        broken.push(`${where} does not resolve`);
        continue;
      }
      const hash = url.split("#")[1];
      // An anchor in a page, or an element of an SVG file.
      if (hash && /\.(html|svg)$/.test(target) && !idsOf(target, ids).has(decodeURIComponent(hash)))
        broken.push(`${where}: no element with id "${hash}"`);
    }
  }
  return { checked, broken };
}

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ["out"];
let failed = false;
for (const dir of dirs) {
  const { checked, broken } = checkLinks(dir);
  for (const b of broken.slice(0, 50)) console.log(`broken: ${b}`);
  console.log(
    `links: ${checked} internal links, anchors and assets checked in ${dir}; ${broken.length} broken`,
  );
  if (broken.length) failed = true;
  // A site with nothing to check means the export went wrong, not that every link is fine.
  if (checked === 0) {
    console.log(`links: nothing was checked in ${dir}: is it an exported site?`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
