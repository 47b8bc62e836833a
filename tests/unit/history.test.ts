import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildHistory } from "@/lib/history/build";
import { latestChanges } from "@/lib/history/changes";
import { summarize } from "@/lib/history/summary";
import { parse } from "./helpers";

const roots: string[] = [];
const tmp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
};
afterAll(() => {
  for (const r of roots) execFileSync("rm", ["-rf", r]);
});

/** A repository whose commits are dated one day apart from 2026-01-01. */
function repo(): { dir: string; commit: (message: string) => void } {
  const dir = tmp("history-");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q");
  let day = 0;
  const commit = (message: string) => {
    day++;
    const date = `2026-01-${String(day).padStart(2, "0")}T12:00:00+00:00`;
    git("add", "-A");
    execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@e", "commit", "-qm", message], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  };
  return { dir, commit };
}

const doc = (title: string, lines: string[]) =>
  `# ${title}\n\n## Stack\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;

const historyOf = (dir: string) =>
  buildHistory(dir, parseAll(dir), (file, text) => parse(text, file));

/** Today's stacks of every document in the folder, as the catalog would have them. */
function parseAll(dir: string) {
  const ls = execFileSync("ls", [dir]).toString().trim().split("\n").filter(Boolean);
  return ls
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => parse(execFileSync("cat", [join(dir, f)]).toString(), f).stacks);
}

describe("history from git", () => {
  it("lists choices added, removed and moved to another version, newest first", () => {
    const { dir, commit } = repo();
    writeFileSync(
      join(dir, "orders.md"),
      doc("Orders service", ["Database: PostgreSQL 15", "Cache: Redis"]),
    );
    commit("add");
    writeFileSync(
      join(dir, "orders.md"),
      doc("Orders service", ["Database: PostgreSQL 16", "Messaging: NATS"]),
    );
    commit("upgrade");
    const [latest, first] = historyOf(dir).orders;
    expect(first).toMatchObject({ event: "added", date: "2026-01-01T12:00:00+00:00" });
    expect(latest.changes.map((c) => [c.kind, c.technology, c.from, c.to])).toEqual([
      ["version", "postgresql", "15", "16"],
      ["added", "nats", undefined, undefined],
      ["removed", "redis", undefined, undefined],
    ]);
    expect(summarize(latest)).toBe("PostgreSQL 15 → 16; added NATS; removed Redis");
    expect(latestChanges(historyOf(dir), parseAll(dir))[0]).toMatchObject({
      title: "Orders service",
      summary: "PostgreSQL 15 → 16; added NATS; removed Redis",
    });
  });

  it("follows a rename to the document's older name", () => {
    const { dir, commit } = repo();
    writeFileSync(join(dir, "old.md"), doc("Billing", ["Database: MySQL 8"]));
    commit("add");
    renameSync(join(dir, "old.md"), join(dir, "billing.md"));
    commit("rename");
    writeFileSync(join(dir, "billing.md"), doc("Billing", ["Database: MySQL 8", "Cache: Redis"]));
    commit("add redis");
    const entries = historyOf(dir).billing;
    expect(entries.map((e) => e.event)).toEqual(["changed", "renamed", "added"]);
    expect(entries[1]).toMatchObject({ from: "old.md", file: "billing.md", changes: [] });
    expect(entries[2].file).toBe("old.md");
  });

  it("rewording that keeps the choices is listed on the stack but is not a decision change", () => {
    const { dir, commit } = repo();
    writeFileSync(join(dir, "a.md"), doc("Alpha", ["Database: PostgreSQL"]));
    commit("add");
    writeFileSync(join(dir, "a.md"), `${doc("Alpha", ["Database: PostgreSQL"])}\nMore words.\n`);
    commit("words");
    const history = historyOf(dir);
    expect(history.a.map((e) => summarize(e))).toEqual([
      "reworded; the choices stayed the same",
      "added with 1 technology",
    ]);
    expect(latestChanges(history, parseAll(dir)).map((c) => c.summary)).toEqual([
      "added with 1 technology",
    ]);
  });

  it("a folder outside git has no history and does not fail", () => {
    const dir = tmp("plain-");
    writeFileSync(join(dir, "a.md"), doc("Alpha", ["Database: PostgreSQL"]));
    expect(historyOf(dir)).toEqual({});
  });

  it("a shallow clone shows less history, its first commit as the earliest version, not an addition", () => {
    const { dir, commit } = repo();
    mkdirSync(join(dir, "docs"));
    writeFileSync(join(dir, "docs", "a.md"), doc("Alpha", ["Database: MySQL"]));
    commit("one");
    writeFileSync(join(dir, "docs", "a.md"), doc("Alpha", ["Database: PostgreSQL"]));
    commit("two");
    writeFileSync(
      join(dir, "docs", "a.md"),
      doc("Alpha", ["Database: PostgreSQL", "Cache: Redis"]),
    );
    commit("three");
    const clone = join(tmp("clone-"), "c");
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${dir}`, clone], { stdio: "pipe" });
    const entries = historyOf(join(clone, "docs")).a;
    expect(entries.map((e) => [e.event, summarize(e)])).toEqual([
      ["changed", "added Redis"],
      ["earliest", "earliest recorded version (1 technology)"],
    ]);
  });
});
