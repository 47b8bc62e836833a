import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildHistory } from "@/lib/history/build";
import { latestChanges } from "@/lib/history/changes";
import { summarize } from "@/lib/history/summary";
import { stackDoc as doc, historyRepo } from "../history-repo";
import { parse } from "./helpers";

const roots: string[] = [];
const tmp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
};
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
const repo = () => historyRepo(tmp("history-"));

/** Today's stacks of every document in the folder, as the catalog would have them. */
function parseAll(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => parse(readFileSync(join(dir, f), "utf8"), f).stacks);
}

const historyOf = (dir: string) =>
  buildHistory(dir, parseAll(dir), (file, text) => parse(text, file));

describe("history from git", () => {
  it("lists choices added, removed and moved to another version, newest first", () => {
    const { dir, write, commit } = repo();
    write("orders.md", doc("Orders service", ["Database: PostgreSQL 15", "Cache: Redis"]));
    commit("add");
    write("orders.md", doc("Orders service", ["Database: PostgreSQL 16", "Messaging: NATS"]));
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
    const { dir, write, move, commit } = repo();
    write("old.md", doc("Billing", ["Database: MySQL 8"]));
    commit("add");
    move("old.md", "billing.md");
    commit("rename");
    write("billing.md", doc("Billing", ["Database: MySQL 8", "Cache: Redis"]));
    commit("add redis");
    const entries = historyOf(dir).billing;
    expect(entries.map((e) => e.event)).toEqual(["changed", "renamed", "added"]);
    expect(entries[1]).toMatchObject({ from: "old.md", file: "billing.md", changes: [] });
    expect(entries[2].file).toBe("old.md");
  });

  it("rewording that keeps the choices is listed on the stack but is not a decision change", () => {
    const { dir, write, commit } = repo();
    write("a.md", doc("Alpha", ["Database: PostgreSQL"]));
    commit("add");
    write("a.md", `${doc("Alpha", ["Database: PostgreSQL"])}\nMore words.\n`);
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

  it("where git is not installed there is no history and nothing fails", () => {
    const { dir, write, commit } = repo();
    write("a.md", doc("Alpha", ["Database: PostgreSQL"]));
    commit("add");
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      expect(historyOf(dir)).toEqual({});
    } finally {
      process.env.PATH = path;
    }
  });

  it("a shallow clone shows less history, its first commit as the earliest version, not an addition", () => {
    const { dir, write, commit } = repo();
    write("docs/a.md", doc("Alpha", ["Database: MySQL"]));
    commit("one");
    write("docs/a.md", doc("Alpha", ["Database: PostgreSQL"]));
    commit("two");
    write("docs/a.md", doc("Alpha", ["Database: PostgreSQL", "Cache: Redis"]));
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
