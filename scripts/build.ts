// npm run build [-- --strict]: parse the content once, then let Next.js render every page statically.
import { spawnSync } from "node:child_process";
import { prebuild } from "./prebuild";

// --lenient builds content that is known to be broken (the hostile-document tests) even in CI.
const strict =
  !process.argv.includes("--lenient") &&
  (process.argv.includes("--strict") || process.env.CI === "true");
if (!prebuild(strict)) process.exit(1);
const next = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: process.env,
});
if (next.status !== 0) process.exit(next.status ?? 1);
const post = spawnSync(process.execPath, ["--import", "tsx", "scripts/postbuild.ts"], {
  stdio: "inherit",
  env: process.env,
});
process.exit(post.status ?? 1);
