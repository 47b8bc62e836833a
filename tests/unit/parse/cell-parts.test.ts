import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

/** What one Technology cell yields: `name@version:role(purpose)` per choice. */
const cellReads = (cell: string) =>
  readsOf(`# App\n\n| Layer | Technology |\n|---|---|\n| Backend | ${cell} |\n`, [
    "version",
    "role",
    "purpose",
  ]);

describe("names joined by a slash, each with its own aside", () => {
  it.each([
    ["SQLite (dev) / PostgreSQL (prod)", ["sqlite:primary(dev)", "postgresql:primary(prod)"]],
    ["SQLite (fast) / PostgreSQL (safe)", ["sqlite:option(fast)", "postgresql:option(safe)"]],
    ["Vite/Rollup (planned)", ["vite:planned", "rollup:planned"]],
  ])("%s → %j", (cell, expected) => {
    expect(cellReads(cell)).toEqual(expected);
  });
});

describe("a name, a dash and what it is for", () => {
  it.each([
    ["Redis — via BullMQ", ["redis:primary(via BullMQ)", "bullmq:primary"]],
    ["Redis — Redis cache for sessions", ["redis:primary(Redis cache for sessions)"]],
    ["Redis (managed) — used for sessions", ["redis:primary(managed; used for sessions)"]],
    ["Redis 7 — the queue", ["redis@7:primary(the queue)"]],
    ["React + Vite (planned)", ["react:primary", "vite:planned"]],
  ])("%s → %j", (cell, expected) => {
    expect(cellReads(cell)).toEqual(expected);
  });
});

describe("names weighed with a CJK or Korean 'or'", () => {
  it.each([
    "MySQL 或者 PostgreSQL",
    "MySQL 或 PostgreSQL",
    "MySQL または PostgreSQL",
    "MySQL 또는 PostgreSQL",
  ])("%s makes both options", (cell) => {
    expect(cellReads(cell)).toEqual(["mysql:option", "postgresql:option"]);
  });

  it("but not before words that name nothing: MySQL 或者 数据库", () => {
    expect(cellReads("MySQL 或者 数据库").map((r) => r.split("(")[0])).toEqual(["mysql:primary"]);
  });
});

describe("an aside that is a licence", () => {
  it("says nothing of the job: Postgres (Apache 2.0)", () => {
    expect(cellReads("Postgres (Apache 2.0)")).toEqual(["postgresql:primary"]);
  });

  it("and a licence alone names nothing: Apache 2.0", () => {
    expect(cellReads("Apache 2.0")).toEqual([]);
  });
});
