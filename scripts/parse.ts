// npm run parse -- [--json] <file|dir>...: prints the records parsed from stack documents.

import { parseSources } from "../lib/content/catalog";
import { expandPaths } from "../lib/content/files";
import { getRegistry } from "../lib/content/registry";
import type { ParseResult } from "../lib/content/schema";
import { readArgs } from "./args";

const USAGE = "npm run parse -- [--json] <file|dir>...";
const { values, positionals: paths } = readArgs(
  { json: { type: "boolean", default: false } },
  USAGE,
);
const json = values.json;
if (!paths.length) {
  console.error(`usage: ${USAGE}`);
  process.exit(2);
}
const result: ParseResult = parseSources(expandPaths(paths), getRegistry());
if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  for (const s of result.stacks) {
    const count = s.layers.reduce((n, l) => n + l.choices.length, 0);
    console.log(
      `${s.title}  [${s.kind}] ${s.slug}  (${s.source.file}:${s.source.line}, ${count} choices)`,
    );
    for (const l of s.layers) {
      const names = l.choices.map(
        (c) =>
          `${c.name}${c.version ? ` ${c.version}` : ""}${c.role === "primary" ? "" : ` (${c.role})`}`,
      );
      console.log(`  ${l.id.padEnd(13)} ${names.join(", ")}`);
    }
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of result.diagnostics) counts[d.severity]++;
  console.log(
    `\n${result.stacks.length} stacks; ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
  );
}
