import { describe, expect, it } from "vitest";
import { alignStacks, similarity, summarise } from "@/lib/compare/align";
import { toCsv, toMarkdown } from "@/lib/compare/export";
import type { CompareStack } from "@/lib/compare/records";

const mern: CompareStack = { s: "mern", t: "MERN", k: "stack", c: [["data", "mongodb", "MongoDB", "primary"], ["backend", "express", "Express.js", "primary"], ["frontend", "react", "React", "primary", "18"], ["language", "nodejs", "Node.js", "primary"]] };
const mean: CompareStack = { s: "mean", t: "MEAN", k: "stack", c: [["data", "mongodb", "MongoDB", "primary"], ["backend", "express", "Express.js", "primary"], ["frontend", "angular", "Angular", "primary"], ["language", "nodejs", "Node.js", "primary"], ["observability", "sentry", "Sentry", "planned"]] };
const newer: CompareStack = { s: "newer", t: "Newer", k: "stack", c: [["frontend", "react", "React", "primary", "19"], ["frontend", "redux", "Redux", "alternative"]] };
const template: CompareStack = { s: "tpl", t: "Template", k: "template", c: [["data", "postgresql", "PostgreSQL", "example"], ["data", "mongodb", "MongoDB", "example"]] };
const empty: CompareStack = { s: "empty", t: "Empty", k: "stack", c: [] };
const twoLayers: CompareStack = { s: "two", t: "Two", k: "stack", c: [["data", "redis", "Redis", "primary"], ["messaging", "redis", "Redis", "primary"]] };

describe("alignStacks", () => {
  it("puts the same technology on one line, marks it shared, and keeps canonical layer order", () => {
    const rows = alignStacks([mern, mean]);
    expect(rows.map((r) => r.layer)).toEqual(["language", "frontend", "backend", "data"]);
    const data = rows.find((r) => r.layer === "data");
    expect(data?.lines).toEqual([{ technology: "mongodb", name: "MongoDB", cells: [{ name: "MongoDB", role: "primary", version: undefined }, { name: "MongoDB", role: "primary", version: undefined }], status: "shared" }]);
    const fe = rows.find((r) => r.layer === "frontend")?.lines;
    expect(fe?.map((l) => [l.technology, l.status, l.owner])).toEqual([["react", "unique", 0], ["angular", "unique", 1]]);
  });

  it("marks a version difference and keeps both versions", () => {
    const line = alignStacks([mern, newer]).find((r) => r.layer === "frontend")?.lines.find((l) => l.technology === "react");
    expect(line?.status).toBe("version-diff");
    expect(line?.cells.map((c) => c?.version)).toEqual(["18", "19"]);
  });

  it("hides planned and alternative choices unless asked, and can show only differences", () => {
    expect(alignStacks([mern, mean]).some((r) => r.layer === "observability")).toBe(false);
    expect(alignStacks([mern, mean], { includeAll: true }).some((r) => r.layer === "observability")).toBe(true);
    const diff = alignStacks([mern, mean], { onlyDifferences: true });
    expect(diff.map((r) => r.layer)).toEqual(["frontend"]);
  });

  it("shows a template's examples, an empty stack, and one technology in two layers", () => {
    const rows = alignStacks([template, empty, twoLayers]);
    expect(rows.find((r) => r.layer === "data")?.lines.map((l) => l.technology)).toEqual(["postgresql", "mongodb", "redis"]);
    expect(rows.find((r) => r.layer === "messaging")?.lines[0].cells).toEqual([null, null, { name: "Redis", role: "primary", version: undefined }]);
    expect(rows.flatMap((r) => r.lines).every((l) => l.cells[1] === null)).toBe(true);
  });
});

describe("summary", () => {
  it("gives shared, unique per stack, Jaccard over primaries and coverage gaps", () => {
    const rows = alignStacks([mern, mean], { includeAll: true });
    const s = summarise([mern, mean], rows);
    expect(s.shared.map((x) => x.technology).sort()).toEqual(["express", "mongodb", "nodejs"]);
    expect(s.unique[0].map((x) => x.technology)).toEqual(["react"]);
    expect(s.unique[1].map((x) => x.technology)).toEqual(["angular", "sentry"]);
    expect(s.pairs[0].score).toBeCloseTo(3 / 5);
    expect(s.gaps[0]).toEqual(["observability"]);
    expect(s.gaps[1]).toEqual([]);
  });

  it("scores a template with no primary choices as 0, not NaN", () => {
    expect(similarity(template, empty)).toBe(0);
  });
});

describe("exports", () => {
  it("writes a Markdown table with a column per stack", () => {
    const md = toMarkdown([mern, mean], alignStacks([mern, mean]));
    expect(md.split("\n")[0]).toBe("| Layer | MERN | MEAN | Status |");
    expect(md).toContain("| Frontend | React 18 | — | unique |");
    expect(md).toContain("| Data | MongoDB | MongoDB | shared |");
  });

  it("writes CSV with quoting and formula-safe cells", () => {
    const odd: CompareStack = { s: "odd", t: 'Odd, "quoted"', k: "stack", c: [["data", "x", "=cmd()", "primary"]] };
    const csv = toCsv([odd, mern], alignStacks([odd, mern]));
    expect(csv.split("\r\n")[0]).toBe('layer,technology,"Odd, ""quoted""",MERN,status');
    expect(csv).toContain("data,'=cmd(),'=cmd(),,unique");
  });
});
