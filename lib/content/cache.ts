import "server-only";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { walkFiles } from "./files";
import { parseDocument } from "./parse";
import type { Registry } from "./registry";
import type { ParseResult } from "./schema";

export const CACHE_DIR = join(process.cwd(), ".cache", "parse");

let parserHash: string | undefined;

const PARSER_PACKAGES = [
  "remark",
  "unified",
  "remark-parse",
  "remark-gfm",
  "gray-matter",
  "js-yaml",
  "smol-toml",
  "hast-util-from-html",
  "mdast-util-to-string",
];

/** An installed package's version, or "?" when it cannot be read. */
export function packageVersion(name: string): string {
  try {
    return (
      (
        JSON.parse(
          readFileSync(join(process.cwd(), "node_modules", name, "package.json"), "utf8"),
        ) as { version?: string }
      ).version ?? "?"
    );
  } catch {
    return "?";
  }
}

/** A fingerprint of the parser's own code, so a changed parser never serves stale results. */
export function getParserHash(): string {
  if (parserHash) return parserHash;
  const hash = createHash("sha256");
  const parser = join(process.cwd(), "lib", "content");
  if (existsSync(parser))
    for (const file of walkFiles(parser).filter((f) => f.endsWith(".ts")))
      hash.update(readFileSync(join(parser, file)));
  // The slot taxonomy and the libraries that read the syntax are part of the parser too.
  const slots = join(process.cwd(), "content", "slots.json");
  if (existsSync(slots)) hash.update(readFileSync(slots));
  for (const pkg of PARSER_PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}`);
  parserHash = hash.digest("hex").slice(0, 16);
  return parserHash;
}

export function registryHash(registry: Registry): string {
  return createHash("sha256")
    .update(JSON.stringify(registry.technologies))
    .digest("hex")
    .slice(0, 16);
}

/** What a stored result depends on: the parser's code and libraries, the registry, the file's name and text. */
export function cacheKey(
  file: string,
  text: string,
  regHash: string,
  parser = getParserHash(),
): string {
  return createHash("sha256").update(`${parser}\0${regHash}\0${file}\0`).update(text).digest("hex");
}

/** Parses a document, or returns the stored result for the same content, name, parser and registry. */
export function parseCached(
  file: string,
  text: string,
  registry: Registry,
  regHash: string,
  stats?: { hits: number; misses: number },
): ParseResult {
  const key = cacheKey(file, text, regHash);
  const path = join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
  if (existsSync(path)) {
    try {
      const hit = JSON.parse(readFileSync(path, "utf8")) as ParseResult;
      if (stats) stats.hits++;
      return hit;
    } catch {
      // A torn cache file is simply parsed again.
    }
  }
  const result = parseDocument(file, text, registry);
  if (stats) stats.misses++;
  try {
    mkdirSync(join(CACHE_DIR, key.slice(0, 2)), { recursive: true });
    writeFileSync(path, JSON.stringify(result));
  } catch {
    // A read-only checkout still parses; it just cannot remember.
  }
  return result;
}
