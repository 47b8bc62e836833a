import { describe, expect, it } from "vitest";
import { parse } from "../helpers";

/** The title a document gets from its first heading, and whether a repair was reported. */
function titleOf(heading: string) {
  const result = parse(`# ${heading}\n\n- Database: PostgreSQL\n`);
  const repaired = result.diagnostics.some((d) => d.code === "repair-mojibake");
  return { title: result.stacks[0]?.title, repaired };
}

describe("UTF-8 read as Windows-1252 is restored, line by line", () => {
  it.each([
    ["CafÃ© stack", "Café stack"],
    ["1Â½ cups", "1½ cups"],
    ["naÃ¯ve", "naïve"],
    ["Ã… Ã¸", "Å ø"],
    ["ÃŸ", "ß"],
    ["Ã€x", "Àx"],
    ["Ã¿x", "ÿx"],
    ["Å“uvre", "œuvre"],
    ["xß\u0080y", "x\u07c0y"],
    ["Aâ€“B", "A–B"],
    ["à¤… script", "अ script"],
    ["ï¼¡ wide", "Ａ wide"],
    ["Launch ðŸš€ day", "Launch 🚀 day"],
    // a byte Windows-1252 leaves undefined was dropped: the visible character is guessed back
    ["â€œQuotedâ€", "Quoted”"],
  ])("%j → %j", (heading, title) => {
    expect(titleOf(heading)).toEqual({ title, repaired: true });
  });

  it.each([
    ["Straße plan", "a lead byte followed by plain text"],
    ["Ã", "a lead byte alone"],
    ["Ãÿx", "a lead byte followed by a byte above the continuation range"],
    ["xÁ¡y", "an overlong encoding"],
    ["õ\u0080\u0080", "a byte that leads no sequence"],
  ])("%j is left as written: %s", (heading) => {
    expect(titleOf(heading)).toEqual({ title: heading, repaired: false });
  });
});
