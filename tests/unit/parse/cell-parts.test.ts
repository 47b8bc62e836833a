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

describe("names in a cell's aside", () => {
  it.each([
    ["React (or Svelte)", ["react:primary", "svelte:option"]],
    ["React (alternatively Vue)", ["react:primary", "vue:option"]],
    ["React (e.g. Vue, Svelte)", ["react:primary", "vue:option", "svelte:option"]],
    ["React (e.g., Vue)", ["react:primary", "vue:option"]],
    ["Frontend (React, Vue or Svelte)", ["react:option", "vue:option", "svelte:option"]],
    ["QR codes (qrcode.react)", ["qrcode-react:primary"]],
    ["Charts (recharts)", ["recharts:primary"]],
    ["UI (like Svelte)", ["svelte:option"]],
    ["Auth (next-auth or lucia)", ["nextauth:option", "lucia:option"]],
    ["Data (Postgres: primary; Redis: cache)", ["postgresql:primary", "redis:primary"]],
  ])("%s → %j", (cell, expected) => {
    expect(cellReads(cell)).toEqual(expected);
  });
});

describe("a cell's aside or last word that gives a version or a time", () => {
  it.each([
    ["Redis (v7)", ["redis@v7:primary"]],
    ["Redis (7.2)", ["redis@7.2:primary"]],
    ["Redis (planned)", ["redis:planned"]],
    ["Redis (planned for v2)", ["redis:planned(planned for v2)"]],
    ["Redis (cache, optional)", ["redis:planned(cache, optional)"]],
    ["Redis optional", ["redis:planned"]],
    ["Redis later", ["redis:planned"]],
    ["Postgres (v16, planned)", ["postgresql@v16:planned"]],
    ["Postgres (16; managed)", ["postgresql@16:primary(managed)"]],
    ["Postgres (16, 17)", ["postgresql@16:primary"]],
    ["Node.js (20, LTS)", ["nodejs@20:primary"]],
  ])("%s → %j", (cell, expected) => {
    expect(cellReads(cell)).toEqual(expected);
  });
});
