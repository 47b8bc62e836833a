import { describe, expect, it } from "vitest";
import { allChoices, find, parse, parseFixture } from "../helpers";

describe("frontmatter", () => {
  it("reads title, slug, summary, tags, kind and updated", () => {
    const { stacks } = parseFixture("parse/frontmatter.md");
    expect(stacks[0]).toMatchObject({
      title: "Explicit layers",
      slug: "explicit-layers",
      summary: "Frontmatter decides.",
      kind: "stack",
      updated: "2025-02-03",
      tags: ["alpha", "beta-team"],
    });
  });

  it("lets an explicit layers map win over inference", () => {
    const result = parseFixture("parse/frontmatter.md");
    expect(find(result, "redis")?.layer).toBe("data");
    expect(allChoices(result).filter((c) => c.technology === "redis")).toHaveLength(1);
    expect(find(result, "zod")?.layer).toBe("backend");
  });

  it("reports invalid fields with what is allowed, and still parses the body", () => {
    const result = parseFixture("parse/frontmatter-invalid.md");
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.find((d) => d.message.includes('"kind"'))?.message).toMatch(
      /stack, guide, template, collection/,
    );
    expect(errors.find((d) => d.message.includes('"layers"'))?.message).toMatch(
      /language, frontend/,
    );
    expect(errors.every((d) => d.file === "frontmatter-invalid.md" && d.line > 1)).toBe(true);
    expect(find(result, "postgresql")).toBeDefined();
  });

  it("reports invalid YAML with its line, and still parses the body", () => {
    const result = parseFixture("parse/frontmatter-yaml-error.md");
    expect(result.diagnostics.find((d) => d.code === "frontmatter-invalid-yaml")).toMatchObject({
      severity: "error",
      line: 1,
    });
    expect(find(result, "sqlite")).toBeDefined();
  });

  it("recognises a metadata block under the H1 and never shows it as a layer or technology", () => {
    const result = parseFixture("parse/template.md");
    expect(result.stacks[0]).toMatchObject({
      title: "Service template",
      updated: "2024-11-02",
      kind: "template",
    });
    const names = allChoices(result).map((c) => c.name);
    expect(names.some((n) => /title|owner|platform/i.test(n))).toBe(false);
  });

  it("says a block of YAML that is a list, not fields, is not frontmatter, and reads the body", () => {
    const result = parse("---\n- web\n- api\n---\n# Shop\n\n- Frontend: React\n", "list.md");
    expect(result.diagnostics.find((d) => d.code === "frontmatter-invalid-yaml")).toMatchObject({
      line: 1,
      message: expect.stringContaining("not a set of `key: value` fields"),
    });
    expect(find(result, "react")).toBeDefined();
  });

  it("reports a date that is not on the calendar instead of rolling it over", () => {
    const text = "---\nupdated: 2024-13-45\n---\n# Shop\n\n- Database: PostgreSQL\n";
    const result = parse(text, "late.md");
    expect(result.stacks[0]?.updated).toBeUndefined();
    expect(result.diagnostics.find((d) => d.code === "frontmatter-invalid-field")).toMatchObject({
      file: "late.md",
      line: 2,
      message: expect.stringContaining("2024-13-45 is not a calendar date"),
    });
    expect(find(result, "postgresql")).toBeDefined();
  });

  it("keeps yes, no and on as the words they are (YAML 1.2)", () => {
    const text = "---\ntitle: no\ntags: [yes, on]\n---\n- Database: PostgreSQL\n";
    const { stacks } = parse(text, "words.md");
    expect(stacks[0]).toMatchObject({ title: "no", tags: ["yes", "on"] });
  });
});
