import { describe, expect, it } from "vitest";
import { parseSources } from "@/lib/content/catalog";
import type { SourceFile } from "@/lib/content/files";
import { parseDocument } from "@/lib/content/parse";
import { find, parse, registry } from "../helpers";

describe("bad input gets a clear answer, never a crash", () => {
  it("an empty file is a warning", () => {
    const r = parse("   \n\n", "empty.md");
    expect(r.stacks).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({
      file: "empty.md",
      severity: "warning",
      code: "empty-document",
    });
  });

  it("a document that names no technology is an error that says what would work", () => {
    const r = parse("# Meeting notes\n\nWe talked about hiring.\n", "notes.md");
    expect(r.stacks).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === "no-stack")).toMatchObject({
      severity: "error",
      line: 1,
    });
    expect(r.diagnostics.find((d) => d.code === "no-stack")?.message).toMatch(/Technology column/);
  });

  it("a binary file named .md is an error", () => {
    const bytes = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    const r = parse(bytes, "logo.md");
    expect(r.stacks).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", code: "binary-document" });
  });

  // A limit on time, not a timing: generous so a loaded machine still passes. Mutation runs
  // (npm run mutate) skip it: it covers nearly every parser line and would run for each mutant.
  it.skipIf(process.env.MUTATION)(
    "a 5 MB document parses its first part and says it was cut",
    () => {
      const row =
        "| Database | PostgreSQL | 16 | Storage for a very long table that goes on and on |\n";
      const big = `# Huge\n\n| Category | Technology | Version | Purpose |\n|---|---|---|---|\n${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length))}`;
      const r = parse(big, "huge.md");
      expect(r.diagnostics.some((d) => d.code === "document-too-large")).toBe(true);
      expect(find(r, "postgresql")).toBeDefined();
    },
    240_000,
  );

  it("lists nested 10,000 deep do not overflow the stack", () => {
    const inline = `${"- ".repeat(10_000)}Redis`;
    const indented = Array.from(
      { length: 10_000 },
      (_, i) => `${" ".repeat(Math.min(i * 2, 20_000))}- Valkey`,
    )
      .slice(0, 1500)
      .join("\n");
    const quoted = `${"> ".repeat(10_000)}**Database:** SQLite`;
    for (const doc of [inline, indented, quoted]) {
      const r = parse(`# Deep\n\n## Data\n\n${doc}\n`, "deep.md");
      expect(
        r.diagnostics.some((d) => d.code === "nesting-too-deep" && d.severity === "warning"),
      ).toBe(true);
      expect(r.diagnostics.some((d) => d.code === "parse-failed")).toBe(false);
    }
  });

  it("a table of 200 columns parses", () => {
    const head = `| Category | Technology | ${Array.from({ length: 198 }, (_, i) => `C${i}`).join(" | ")} |`;
    const sep = `|${" --- |".repeat(200)}`;
    const row = `| Cache | Redis | ${Array.from({ length: 198 }, () => "x").join(" | ")} |`;
    const r = parse(`# Wide\n\n${head}\n${sep}\n${row}\n`, "wide.md");
    expect(find(r, "redis")?.layer).toBe("data");
  });

  it("one broken document leaves the others parsed, and duplicate slugs name both files", () => {
    const docs: Record<string, string> = {
      "a.md": "---\nslug: same\n---\n# A\n\n- **Database:** PostgreSQL\n",
      "b.md": "---\nslug: same\n---\n# B\n\n- **Cache:** Redis\n",
      "c.md": "\u0000\u0001\u0002binary",
      "d.md": "---\ntitle: [oops\n---\n# D\n\n- **Queue:** NATS\n",
    };
    const files: SourceFile[] = Object.keys(docs).map((file) => ({ file, path: file }));
    const r = parseSources(files, registry, (f) => parseDocument(f.file, docs[f.file], registry));
    expect(r.stacks.map((s) => s.slug)).toEqual(["same", "d"]);
    const dup = r.diagnostics.find((d) => d.code === "duplicate-slug");
    expect(dup).toMatchObject({ file: "b.md", severity: "error" });
    expect(dup?.message).toContain("a.md");
    expect(r.diagnostics.some((d) => d.file === "c.md" && d.severity === "error")).toBe(true);
  });
});
