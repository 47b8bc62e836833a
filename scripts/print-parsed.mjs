// node scripts/print-parsed.mjs DIR DOC: prints DIR/<name of DOC>.json, a parse result written
// beforehand by scripts/score-corpus.ts, so the scorer needs no parser process per document.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";

const [dir, doc] = process.argv.slice(2);
process.stdout.write(readFileSync(join(dir, `${basename(doc)}.json`), "utf8"));
