import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { walkFiles } from "@/lib/content/files";

const root = process.cwd();
// A line of its own, not the file's first: Stryker's instrumented copies put a preamble above it.
const SERVER_ONLY = /^import "server-only";$/m;
const sources = (dir: string) =>
  walkFiles(join(root, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), "utf8") }));

describe("server and client stay apart", () => {
  it("every lib module that touches the file system is marked server-only", () => {
    const fsModules = sources("lib").filter((s) => /from "node:fs"/.test(s.text));
    expect(fsModules.length).toBeGreaterThan(5);
    const unmarked = fsModules.filter((s) => !SERVER_ONLY.test(s.text));
    expect(unmarked.map((s) => s.file)).toEqual([]);
  });

  it("client components import no module that is server-only", () => {
    const serverOnly = new Set(
      sources("lib")
        .filter((s) => SERVER_ONLY.test(s.text))
        .map((s) => `@/${s.file.replace(/\.ts$/, "")}`),
    );
    const clients = sources("components").filter((s) => /^["']use client["'];?$/m.test(s.text));
    expect(clients.length).toBeGreaterThan(5);
    // A type-only import is erased before the bundle is made; it brings no code to the browser.
    const imports = (text: string) =>
      [...text.matchAll(/^import\s+(?!type\s)[^;]*?from "(@\/lib\/[^"]+)"/gm)].map((m) => m[1]);
    const leaks = clients.flatMap((c) =>
      imports(c.text)
        .filter((i) => serverOnly.has(i))
        .map((i) => `${c.file} → ${i}`),
    );
    expect(leaks).toEqual([]);
  });
});
