import { describe, expect, it } from "vitest";
import { alignStacks, similarity } from "@/lib/compare/align";
import { toCsv } from "@/lib/compare/export";
import { toMarkdown } from "@/lib/compare/markdown";
import type { CompareStack } from "@/lib/compare/records";
import { summarise } from "@/lib/compare/summary";

const mern: CompareStack = {
  s: "mern",
  t: "MERN",
  k: "stack",
  c: [
    ["data", "database", "mongodb", "MongoDB", "primary"],
    ["data", "orm", "mongoose", "Mongoose", "primary"],
    ["backend", "web-framework", "express", "Express.js", "primary"],
    ["frontend", "ui-framework", "react", "React", "primary", "18", "", "Team knows it"],
    ["language", "runtime", "nodejs", "Node.js", "primary"],
  ],
};
const t3: CompareStack = {
  s: "t3",
  t: "T3",
  k: "stack",
  c: [
    ["data", "database", "postgresql", "PostgreSQL", "primary"],
    ["data", "orm", "prisma", "Prisma", "primary"],
    ["frontend", "meta-framework", "nextjs", "Next.js", "primary"],
    ["frontend", "ui-framework", "react", "React", "primary", "19"],
    ["language", "runtime", "nodejs", "Node.js", "primary"],
  ],
};
const mean: CompareStack = {
  s: "mean",
  t: "MEAN",
  k: "stack",
  c: [
    ["data", "database", "mongodb", "MongoDB", "primary"],
    ["backend", "web-framework", "express", "Express.js", "primary"],
    ["frontend", "ui-framework", "angular", "Angular", "primary"],
    ["language", "runtime", "nodejs", "Node.js", "primary"],
    ["observability", "error-tracking", "sentry", "Sentry", "planned"],
  ],
};
const rejectsReact: CompareStack = {
  s: "rej",
  t: "Rejects React",
  k: "stack",
  c: [
    ["frontend", "ui-framework", "react", "React", "alternative"],
    ["frontend", "ui-framework", "svelte", "Svelte", "primary"],
    ["language", "runtime", "nodejs", "Node.js", "primary"],
  ],
};
const future: CompareStack = {
  s: "future",
  t: "Future",
  k: "stack",
  c: [
    ["data", "database", "mongodb", "MongoDB", "planned"],
    ["language", "runtime", "nodejs", "Node.js", "planned"],
  ],
};
const empty: CompareStack = { s: "empty", t: "Empty", k: "stack", c: [] };
const ORDER = [
  "runtime",
  "ui-framework",
  "meta-framework",
  "web-framework",
  "database",
  "orm",
  "error-tracking",
];

const line = (stacks: CompareStack[], slot: string, opts = {}) =>
  alignStacks(stacks, { slotOrder: ORDER, ...opts })
    .flatMap((r) => r.lines)
    .find((l) => l.slot === slot);

