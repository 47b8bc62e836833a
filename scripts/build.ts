// npm run build [-- --strict]: parse the content once, then let Next.js render every page statically.
import { spawnSync } from "node:child_process";
import { getCodeHash, rememberTypechecked, wasTypechecked } from "../lib/export/typecheck-memo";

/** Runs a script in a process of its own, so what it holds (the parsed catalog) is freed when it ends. */
function run(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const res = spawnSync(process.execPath, args, { stdio: "inherit", env });
  return res.status ?? 1;
}
const tsx = (script: string, args: string[] = []) =>
  run(["--conditions=react-server", "--import", "tsx", script, ...args]);

// The type check proves the code, not the content: a rebuild for edited documents skips it while
// the code is what the last passing check saw (8 s of a build at 1,000 stacks).
const code = getCodeHash();
const checked = process.env.NEXT_TYPECHECKED === "1" || wasTypechecked(code);
if (checked && process.env.NEXT_TYPECHECKED !== "1")
  console.log("build: the code is as last type-checked (.cache/typechecked); Next skips its check");
const next = () =>
  run(["node_modules/next/dist/bin/next", "build"], {
    ...process.env,
    NEXT_TYPECHECKED: checked ? "1" : "",
  });

// The prebuild's catalog (1.2 GB at 10,000 stacks) is gone before Next's workers load theirs.
const steps = [
  () => tsx("scripts/prebuild.ts", process.argv.slice(2)),
  () => {
    const status = next();
    if (status === 0 && !checked) rememberTypechecked(code);
    return status;
  },
  () => tsx("scripts/postbuild.ts"),
];
for (const step of steps) {
  const status = step();
  if (status !== 0) process.exit(status);
}
