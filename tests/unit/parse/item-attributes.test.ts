import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

/** `technology[@version]:role(purpose)[why]` of each choice under a `## Backend` heading. */
function itemReads(body: string): string[] {
  return readsOf(`# App\n\n## Backend\n\n${body}\n`, ["version", "role", "purpose", "rationale"]);
}

describe("bullets under a bold name add to it", () => {
  it.each([
    [
      "version, why and purpose",
      "- **FastAPI**\n  - Version: 0.115.2\n  - Why: async and typed\n  - Purpose: HTTP API",
      ["fastapi@0.115.2:primary(HTTP API)[async and typed]"],
    ],
    [
      "a fuller version of the same",
      "- **Node.js 20**\n  - Version: 20.11.1",
      ["nodejs@20.11.1:primary"],
    ],
    ["not a different version", "- **Node.js 20**\n  - Version: 18.2", ["nodejs@20:primary"]],
    [
      "blanks add nothing",
      "- **FastAPI**\n  - Version: TBD\n  - Why: [describe]",
      ["fastapi:primary"],
    ],
    [
      "two reasons are joined",
      "- **FastAPI**\n  - Why: async\n  - Rationale: typed",
      ["fastapi:primary[async — typed]"],
    ],
  ])("%s", (_, body, expected) => {
    expect(itemReads(body)).toEqual(expected);
  });
});

describe("an item that names several things, or praises one", () => {
  it.each([
    [
      "each name its own job",
      "- Redis for sessions, Vite for builds",
      ["redis:primary(sessions)", "vite:primary(builds)"],
    ],
    [
      "praise is why, not what for",
      "- Vite is fast and light",
      ["vite:primary[Vite is fast and light]"],
    ],
    [
      "praise that weighs another name",
      "- Vite is faster than webpack",
      ["vite:primary[Vite is faster than webpack]", "webpack:alternative"],
    ],
    // Korean: the particle ties the words to the name; "is fast and light" is praise, not a job
    ["Korean praise", "- Vite는 빠르고 가볍습니다", ["vite:primary[Vite는 빠르고 가볍습니다]"]],
    ["Korean, what it is", "- Redis는 캐시 서버입니다", ["redis:primary(캐시 서버입니다)"]],
    ["Chinese, what it is for", "- Redis作为缓存", ["redis:primary(作为缓存)"]],
  ])("%s", (_, body, expected) => {
    expect(itemReads(body)).toEqual(expected);
  });
});
