import { describe, expect, it } from "vitest";
import { fixMojibake, repairText } from "@/lib/content/parse";
import { allChoices, find, parse } from "../helpers";

/** Encodes text the way a Windows-1252 reader mangles UTF-8 (undefined bytes are dropped, as editors do). */
function mangle(text: string): string {
  const cp1252 = new TextDecoder("windows-1252");
  return Array.from(new TextEncoder().encode(text))
    .map((b) =>
      [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? "" : cp1252.decode(new Uint8Array([b])),
    )
    .join("");
}

describe("repairs before parsing", () => {
  it("restores UTF-8 read as Windows-1252, emoji and dashes included", () => {
    expect(fixMojibake(mangle("🛠️ Stack – Café “quoted”"))).toBe("🛠️ Stack – Café “quoted”");
    expect(fixMojibake("plain ASCII")).toBeUndefined();
    expect(fixMojibake("Ça va, déjà vu")).toBeUndefined();
  });

  it("removes a BOM and CRLF, reporting each repair", () => {
    const r = repairText("\ufeff# T\r\n\r\n- a\r\n", "x.md");
    expect(r.text).toBe("# T\n\n- a\n");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["repair-bom", "repair-line-endings"]);
  });

  it("splits two documents merged line by line back into their tables and headings", () => {
    const merged = [
      "# 🛠️ Atlas – today**future** plan for the app",
      "",
      "| Component | Technology | Version || Layer | Choice |",
      "",
      "|---|---|---|| --- | --- |",
      "",
      "| Runtime | Deno | 2.1 || **Queue** | NATS |",
      "",
      "| Database | SQLite | 3.45 || **Cache** | Valkey |",
      "",
      "### Later| **Search** | Typesense |",
      "",
      "- **Cache**: Redis 7+## **2. Search**",
      "- Fast prototyping---",
    ].join("\n");
    const result = parse(mangle(merged), "merged.md");
    expect(result.stacks[0].title).toBe("🛠️ Atlas – today".replace(/^\W+/u, ""));
    expect(find(result, "deno")).toMatchObject({ version: "2.1" });
    expect(find(result, "sqlite")).toMatchObject({ version: "3.45" });
    for (const t of ["nats", "valkey", "typesense", "redis"]) expect(find(result, t)).toBeDefined();
    expect(result.diagnostics.some((d) => d.code === "repair-mojibake" && d.line === 1)).toBe(true);
    expect(
      result.diagnostics.filter((d) => d.code === "repair-merged-line").map((d) => d.line),
    ).toEqual(expect.arrayContaining([1, 3, 7, 11, 13]));
    expect(allChoices(result).some((c) => /Ã|â€|\*\*/.test(c.name))).toBe(false);
  });

  it("gathers each merged table's rows back under its own header, each split reported once", () => {
    const merged = [
      "# Atlas – today**future** plan",
      "",
      "| Part | Tool | Version || Layer | Choice |",
      "",
      "|---|---|---|| --- | --- |",
      "",
      "| Runtime | Deno | 2.1 || Queue | NATS |",
      "",
      "| Database | SQLite | 3.45 || Cache | Valkey |",
      "",
      "Some prose between.",
      "",
      "| Web | Fresh | 2.0 || Search | Typesense |",
    ].join("\n");
    const r = repairText(merged, "m.md");
    expect(r.merged).toBe(true);
    expect(r.text).toBe(
      [
        "# Atlas – today",
        "**future** plan",
        "",
        "| Part | Tool | Version |",
        "|---|---|---|",
        "| Runtime | Deno | 2.1 |",
        "| Database | SQLite | 3.45 |",
        "| Web | Fresh | 2.0 |",
        "",
        "| Layer | Choice |",
        "| --- | --- |",
        "| Queue | NATS |",
        "| Cache | Valkey |",
        "| Search | Typesense |",
        "",
        "Some prose between.",
      ].join("\n"),
    );
    // Each line of the result says which line of the file it came from.
    expect(r.lineMap.slice(3, 8)).toEqual([3, 5, 7, 9, 13]);
    expect(r.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual([
      ...[1, 3, 5, 7, 9, 13].map((l) => `repair-merged-line@${l}`),
      "repair-table-rows@1",
    ]);
    expect(r.diagnostics.at(-1)?.message).toMatch(/gathered 8 interleaved table rows/);
  });

  it("rebuilds a delimiter row whose cell count does not match the header", () => {
    const result = parse(
      "# T\n\n| Layer | Technology |\n|---|---|---|\n| Cache | Redis |\n",
      "t.md",
    );
    expect(find(result, "redis")?.layer).toBe("data");
    expect(
      result.diagnostics.some((d) => d.code === "repair-table-delimiter" && d.line === 4),
    ).toBe(true);
  });

  it("leaves a well-formed table with an empty cell alone", () => {
    const r = repairText("| a | b | c |\n|---|---|---|\n| x || z |\n", "t.md");
    expect(r.text).toContain("| x || z |");
    expect(r.merged).toBe(false);
  });
});
