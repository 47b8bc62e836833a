import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Mutation runs (npm run mutate) run a few test files per mutant, thousands of times: sharing one
// module cache between test files skips re-importing the parser and registry for each (~1.5 s).
// A source file that keeps state between calls (a memo) is mutated with isolation on
// (MUTATE_ISOLATE=1, set by scripts/mutate.ts): a memo filled while one mutant was active would
// outlive it and wrongly kill or spare the mutants after it.
export default mergeConfig(
  base,
  defineConfig({
    test: { isolate: process.env.MUTATE_ISOLATE === "1" },
  }),
);
