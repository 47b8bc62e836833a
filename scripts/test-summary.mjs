// Prints one closing line for the whole run from the unit and browser test reports.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = JSON.parse(readFileSync(vitestFile, "utf8"));
passed += vitest.numPassedTests ?? 0;
failed += vitest.numFailedTests ?? 0;
const pw = JSON.parse(readFileSync(playwrightFile, "utf8"));
passed += pw.stats?.expected ?? 0;
failed += (pw.stats?.unexpected ?? 0) + (pw.stats?.flaky ?? 0);
// Steps the run could not take (no ../shared, no corpus texts) are counted, never silent.
const skippedSteps = existsSync(".e2e/skipped.txt")
  ? readFileSync(".e2e/skipped.txt", "utf8").split("\n").filter(Boolean)
  : [];
const skippedTests =
  (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0) + (pw.stats?.skipped ?? 0);
for (const why of skippedSteps) console.log(`skipped step: ${why}`);
if (skippedTests) console.log(`skipped tests: ${skippedTests}`);
const skipped = skippedSteps.length + skippedTests;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
