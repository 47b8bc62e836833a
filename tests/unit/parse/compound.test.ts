import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

/** `technology[@version]:role[(purpose)]` of each choice one Technology cell yields, in order. */
function cellReads(cell: string): string[] {
  const doc = `# App\n\n| Layer | Technology |\n|---|---|\n| Backend | ${cell} |\n`;
  return readsOf(doc, ["version", "role", "purpose"]);
}

const sorted = (xs: string[]) => [...xs].sort();

describe("the grammar of a cell that names technologies", () => {
  it.each([
    // an arrow: what it points to is planned; words without a name describe the move
    ["Express → Fastify", ["express:primary", "fastify:planned"]],
    ["Express->Fastify", ["express:primary", "fastify:planned"]],
    ["Express => Fastify (Q3)", ["express:primary", "fastify:planned(Q3)"]],
    ["Express → Fastify, Koa", ["express:primary", "fastify:planned", "koa:planned"]],
    ["Express → later this year", ["express:primary(later this year)"]],
    ["Frobnik → Blorb", ["frobnik:primary(Blorb)"]],
    // a dash: what follows describes the name before it, and names in it are used too
    ["Inngest 4 — 8 functions: sync, email", ["inngest@4:primary(8 functions: sync, email)"]],
    [
      "PostgreSQL — with Redis for caching",
      ["postgresql:primary(with Redis for caching)", "redis:primary"],
    ],
    ["Redis — Redis for sessions", ["redis:primary(Redis for sessions)"]],
    // lists: commas, plus, semicolons, middle dots and CJK commas all list names
    ["Vue + Pinia", ["vue:primary", "pinia:primary"]],
    ["Vue、Pinia", ["vue:primary", "pinia:primary"]],
    ["Flask; Celery", ["flask:primary", "celery:primary"]],
    ["with Redis, Celery", ["redis:primary", "celery:primary"]],
    ["Next.js 15 • React 18", ["nextjs@15:primary", "react@18:primary"]],
    ["axum, serde, tokio", ["axum:primary", "serde:primary", "tokio:primary"]],
    ["Redis, redis", ["redis:primary"]],
    // requirement pins, addresses, option letters and full-width brackets
    ["fastapi>=0.109.0", ["fastapi@0.109.0:primary"]],
    ["Django ~> 5.0", ["django@5.0:primary"]],
    ["https://example.com/x/y", []],
    ["Option B) WebRTC", ["webrtc:primary"]],
    ["C: Nakama", ["nakama:primary"]],
    ["PostgreSQL（本番）", ["postgresql:primary(本番)"]],
    ["`my-lib`", ["my-lib:primary"]],
  ])("%s", (cell, expected) => {
    expect(cellReads(cell)).toEqual(expected);
  });

  it.each([
    ["React or Vue", ["react:option", "vue:option"]],
    ["React, Vue or Svelte", ["react:option", "svelte:option", "vue:option"]],
    ["or Svelte, React", ["react:option", "svelte:option"]],
    ["React 或 Vue", ["react:option", "vue:option"]],
    [
      "Next.js 15 · React 18 · TypeScript 5",
      ["nextjs@15:primary", "react@18:primary", "typescript@5:primary"],
    ],
  ])("%s (in any order)", (cell, expected) => {
    expect(sorted(cellReads(cell))).toEqual(expected);
  });
});
