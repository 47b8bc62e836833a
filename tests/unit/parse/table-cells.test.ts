import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** The technologies one choice cell of a `| Layer | Technology |` table yields, sorted. */
function namesIn(cell: string): string[] {
  const doc = `# App\n\n| Layer | Technology |\n|---|---|\n| Utilities | ${cell} |\n`;
  return allChoices(parse(doc))
    .map((c) => c.technology)
    .sort();
}

describe("a choice cell written only in code spans holds package names as written", () => {
  it.each([
    ["`fflate`", ["fflate"]],
    ["`fflate` + `ky`", ["fflate", "ky"]],
    ["`fflate` / `ky`", ["fflate", "ky"]],
    ["`fflate`, `ky`", ["fflate", "ky"]],
    ["**`fflate`**", ["fflate"]],
    ["_`fflate`_", ["fflate"]],
  ])("%s → %j", (cell, names) => {
    expect(namesIn(cell)).toEqual(names);
  });

  it.each([
    ["plain lower-case words", "fflate + ky"],
    ["a code span with words beside it", "`fflate` for zips"],
    ["a code span then a sentence", "`fflate`. Zips"],
  ])("not %s: unknown names there are not taken", (_, cell) => {
    expect(namesIn(cell)).toEqual([]);
  });
});
