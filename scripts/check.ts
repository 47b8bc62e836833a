// npm run check [-- <dir|file>...]: lints content; one line per diagnostic, exit 1 on errors.
// npm run check -- --explain CODE: what a diagnostic code means, with an example.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { countBySeverity } from "../lib/content/aggregate";
import { parseSources } from "../lib/content/catalog";
import { explainCode } from "../lib/content/diagnostics";
import { expandPaths } from "../lib/content/files";
import { buildCatalog, getContentDir } from "../lib/content/load";
import { getRegistry } from "../lib/content/registry";
import type { Diagnostic } from "../lib/content/schema";
import { readArgs } from "./args";

const { values: flags, positionals: args } = readArgs(
  { quiet: { type: "boolean", default: false }, explain: { type: "string" } },
  "npm run check -- [--quiet] [<dir|file>...] | --explain CODE",
);
const quiet = flags.quiet;
if (flags.explain !== undefined) {
  const text = explainCode(flags.explain);
  console[text.known ? "log" : "error"](text.lines.join("\n"));
  process.exit(text.known ? 0 : 2);
}
const missing = args.filter((a) => !existsSync(a));
if (missing.length) {
  console.error(`npm run check: no such file or folder: ${missing.join(", ")}`);
  process.exit(2);
}
const [first] = args;
const files = args.filter((a) => statSync(a).isFile());
const rel = (dir: string) => relative(process.cwd(), dir) || ".";

/** Diagnostics and counts for one folder (the whole catalog) or for single documents. */
function lint(): {
  diagnostics: Array<Diagnostic & { where: string }>;
  stacks: number;
  documents: number;
} {
  if (!files.length) {
    const dir = first ? resolve(first) : getContentDir();
    const catalog = buildCatalog(dir);
    const diagnostics = catalog.diagnostics.map((d) => ({ ...d, where: join(rel(dir), d.file) }));
    return { diagnostics, stacks: catalog.stacks.length, documents: catalog.stats.documents };
  }
  // Single documents are read with the registry of their own folder, like a build of that folder.
  const result = parseSources(expandPaths(args), getRegistry(dirname(resolve(files[0]))));
  const diagnostics = result.diagnostics.map((d) => ({
    ...d,
    where: join(rel(dirname(resolve(files[0]))), d.file),
  }));
  return { diagnostics, stacks: result.stacks.length, documents: expandPaths(args).length };
}

const { diagnostics, stacks, documents } = lint();
for (const d of diagnostics) {
  if (quiet && d.severity === "info") continue;
  console.log(`${d.where}:${d.line}:${d.col} ${d.severity} ${d.message}`);
}
const c = countBySeverity(diagnostics);
console.log(
  `${stacks} stacks from ${documents} documents: ${c.error} errors, ${c.warning} warnings, ${c.info} notes`,
);
process.exit(c.error ? 1 : 0);
