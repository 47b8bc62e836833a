import "server-only";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

/** Runs git in a folder; undefined when git is absent or the folder is not in a repository. */
function git(dir: string, args: string[], input?: string): Buffer | undefined {
  const run = spawnSync("git", ["-c", "core.quotepath=off", ...args], {
    cwd: dir,
    input,
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "ignore"],
  });
  return run.status === 0 && !run.error ? run.stdout : undefined;
}

/** Whether a folder or one above it holds `.git`: a folder outside git costs no git process at all. */
function underGit(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return !!process.env.GIT_DIR;
  }
}

/** The commits where a shallow clone's history stops (their parents were not fetched); undefined outside git. */
export function shallowBoundary(dir: string): Set<string> | undefined {
  const out = underGit(dir) ? git(dir, ["rev-parse", "--git-path", "shallow"]) : undefined;
  if (!out) return undefined;
  const rel = out.toString("utf8").trim();
  const path = isAbsolute(rel) ? rel : join(dir, rel);
  return new Set(existsSync(path) ? readFileSync(path, "utf8").split(/\s+/).filter(Boolean) : []);
}

/**
 * The one `git log` pass of a build: every commit touching the folder, newest first, with each
 * changed file's old and new blob and renames detected (-M), paths relative to the folder.
 */
export function gitLog(dir: string): string | undefined {
  const args = ["log", "-M", "--raw", "--no-abbrev", "--relative", "-z"];
  return git(dir, [...args, "--format=%x1e%H %cI %P", "--", "."])?.toString("utf8");
}

/** The texts of many blobs through one `git cat-file --batch` (missing ones are left out). */
export function readBlobs(dir: string, shas: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (!shas.length) return texts;
  const out = git(dir, ["cat-file", "--batch"], `${shas.join("\n")}\n`);
  if (!out) return texts;
  const decoder = new TextDecoder("utf-8");
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [sha, type, size] = out.subarray(at, eol).toString("latin1").split(" ");
    at = eol + 1;
    if (type !== "blob") continue;
    const end = at + Number(size);
    texts.set(sha, decoder.decode(out.subarray(at, end)));
    at = end + 1;
  }
  return texts;
}
