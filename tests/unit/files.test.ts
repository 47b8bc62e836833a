import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths, listDocuments, readText, walkFiles } from "@/lib/content/files";

/** A content folder with the given files (paths "/"-separated), each holding a line of text. */
function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-files-"));
  for (const f of files) {
    mkdirSync(join(dir, f, ".."), { recursive: true });
    writeFileSync(join(dir, f), "# Doc\n");
  }
  return dir;
}

describe("which files are documents, in what order", () => {
  const dir = folder([
    "b.md",
    "A.MD",
    "notes.markdown",
    "rules.mdc",
    "plain.txt",
    "image.png",
    "README.md",
    "readme.txt",
    "LICENSE.md",
    "CHANGELOG.md",
    "a-readme.md",
    "team/z.md",
    "team/api/y.md",
    ".github/hidden.md",
    "node_modules/pkg/dep.md",
    "team/.drafts/wip.md",
  ]);

  it("takes Markdown and text files in any case, not READMEs, licences or changelogs", () => {
    expect(listDocuments(dir).map((f) => f.file)).toEqual([
      "a-readme.md",
      "A.MD",
      "b.md",
      "notes.markdown",
      "plain.txt",
      "rules.mdc",
      "team/api/y.md",
      "team/z.md",
    ]);
  });

  it("gives each document its path on disk", () => {
    const [first] = listDocuments(dir);
    expect(first.path).toBe(join(dir, "a-readme.md"));
  });

  it("walks folder by folder and skips dot-folders and node_modules", () => {
    const files = walkFiles(dir);
    expect(files.filter((f) => f.startsWith("team/"))).toEqual(["team/api/y.md", "team/z.md"]);
    expect(
      files.some((f) => f.includes("hidden") || f.includes("dep.md") || f.includes("wip")),
    ).toBe(false);
    expect(files).toContain("image.png");
  });

  it("expands folders into their documents and keeps a single file as named", () => {
    const single = join(dir, "b.md");
    expect(expandPaths([single, join(dir, "team")])).toEqual([
      { file: "b.md", path: single },
      { file: "api/y.md", path: join(dir, "team", "api/y.md") },
      { file: "z.md", path: join(dir, "team", "z.md") },
    ]);
  });
});

describe("readText", () => {
  it("reads UTF-8 and turns invalid bytes into U+FFFD instead of throwing", () => {
    const dir = folder([]);
    const file = join(dir, "broken.md");
    writeFileSync(file, Buffer.from([0x23, 0x20, 0xc3, 0xa9, 0x20, 0xff, 0x0a]));
    expect(readText(file)).toBe("# é \uFFFD\n");
  });
});
