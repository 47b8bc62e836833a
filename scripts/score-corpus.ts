// npm run corpus [-- --verbose] [-- --only a-01]: scores the parser on the development corpus of real
// public stack documents (tests/corpus). Their texts are other people's writing and are not committed:
// tests/corpus/manifest.json says where each came from, and the score runs only when the texts are in
// tests/corpus/docs/. Prints recall, not_present failures and the scorer's own figures.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseSources } from "../lib/content/catalog";
import { expandPaths } from "../lib/content/files";
import { getRegistry } from "../lib/content/registry";

const { values: flags } = parseArgs({
  options: { verbose: { type: "boolean", default: false }, only: { type: "string" } },
});
const CORPUS = join(process.cwd(), "tests", "corpus");
const DOCS = join(CORPUS, "docs");
const KEYS = join(CORPUS, "keys");
const SCORER = join(process.cwd(), "..", "shared", "tools", "score-extraction.mjs");

interface Key {
  doc: string;
  not_present?: string[];
}

const keys = readdirSync(KEYS)
  .filter((f) => f.endsWith(".json") && (!flags.only || f.startsWith(flags.only)))
  .map((f) => ({ file: f, key: JSON.parse(readFileSync(join(KEYS, f), "utf8")) as Key }));
const present = keys.filter((k) => existsSync(join(DOCS, k.key.doc)));
if (!existsSync(SCORER)) {
  console.log(`SKIPPED: corpus score (no scorer at ${SCORER})`);
  process.exit(0);
}
if (!present.length) {
  console.log(
    `SKIPPED: corpus score (${keys.length} keys, but no texts in ${DOCS}; fetch them from manifest.json)`,
  );
  process.exit(0);
}

// The scorer reads a folder of keys: give it only those whose text is here.
const tmp = mkdtempSync(join(tmpdir(), "corpus-keys-"));
for (const k of present) writeFileSync(join(tmp, k.file), JSON.stringify(k.key));
// Parse every document in this one process (a process per document took minutes); the scorer then
// reads each result back through a printer, exactly as `npm run parse -- --json` would print it.
const parsed = join(tmp, "parsed");
mkdirSync(parsed);
const registry = getRegistry();
for (const k of present) {
  const result = parseSources(expandPaths([join(DOCS, k.key.doc)]), registry);
  writeFileSync(join(parsed, `${k.key.doc}.json`), JSON.stringify(result));
}
const parse = `node ${join(process.cwd(), "scripts", "print-parsed.mjs")} ${parsed}`;
// The scorer exits right after printing: a pipe would lose the tail of its output, a file does not.
const outFile = join(tmp, "score.txt");
const fd = openSync(outFile, "w");
spawnSync(
  process.execPath,
  [SCORER, DOCS, tmp, "--parse", parse, ...(flags.verbose ? ["--verbose"] : [])],
  { stdio: ["ignore", fd, "inherit"] },
);
closeSync(fd);
const out = readFileSync(outFile, "utf8");
rmSync(tmp, { recursive: true, force: true });
const failures = out.split("\n").filter((l) => l.startsWith("FAIL "));
const totals = /(\d+) passed, (\d+) failed/.exec(out);
const passed = Number(totals?.[1] ?? 0);
const failed = Number(totals?.[2] ?? 0);
const notPresentCases = present.reduce((n, k) => n + (k.key.not_present?.length ?? 0), 0);
const notPresentFails = failures.filter((f) => /is not taken for a technology/.test(f)).length;
for (const f of failures) console.log(f);
const languages = new Set(present.map((k) => manifestLanguage(k.key.doc)).filter(Boolean));
console.log(
  `corpus: ${present.length} documents (${languages.size} languages), ${passed + failed} cases: ${passed} passed, ${failed} failed ` +
    `= ${((100 * passed) / Math.max(1, passed + failed)).toFixed(1)}%; not_present failures ${notPresentFails} of ${notPresentCases}`,
);

function manifestLanguage(doc: string): string | undefined {
  const manifest = join(CORPUS, "manifest.json");
  if (!existsSync(manifest)) return undefined;
  const entries = JSON.parse(readFileSync(manifest, "utf8")) as Array<{
    id: string;
    language: string;
  }>;
  return entries.find((e) => `${e.id}.md` === doc)?.language;
}
