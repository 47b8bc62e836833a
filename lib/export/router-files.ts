import "server-only";
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Next writes, beside every page, files only its client router reads: the page's payload
 * (`<page>.txt`, the same React payload the HTML carries inline) and per-segment prefetch files
 * (`__next._tree.txt`, `__next.<segment>.__PAGE__.txt`, `__next._full.txt`). Links here are plain
 * (components/link.tsx), so nothing fetches them; tests/e2e/navigation.spec.ts proves no request
 * asks for one. Next 16 has no setting that stops writing them.
 */
export const isSegmentFile = (name: string): boolean => /^__next\..+\.txt$/.test(name);

/** A page's payload: `x.txt` with the page `x.html` beside it (a `robots.txt` alone stays). */
export const isPagePayload = (folder: string, name: string): boolean =>
  name.endsWith(".txt") && existsSync(join(folder, `${name.slice(0, -4)}.html`));

/** Deletes the router files under dir, and the folders they leave empty; counts files and bytes. */
export function removeRouterFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const folders = new Set<string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    if (!isSegmentFile(e.name) && !isPagePayload(e.parentPath, e.name)) continue;
    const path = join(e.parentPath, e.name);
    bytes += statSync(path).size;
    rmSync(path);
    files++;
    if (e.parentPath !== dir) folders.add(e.parentPath);
  }
  // Deepest first, so a folder emptied by its children goes too.
  for (const folder of [...folders].sort((a, b) => b.length - a.length))
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  return { files, bytes };
}
