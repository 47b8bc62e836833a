import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mbPerThousand, measureOutput } from "@/lib/bench/output-size";
import { isSegmentFile, removeRouterFiles } from "@/lib/export/router-files";

function fakeExport(): string {
  const dir = mkdtempSync(join(tmpdir(), "out-"));
  mkdirSync(join(dir, "stacks", "a"), { recursive: true });
  writeFileSync(join(dir, "stacks", "a.html"), "x".repeat(100));
  writeFileSync(join(dir, "stacks", "a.txt"), "x".repeat(40));
  writeFileSync(join(dir, "stacks", "a", "__next._tree.txt"), "x".repeat(10));
  writeFileSync(join(dir, "stacks", "a", "__next.stacks.$d$slug.__PAGE__.txt"), "x".repeat(30));
  writeFileSync(join(dir, "__next._full.txt"), "x".repeat(5));
  writeFileSync(join(dir, "robots.txt"), "x".repeat(7));
  return dir;
}

describe("export size", () => {
  it("counts every file and splits bytes by kind", () => {
    const size = measureOutput(fakeExport());
    expect(size).toMatchObject({ bytes: 192, files: 6, byKind: { html: 100, txt: 92 } });
  });

  it("states the output per 1,000 stacks", () => {
    expect(mbPerThousand(20 * 1048576, 500)).toBe(40);
    expect(mbPerThousand(1, 0)).toBe(0);
  });

  it("drops only the files Next's client router reads, and the folders they leave empty", () => {
    const dir = fakeExport();
    expect(removeRouterFiles(dir)).toEqual({ files: 4, bytes: 85 });
    // The page and a text file with no page beside it stay.
    expect(measureOutput(dir)).toMatchObject({ files: 2, byKind: { html: 100, txt: 7 } });
    expect(isSegmentFile("a.txt")).toBe(false);
    expect(isSegmentFile("__next._full.txt")).toBe(true);
  });
});
