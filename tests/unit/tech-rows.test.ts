import { describe, expect, it } from "vitest";
import { toAggregates } from "@/lib/content/aggregate";
import { countByLayer, toTechRows } from "@/lib/search/tech-rows";
import { parse, registry } from "./helpers";

const STACKS = [
  "# Shop\n\n## Data\n\n- Database: PostgreSQL 16\n- Cache: Redis\n\n## Frontend\n\n- UI: React\n",
  "# Blog\n\n## Data\n\n- Database: PostgreSQL 15\n\n## Alternatives considered\n\n- Redis\n",
].flatMap((doc, i) => parse(doc, `stack-${i}.md`).stacks);

const rows = toTechRows(toAggregates(STACKS, registry).technologies, registry);
const row = (id: string) => rows.find((r) => r.id === id);

describe("the technologies page's rows", () => {
  it("carry each technology's name, layer, slot, counts by role and versions", () => {
    expect(row("postgresql")).toMatchObject({
      name: "PostgreSQL",
      layer: "data",
      slot: "database",
      primary: 2,
      alternative: 0,
      versions: expect.arrayContaining(["15", "16"]),
    });
    expect(row("redis")).toMatchObject({ primary: 1, alternative: 1, other: 0 });
    expect(row("react")).toMatchObject({ layer: "frontend", primary: 1 });
  });

  it("carry the registry's aliases, so “postgres” finds PostgreSQL", () => {
    expect(row("postgresql")?.aliases).toContain("postgres");
    expect(row("react")?.aliases).toContain("reactjs");
  });

  it("count the technologies of each layer for the tabs", () => {
    expect(countByLayer(rows)).toEqual({ data: 2, frontend: 1 });
    expect(countByLayer([])).toEqual({});
  });
});
