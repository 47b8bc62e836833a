import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";

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
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isDocument(entry.name))
        out.push({ file: relative(dir, path).split("\\").join("/"), path });
    }
  };
  walk(dir);
  return out;
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
