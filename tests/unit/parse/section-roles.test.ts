import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** PostgreSQL's role when it is listed under a heading after the stack: or "absent". */
function roleUnder(heading: string): string {
  const doc = `# App\n\n## Stack\n\n- Frontend: React\n\n## ${heading}\n\n- PostgreSQL\n`;
  return allChoices(parse(doc)).find((c) => c.technology === "postgresql")?.role ?? "absent";
}

describe("what a section's heading makes of the technologies listed under it", () => {
  it.each([
    [
      "alternative",
      [
        "Alternatives considered",
        "Rejected options",
        "Not chosen",
        "Deprecated",
        "Out of scope",
        "Won't use",
      ],
    ],
    [
      "planned",
      ["Future plans", "Roadmap", "Later", "Nice to have", "Next steps", "Phase 2", "Backlog"],
    ],
    [
      "option",
      ["Considered options", "Pros and cons", "Options", "What we evaluated", "Candidates"],
    ],
    ["primary", ["Installation", "Prerequisites", "Decision", "Legacy", "Tech debt"]],
    ["absent", ["License", "Acknowledgements", "Changelog", "FAQ", "Why not MongoDB?"]],
  ])("%s under %j", (role, headings) => {
    expect(headings.map((h) => [h, roleUnder(h)])).toEqual(headings.map((h) => [h, role]));
  });

  it.each([
    ["Deprecated", "alternative"],
    ["Removed", "alternative"],
    ["Backlog", "planned"],
  ])("a %s: label gives its role to the value", (label, role) => {
    const doc = `# App\n\n## Backend\n\n- Framework: Express\n- ${label}: Fastify\n`;
    expect(allChoices(parse(doc)).find((c) => c.technology === "fastify")?.role).toBe(role);
  });
});