describe("compare aligns like for like", () => {
  it("puts MongoDB beside PostgreSQL, Mongoose beside Prisma, React beside Angular", () => {
    const rows = alignStacks([mern, t3], { slotOrder: ORDER });
    expect(rows.find((r) => r.layer === "data")?.lines.map((l) => l.slot)).toEqual([
      "database",
      "orm",
    ]);
    expect(line([mern, t3], "database")?.cells.map((c) => c.map((x) => x.name))).toEqual([
      ["MongoDB"],
      ["PostgreSQL"],
    ]);
    expect(line([mern, t3], "orm")?.cells.map((c) => c.map((x) => x.name))).toEqual([
      ["Mongoose"],
      ["Prisma"],
    ]);
    expect(line([mern, t3], "orm")?.status).toBe("different");
    expect(line([mern, mean], "ui-framework")?.cells.map((c) => c[0]?.name)).toEqual([
      "React",
      "Angular",
    ]);
  });

  it("marks the same choice in another version, and the same choice alike", () => {
    expect(line([mern, t3], "ui-framework")?.status).toBe("version-diff");
    expect(line([mern, mean], "runtime")?.status).toBe("shared");
    expect(line([mern, mean], "database")?.status).toBe("shared");
  });

  it("with three stacks, a slot two of them fill is 'partly', and only-differences keeps it", () => {
    expect(line([mern, mean, t3], "web-framework")?.status).toBe("partly");
    const diff = alignStacks([mern, mean, t3], { onlyDifferences: true, slotOrder: ORDER }).flatMap(
      (r) => r.lines,
    );
    expect(diff.some((l) => l.slot === "web-framework")).toBe(true);
    expect(diff.some((l) => l.slot === "runtime")).toBe(false);
  });

  it("with four stacks, a slot one fills is unique to it", () => {
    const l = line([mern, mean, t3, empty], "meta-framework");
    expect(l).toMatchObject({ status: "unique", owner: 2 });
  });

  it("does not count a technology one stack chose and another rejected as shared", () => {
    const l = line([mern, rejectsReact], "ui-framework", { includeAll: true });
    expect(l?.status).toBe("different");
    expect(l?.cells[1].map((c) => [c.name, c.role])).toEqual([
      ["React", "alternative"],
      ["Svelte", "primary"],
    ]);
  });

  it("shows planned choices by default and alternatives only when asked", () => {
    expect(line([mern, mean], "error-tracking")?.cells[1][0]).toMatchObject({
      name: "Sentry",
      role: "planned",
    });
    expect(line([mern, rejectsReact], "ui-framework")?.cells[1].map((c) => c.name)).toEqual([
      "Svelte",
    ]);
    expect(
      line([mern, rejectsReact], "ui-framework", { includeAll: true })?.cells[1].map((c) => c.name),
    ).toEqual(["React", "Svelte"]);
  });

  it("keeps each choice's purpose and rationale, and a planned version never fills a primary cell", () => {
    expect(line([mern, t3], "ui-framework")?.cells[0][0]).toMatchObject({
      rationale: "Team knows it",
      version: "18",
    });
    const withPlan: CompareStack = {
      ...mern,
      c: [...mern.c, ["frontend", "ui-framework", "react", "React", "planned", "20"]],
    };
    expect(line([withPlan, t3], "ui-framework")?.cells[0][0]).toMatchObject({
      role: "primary",
      version: "18",
    });
  });
});

describe("summary", () => {
  it("gives shared and unique technologies, gaps, and each pair in plain figures", () => {
    const rows = alignStacks([mern, mean], { slotOrder: ORDER });
    const s = summarise([mern, mean], rows);
    expect(s.shared.map((x) => x.technology).sort()).toEqual(["express", "mongodb", "nodejs"]);
    expect(s.unique[0].map((x) => x.technology)).toEqual(["react", "mongoose"]);
    expect(s.unique[1].map((x) => x.technology)).toEqual(["angular", "sentry"]);
    expect(s.gaps[0]).toEqual(["observability"]);
    expect(s.pairs[0]).toMatchObject({
      sameSlots: ["runtime", "web-framework", "database"],
      differentSlots: ["ui-framework"],
    });
  });

  it("never says a stack has nothing for a layer it has planned choices in, and counts plans when comparing with a future", () => {
    const s = summarise([mern, future], alignStacks([mern, future]));
    expect(s.gaps[1]).toEqual(["frontend", "backend"]);
    expect(similarity(mern, future)).toBeCloseTo(2 / 5);
    expect(similarity(future, empty)).toBe(0);
  });
});

describe("exports", () => {
  const label = (id: string) =>
    ({ "ui-framework": "UI framework", orm: "ORM / query builder" })[id] ?? id;

  it("writes Markdown with a title, links back, a slot column, roles and reasons", () => {
    const md = toMarkdown(
      [mern, mean],
      alignStacks([mern, mean], { slotOrder: ORDER }),
      label,
      "https://atlas.example",
    );
    expect(md.split("\n")[0]).toBe("# MERN vs MEAN");
    expect(md).toContain("- [MERN](https://atlas.example/stacks/mern)");
    expect(md).toContain("| Layer | Slot | MERN | MEAN | Status |");
    expect(md).toContain("| Frontend | UI framework | React 18 | Angular | different choices |");
    expect(md).toContain("| Observability | error-tracking | — | Sentry (planned) | only MEAN |");
    expect(md).toContain("- **MERN**, UI framework: React — Team knows it");
  });

  it("writes CSV with one value per cell, the page's status words and formula-safe text", () => {
    const odd: CompareStack = {
      s: "odd",
      t: 'Odd, "quoted"',
      k: "stack",
      c: [["data", "orm", "x", "=cmd()", "primary"]],
    };
    const csv = toCsv([odd, mern], alignStacks([odd, mern], { slotOrder: ORDER }), label);
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("layer,slot,stack,technology,version,role,purpose,rationale,status");
    expect(csv).toContain(
      'Data,ORM / query builder,"Odd, ""quoted""",\'=cmd(),,primary,,,different choices',
    );
    expect(csv).toContain("Frontend,UI framework,MERN,React,18,primary,,Team knows it,only MERN");
  });
});
