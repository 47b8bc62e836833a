import "server-only";
import { readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Next writes per-segment prefetch files (`__next._tree.txt`, `__next.<segment>.__PAGE__.txt`,
 * `__next._full.txt`) beside every page. With prefetching off (components/link.tsx) the client
 * router only ever reads `<page>.txt`; tests/e2e/navigation.spec.ts proves no request 404s.
 */
export const isSegmentFile = (name: string): boolean => /^__next\..+\.txt$/.test(name);

/** Deletes the segment files under dir, and the folders they leave empty; counts files and bytes. */
export function removeSegmentFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const folders = new Set<string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !isSegmentFile(e.name)) continue;
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
