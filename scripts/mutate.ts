// npm run mutate [-- paths…] [--report]: Stryker over lib/, one source file at a time, each with
// its own incremental file (.stryker-tmp/inc/), so a run cut short keeps what it finished and a
// rerun tests only what changed. Then prints the mutation score per folder and the survivors.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = process.cwd();
const INC_DIR = join(ROOT, ".stryker-tmp", "inc");
const FOLDERS = ["lib/compare", "lib/search", "lib/content"];
const TARGET = 80;

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourcesUnder(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

const incFileOf = (source: string) => join(INC_DIR, `${source.replaceAll("/", "__")}.json`);

// Module-level state (`let memo`, `const cache = new Map()`): see vitest.mutate.config.ts.
const STATE = /^(let |const \w+ = new (Weak)?Map\b)/m;

function mutateOne(source: string): void {
  const started = Date.now();
  const stateful = STATE.test(readFileSync(join(ROOT, source), "utf8")) ? "1" : "0";
  const run = spawnSync(
    "npx",
    ["stryker", "run", "--mutate", source, "--incrementalFile", incFileOf(source)],
    {
      cwd: ROOT,
      env: { ...process.env, PROPERTY_RUNS: "50", MUTATION: "1", MUTATE_ISOLATE: stateful },
      // Stryker's own log per file, beside its results: .stryker-tmp/inc/<file>.log.
      stdio: ["ignore", openSync(incFileOf(source).replace(/json$/, "log"), "w"), "inherit"],
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `${source}: ${run.status === 0 ? "done" : `stryker exited ${run.status}`} (${seconds} s)`,
  );
}

/** Killed and timed-out mutants over every mutant that ran or had no test (Stryker's score). */
function scoreOf(mutants: Mutant[]) {
  const detected = mutants.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  const valid = mutants.filter((m) =>
    ["Killed", "Timeout", "Survived", "NoCoverage"].includes(m.status),
  ).length;
  return { detected, valid, score: valid ? (100 * detected) / valid : 100 };
}

function readReports(): Map<string, Mutant[]> {
  const byFile = new Map<string, Mutant[]>();
  if (!existsSync(INC_DIR)) return byFile;
  for (const name of readdirSync(INC_DIR).filter((n) => n.endsWith(".json"))) {
    const report: Report = JSON.parse(readFileSync(join(INC_DIR, name), "utf8"));
    for (const [file, { mutants }] of Object.entries(report.files)) byFile.set(file, mutants);
  }
  return byFile;
}

function printReport(sources: string[]): boolean {
  const byFile = readReports();
  let allMet = true;
  console.log("\nfile (survived + no coverage: first lines)");
  for (const source of sources) {
    const mutants = byFile.get(source);
    if (!mutants) continue;
    const lost = mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
    const { score } = scoreOf(mutants);
    const lines = [...new Set(lost.map((m) => m.location.start.line))].slice(0, 12).join(", ");
    console.log(
      `  ${source}  ${score.toFixed(1)}%  ${lost.length} left${lines ? `: ${lines}` : ""}`,
    );
  }
  console.log("\nfolder                 score   mutants   files measured   target");
  for (const folder of FOLDERS) {
    const files = sourcesUnder(folder);
    const measured = files.filter((f) => byFile.has(f));
    const { detected, valid, score } = scoreOf(measured.flatMap((f) => byFile.get(f) ?? []));
    const whole = measured.length === files.length;
    allMet &&= whole && score >= TARGET;
    const mark = !whole ? "(incomplete)" : score >= TARGET ? "met" : "NOT met";
    const shown = valid ? `${score.toFixed(1).padStart(5)}%` : "     —";
    console.log(
      `${folder.padEnd(22)} ${shown}  ${`${detected}/${valid}`.padStart(9)}   ${`${measured.length}/${files.length}`.padStart(14)}   ≥ ${TARGET}% ${mark}`,
    );
  }
  return allMet;
}

const args = process.argv.slice(2);
const reportOnly = args.includes("--report");
const asked = args.filter((a) => !a.startsWith("--"));
const sources = (asked.length ? asked : FOLDERS).flatMap((p) =>
  statSync(join(ROOT, p)).isDirectory() ? sourcesUnder(relative(ROOT, join(ROOT, p))) : [p],
);
mkdirSync(INC_DIR, { recursive: true });
if (!reportOnly) for (const source of sources) mutateOne(source);
process.exitCode = printReport(sources) ? 0 : 1;
