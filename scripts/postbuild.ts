// After `next build`: gives every page a Content-Security-Policy that allows exactly its own
// inline scripts (by hash) and nothing from other origins, and drops the router files nothing
// reads: page payloads and prefetch segment files (lib/export/router-files.ts).
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listHtmlFiles } from "../lib/bench/page-weight";
import { removeRouterFiles } from "../lib/export/router-files";
import { PLACEHOLDER_ID } from "../lib/ui/paging";

const OUT = join(process.cwd(), process.argv[2] ?? "out");

export function policyFor(hashes: string[], styleHashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(" ")}`.trim(),
    `style-src 'self' ${styleHashes.map((h) => `'sha256-${h}'`).join(" ")}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

// The placeholder page a static export needed is no page of the catalog: nothing links to it.
rmSync(join(OUT, "technologies", PLACEHOLDER_ID), { recursive: true, force: true });

let pages = 0;
for (const file of listHtmlFiles(OUT)) {
  const html = readFileSync(file, "utf8");
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(createHash("sha256").update(m[1], "utf8").digest("base64"));
  }
  const styles = new Set<string>();
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    styles.add(createHash("sha256").update(m[1], "utf8").digest("base64"));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor([...hashes], [...styles])}">`;
  const withCsp = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
    .replace(/<head([^>]*)>/, `<head$1>${meta}`);
  writeFileSync(file, withCsp);
  pages++;
}
console.log(`postbuild: Content-Security-Policy written into ${pages} pages`);
const pruned = removeRouterFiles(OUT);
console.log(
  `postbuild: ${pruned.files} router files removed (page payloads, prefetch segments) (${(pruned.bytes / 1048576).toFixed(1)} MB)`,
);
