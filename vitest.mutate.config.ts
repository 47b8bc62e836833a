import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Mutation runs (npm run mutate) run a few test files per mutant, thousands of times: sharing one
// module cache between test files skips re-importing the parser and registry for each (~1.5 s).
export default mergeConfig(
  base,
  defineConfig({
    test: { isolate: false },
  }),
);
