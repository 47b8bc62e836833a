// npm run check [-- <dir>]: lints a content folder; one line per diagnostic, exit 1 on errors.
import { join, relative, resolve } from "node:path";
import { countBySeverity } from "../lib/content/aggregate";
import { buildCatalog, getContentDir } from "../lib/content/load";

const arg = process.argv.slice(2).find((a) => !a.startsWith("-"));
const quiet = process.argv.includes("--quiet");
const dir = arg ? resolve(arg) : getContentDir();
const catalog = buildCatalog(dir);
const rel = relative(process.cwd(), dir) || ".";
for (const d of catalog.diagnostics) {
  if (quiet && d.severity === "info") continue;
  console.log(`${join(rel, d.file)}:${d.line}:${d.col} ${d.severity} ${d.message}`);
}
const c = countBySeverity(catalog.diagnostics);
console.log(`${catalog.stacks.length} stacks from ${catalog.stats.documents} documents: ${c.error} errors, ${c.warning} warnings, ${c.info} notes`);
process.exit(c.error ? 1 : 0);
