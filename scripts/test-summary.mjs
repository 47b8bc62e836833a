// Prints one closing line for the whole run from the unit and browser test reports.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = JSON.parse(readFileSync(vitestFile, "utf8"));
passed += vitest.numPassedTests ?? 0;
failed += vitest.numFailedTests ?? 0;
const pw = JSON.parse(readFileSync(playwrightFile, "utf8"));
passed += pw.stats?.expected ?? 0;
failed += (pw.stats?.unexpected ?? 0) + (pw.stats?.flaky ?? 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
