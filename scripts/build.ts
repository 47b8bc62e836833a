// npm run build [-- --strict]: parse the content once, then let Next.js render every page statically.
import { spawnSync } from "node:child_process";
import { isStrict } from "./args";
import { prebuild } from "./prebuild";

if (!prebuild(isStrict())) process.exit(1);
const next = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: process.env,
});
if (next.status !== 0) process.exit(next.status ?? 1);
const post = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/postbuild.ts"],
  {
    stdio: "inherit",
    env: process.env,
  },
);
process.exit(post.status ?? 1);
