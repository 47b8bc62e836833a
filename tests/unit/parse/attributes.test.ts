import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** [technology, version, purpose, rationale] of each choice, in the order of the registry ids. */
const factsOf = (body: string) =>
  allChoices(parse(`# App\n\n${body}\n`))
    .map((c) => [c.technology, c.version ?? null, c.purpose ?? null, c.rationale ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("`Label: value` lines under a choice add to it", () => {
  it("version, reason and purpose, each to its own field", () => {
    const body =
      "## Backend\n\n- FastAPI\n  - Version: 0.115.2\n  - Why: async and typed\n  - Purpose: REST API";
    expect(factsOf(body)).toEqual([["fastapi", "0.115.2", "REST API", "async and typed"]]);
  });

  it.each([
    ["a fuller version wins", "PostgreSQL 15", "15.3", "15.3"],
    ["a different one never replaces the first", "Redis 7", "6.2", "7"],
    ["a leading v is not part of the comparison", "Node.js v20", "20.11", "20.11"],
    ["a version only from the label", "Django", "5.1", "5.1"],
    ["a placeholder adds nothing", "Django", "TBD", null],
  ])("%s", (_, item, version, expected) => {
    const [[, found]] = factsOf(`## Backend\n\n- ${item}\n  - Version: ${version}`);
    expect(found).toBe(expected);
  });

  it("a lone version line under a bold name is its version, not what it does", () => {
    expect(factsOf("## Backend\n\n- **FastAPI**\n  - Version: 0.115")).toEqual([
      ["fastapi", "0.115", null, null],
    ]);
    const [[id, version, purpose]] = factsOf("## Data\n\n- **Redis**\n  - Session store");
    expect([id, version, purpose]).toEqual(["redis", null, "Session store"]);
  });

  it("without a name above them, they add to what the section's text just named", () => {
    expect(
      factsOf("## Data\n\nWe use PostgreSQL and Redis.\n\n- Version: 16\n- Why: reliable"),
    ).toEqual([
      ["postgresql", "16", null, "reliable"],
      ["redis", "16", null, "reliable"],
    ]);
  });
});

describe("what an item says after each name", () => {
  it("is that name's purpose, up to the next name", () => {
    expect(
      factsOf("## Tools\n\n- Redis for sessions, Vite for builds\n- Serilog dla logowania"),
    ).toEqual([
      ["redis", null, "sessions", null],
      ["serilog", null, "logowania", null],
      ["vite", null, "builds", null],
    ]);
  });

  it("is the reason, when a sentence opens with the name and praises it", () => {
    const [[, , , why]] = factsOf("## Tools\n\n- Vite는 CRA에 비해 빠르고 가볍습니다");
    expect(why).toBe("Vite는 CRA에 비해 빠르고 가볍습니다");
    const [[, , , none]] = factsOf("## Tools\n\n- Vite builds the bundle");
    expect(none).toBeNull();
  });
});
