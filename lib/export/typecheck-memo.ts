import "server-only";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { walkFiles } from "../content/files";

export const TYPECHECK_MEMO = join(process.cwd(), ".cache", "typechecked");

// What Next's type check reads: every .ts and .tsx (tsconfig's include), its settings and the
// installed packages' types; never the content, which no code imports.
const CODE = /\.tsx?$/;
const SETTINGS = ["tsconfig.json", "package-lock.json"];
// Folders of built or generated files, walked for nothing (out/ holds 30,000 at 10,000 stacks).
const NOT_CODE = new Set(["out", "public", "node_modules", "next-env.d.ts"]);

/** Every .ts and .tsx file of the project, its built and hidden folders left out. */
function codeFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => !NOT_CODE.has(e.name) && !e.name.startsWith("."))
    .flatMap((e) =>
      e.isDirectory() ? walkFiles(join(root, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
    )
    .filter((f) => CODE.test(f))
    .sort();
}

/** A fingerprint of the code a type check proves: equal fingerprints, equal verdicts. */
export function getCodeHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files = codeFiles(root);
  for (const file of [...files, ...SETTINGS.filter((f) => existsSync(join(root, f)))])
    hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  return hash.digest("hex");
}

/** Whether this very code passed a type check in an earlier build here. */
export function wasTypechecked(codeHash: string, memo = TYPECHECK_MEMO): boolean {
  return existsSync(memo) && readFileSync(memo, "utf8") === codeHash;
}

/** Remembers that a build type-checked this code and passed. */
export function rememberTypechecked(codeHash: string, memo = TYPECHECK_MEMO): void {
  mkdirSync(dirname(memo), { recursive: true });
  writeFileSync(memo, codeHash);
}
