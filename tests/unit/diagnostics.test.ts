import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DIAGNOSTIC_CODES,
  DIAGNOSTICS,
  diagnostic,
  diagnosticSchema,
  diagnosticsTable,
  explainCode,
} from "@/lib/content/diagnostics";

describe("diagnostics, a closed set", () => {
  it("are listed in the README exactly as lib/content/diagnostics.ts has them", () => {
    const readme = readFileSync("README.md", "utf8");
    const listed = /<!-- diagnostics:start -->\n([\s\S]*?)\n<!-- diagnostics:end -->/.exec(readme);
    expect(listed?.[1]).toBe(diagnosticsTable());
  });

  it("take their severity from the code, and the schema refuses a code not in the list", () => {
    const d = diagnostic("a.md", 3, "no-stack", "nothing here");
    expect(d).toEqual({
      file: "a.md",
      line: 3,
      col: 1,
      severity: "error",
      code: "no-stack",
      message: "nothing here",
    });
    expect(diagnosticSchema.safeParse(d).success).toBe(true);
    expect(diagnosticSchema.safeParse({ ...d, code: "made-up" }).success).toBe(false);
  });

  it.each(DIAGNOSTIC_CODES)("%s has a one-line description and an example", (code) => {
    const { description, example } = DIAGNOSTICS[code];
    expect(description).toMatch(/^[A-Z`].{10,100}\.$/);
    expect(description).not.toContain("\n");
    expect(example.length).toBeGreaterThan(10);
  });

  it("are explained by code; an unknown code lists the codes there are", () => {
    expect(explainCode("repair-bom")).toEqual({
      known: true,
      lines: [
        "repair-bom (info)",
        DIAGNOSTICS["repair-bom"].description,
        `Example: ${DIAGNOSTICS["repair-bom"].example}`,
      ],
    });
    const unknown = explainCode("bom");
    expect(unknown.known).toBe(false);
    expect(unknown.lines[0]).toContain("did you mean repair-bom?");
    expect(unknown.lines[1]).toContain("unknown-technology");
  });
});
