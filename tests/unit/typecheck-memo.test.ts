import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getCodeHash, rememberTypechecked, wasTypechecked } from "@/lib/export/typecheck-memo";

/** A small project: code, a content document, a built page. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "typecheck-memo-"));
  for (const dir of ["lib", "content", "out", "app"]) mkdirSync(join(root, dir));
  writeFileSync(join(root, "lib", "a.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "app", "page.tsx"), "export default function P() { return null; }\n");
  writeFileSync(join(root, "content", "stack.md"), "# Stack\n\n- Database: PostgreSQL\n");
  writeFileSync(join(root, "out", "chunk.ts"), "built\n");
  writeFileSync(join(root, "tsconfig.json"), '{"compilerOptions":{"strict":true}}');
  return root;
}

describe("a rebuild skips the type check only while the code is what passed it", () => {
  it("edited documents and rebuilt pages leave the code's fingerprint as it was", () => {
    const root = project();
    const before = getCodeHash(root);
    writeFileSync(join(root, "content", "stack.md"), "# Stack\n\n- Database: MySQL\n");
    writeFileSync(join(root, "out", "chunk.ts"), "built again\n");
    expect(getCodeHash(root)).toBe(before);
  });

  it.each([
    ["lib/a.ts", "export const a = 2;\n"],
    ["app/page.tsx", "export default function P() { return 1; }\n"],
    ["lib/b.ts", "export const b = 1;\n"],
    ["tsconfig.json", '{"compilerOptions":{"strict":false}}'],
  ])("a change to %s is code to check again", (file, text) => {
    const root = project();
    const memo = join(root, ".cache", "typechecked");
    rememberTypechecked(getCodeHash(root), memo);
    expect(wasTypechecked(getCodeHash(root), memo)).toBe(true);
    writeFileSync(join(root, file), text);
    expect(wasTypechecked(getCodeHash(root), memo)).toBe(false);
  });

  it("nothing was checked before the first build", () => {
    const root = project();
    expect(wasTypechecked(getCodeHash(root), join(root, ".cache", "typechecked"))).toBe(false);
  });
});
