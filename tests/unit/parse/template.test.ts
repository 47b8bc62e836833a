import { describe, expect, it } from "vitest";
import { allChoices, parseFixture } from "../helpers";

describe("templates", () => {
  const result = parseFixture("parse/template.md");

  it("is a template and claims no primary choice", () => {
    expect(result.stacks[0].kind).toBe("template");
    expect(allChoices(result).filter((c) => c.role === "primary")).toEqual([]);
  });

  it("keeps the placeholders' examples as examples", () => {
    const examples = allChoices(result)
      .filter((c) => c.role === "example")
      .map((c) => c.technology);
    expect(examples).toEqual(expect.arrayContaining(["go", "rust", "postgresql", "mongodb"]));
  });

  it("never takes placeholder text or attribute labels for technologies", () => {
    const names = allChoices(result).map((c) => c.name.toLowerCase());
    for (const bad of [
      "tbd",
      "version",
      "rationale",
      "{queue}",
      "queue",
      "ai: fill in every section",
    ])
      expect(names).not.toContain(bad);
  });
});
