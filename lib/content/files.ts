import "server-only";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";

export const DOCUMENT_EXTENSIONS = [".md", ".markdown", ".mdc", ".txt"];

export interface SourceFile {
  /** Path relative to the content folder (or the file name when a single file was given). */
  file: string;
  /** Absolute or caller-relative path on disk. */
  path: string;
}

function isDocument(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext)) &&
    !/^readme\.|^license|^changelog/i.test(name)
  );
}

/** Every document under a folder, in a stable order; dot-folders and node_modules are skipped. */
export function listDocuments(dir: string): SourceFile[] {
  return walkFiles(dir)
    .filter((file) => isDocument(basename(file)))
    .map((file) => ({ file, path: join(dir, file) }));
}

const hidden = (segment: string) => segment.startsWith(".") || segment === "node_modules";

/** Folder by folder, names in locale order: the order a reader of the folder sees. */
function byPath(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = a[i].localeCompare(b[i]);
    if (order) return order;
  }
  return a.length - b.length;
}

/** Every file under a folder, as "/"-separated paths relative to it; hidden folders are skipped. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep))
    .filter((segments) => !segments.some(hidden))
    .sort(byPath)
    .map((segments) => segments.join("/"));
}

/** Expands the command line's files and folders into documents. */
export function expandPaths(paths: string[]): SourceFile[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory() ? listDocuments(p) : [{ file: basename(p), path: p }],
  );
}

/** Reads a file as UTF-8 without throwing on invalid bytes (they become U+FFFD and are reported by the parser). */
export function readText(path: string): string {
  return new TextDecoder("utf-8").decode(readFileSync(path));
}
