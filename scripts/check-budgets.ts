// npm run budgets [-- <outDir>...]: byte budgets for every exported page: first-load JavaScript
// and HTML, gzip. Bytes do not depend on the machine's speed, so `npm test` gates on them.
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { listHtmlFiles, type PageWeight, toPageWeight } from "../lib/bench/page-weight";

const JS_MAX_KB = 150;
const HTML_MAX_KB = 60;

const { positionals } = parseArgs({ allowPositionals: true });
const dirs = positionals.length ? positionals : ["out"];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function overBudget(w: PageWeight): string[] {
  const out: string[] = [];
  if (w.jsGzip > JS_MAX_KB * 1024) out.push(`first-load JS ${kb(w.jsGzip)} gzip > ${JS_MAX_KB} KB`);
  if (w.htmlGzip > HTML_MAX_KB * 1024) out.push(`HTML ${kb(w.htmlGzip)} gzip > ${HTML_MAX_KB} KB`);
  return out;
}

let failed = false;
for (const dir of dirs) {
  const weights = listHtmlFiles(dir).flatMap((file) => {
    const w = toPageWeight(dir, `/${relative(dir, file)}`, relative(dir, file));
    return w ? [w] : [];
  });
  if (!weights.length) {
    console.log(`budgets: no pages found in ${dir}`);
    failed = true;
    continue;
  }
  const heaviestJs = weights.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
  const heaviestHtml = weights.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
  const problems = weights.flatMap((w) => overBudget(w).map((p) => `${w.page}: ${p}`));
  for (const p of problems.slice(0, 30)) console.log(`over budget: ${p}`);
  console.log(
    `budgets: ${weights.length} pages in ${dir}; heaviest JS ${kb(heaviestJs.jsGzip)} (${heaviestJs.page}), ` +
      `heaviest HTML ${kb(heaviestHtml.htmlGzip)} (${heaviestHtml.page}); targets JS <= ${JS_MAX_KB} KB, HTML <= ${HTML_MAX_KB} KB gzip; ${problems.length} over`,
  );
  if (problems.length) failed = true;
}
process.exit(failed ? 1 : 0);
