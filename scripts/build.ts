// npm run build [-- --strict]: parse the content once, then let Next.js render every page statically.
import { spawnSync } from "node:child_process";

/** Runs a script in a process of its own, so what it holds (the parsed catalog) is freed when it ends. */
function run(args: string[]): number {
  const res = spawnSync(process.execPath, args, { stdio: "inherit", env: process.env });
  return res.status ?? 1;
}
const tsx = (script: string, args: string[] = []) =>
  run(["--conditions=react-server", "--import", "tsx", script, ...args]);

// The prebuild's catalog (1.2 GB at 10,000 stacks) is gone before Next's workers load theirs.
const steps = [
  () => tsx("scripts/prebuild.ts", process.argv.slice(2)),
  () => run(["node_modules/next/dist/bin/next", "build"]),
  () => tsx("scripts/postbuild.ts"),
];
for (const step of steps) {
  const status = step();
  if (status !== 0) process.exit(status);
}
