import "server-only";
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/** What an export weighs: bytes and files in all, and bytes by kind (html, json, svg, …). */
export interface OutputSize {
  bytes: number;
  files: number;
  byKind: Record<string, number>;
}

export const OUTPUT_TARGET_MB_PER_1000 = 40;

export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { bytes: 0, files: 0, byKind: {} };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const bytes = statSync(join(e.parentPath, e.name)).size;
    const kind = extname(e.name).slice(1) || "other";
    size.bytes += bytes;
    size.files++;
    size.byKind[kind] = (size.byKind[kind] ?? 0) + bytes;
  }
  return size;
}

/** Output megabytes per 1,000 stacks, the figure the 40 MB target is set on. */
export function mbPerThousand(bytes: number, stacks: number): number {
  return stacks ? bytes / 1048576 / (stacks / 1000) : 0;
}
