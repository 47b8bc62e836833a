import { describe, expect, it } from "vitest";
import { parse } from "../helpers";

/** Each stack as `title (kind, parent)` and its choices as `technology:role`. */
function stacksIn(doc: string) {
  return parse(doc).stacks.map((s) => ({
    stack: `${s.title} (${s.kind}${s.parent ? `, under ${s.parent}` : ""})`,
    choices: s.layers.flatMap((l) => l.choices.map((c) => `${c.technology}:${c.role}`)).sort(),
  }));
}

/** What the document says the bold name under its heading is for. */
function purposeOf(bullets: string[], name = "AWS Lambda"): string | undefined {
  const doc = `# App\n\n## Backend\n\n- **${name}**\n${bullets.map((b) => `  - ${b}\n`).join("")}`;
  const choice = parse(doc).stacks[0]?.layers.flatMap((l) => l.choices)[0];
  return choice?.purpose;
}

describe("lists of services, each with its technologies nested under it", () => {
  it("makes each service a stack of its own, under the document", () => {
    const doc =
      "# Platform\n\n## Services\n\n1. Order Service:\n   - Go\n   - PostgreSQL\n" +
      "2. Billing Service Stack:\n   - FastAPI\n   - Redis\n";
    expect(stacksIn(doc)).toEqual([
      { stack: "Platform (collection)", choices: [] },
      {
        stack: "Order Service (stack, under doc)",
        choices: ["go:primary", "postgresql:primary"],
      },
      {
        stack: "Billing Service (stack, under doc)",
        choices: ["fastapi:primary", "redis:primary"],
      },
    ]);
  });

  it("keeps one service's technologies in the document's stack: one is not a list of services", () => {
    const doc =
      "# Platform\n\n## Services\n\n1. Order Service:\n   - Go\n   - PostgreSQL\n2. Notes\n";
    expect(stacksIn(doc)).toEqual([
      { stack: "Platform (stack)", choices: ["go:primary", "postgresql:primary"] },
    ]);
  });
});

describe("lists of named stacks", () => {
  it("reads `Name (a, b)` items as stacks when two of them say so, and their siblings with them", () => {
    const doc =
      "# Options\n\n## Stacks\n\n- MERN (MongoDB, Express, React, Node.js)\n" +
      "- MEAN (MongoDB, Express, Angular, Node.js)\n- Serverless (AWS Lambda, DynamoDB)\n";
    expect(stacksIn(doc).map((s) => s.stack)).toEqual([
      "MERN (stack)",
      "MEAN (stack)",
      "Serverless (stack)",
    ]);
  });

  it("does not make a lone look-alike a stack: it is one option among the document's", () => {
    const doc =
      "# Options\n\n## Stacks\n\n- MERN (MongoDB, Express, React, Node.js)\n" +
      "- Serverless (AWS Lambda, DynamoDB)\n";
    expect(stacksIn(doc).map((s) => s.stack)).toEqual([
      "Options (guide)",
      "MERN (stack, under doc)",
    ]);
  });
});

describe("the first bullet under a bold name says what it is for when it is a short point", () => {
  it.each([
    [["Handles the nightly jobs", "Scales to zero"], "Handles the nightly jobs"],
    [["  Handles the nightly jobs  "], "Handles the nightly jobs"],
    [["Functions-as-service"], "Functions-as-service"],
  ])("%j → %j", (bullets, purpose) => {
    expect(purposeOf(bullets)).toBe(purpose);
  });

  it.each([
    ["five words or more", ["Handles all the nightly jobs"]],
    ["over twenty characters in one word", ["Functions-as-services"]],
    ["praise, which is a reason", ["Cheap at our volume"]],
    ["a version", ["Version: 0.115"]],
    ["a bold version label", ["**Version** - 0.115"]],
    ["only the second bullet is short", ["Chosen after a long evaluation of the options", "Jobs"]],
    ["a bullet with more under it", ["Nightly jobs\n    - at 02:00"]],
  ])("not %s", (_, bullets) => {
    expect(purposeOf(bullets)).toBeUndefined();
  });
});
