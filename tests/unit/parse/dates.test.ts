import { describe, expect, it } from "vitest";
import { parse } from "../helpers";

const BODY = "# Our stack\n\n- Database: PostgreSQL\n";

/** The stack's date as the catalog shows it, from a frontmatter value and the document's text. */
function toUpdated(frontmatter: string | undefined, text: string): string | undefined {
  const head = frontmatter === undefined ? "" : `---\nupdated: ${frontmatter}\n---\n`;
  return parse(`${head}${text}\n\n${BODY}`).stacks[0]?.updated;
}

/** A date written in the frontmatter (quoted, so YAML leaves it as text). */
const toIsoDate = (text: string) => toUpdated(JSON.stringify(text), "");

describe("toIsoDate: a date as people write it, in ISO form", () => {
  it.each([
    ["2024-03-16", "2024-03-16"],
    ["  2024-03-16  ", "2024-03-16"],
    ["2024-03", "2024-03"],
    ["v2 shipped 2023-11-02 (internal)", "2023-11-02"],
    ["October 2025", "2025-10"],
    ["Jan 2024", "2024-01"],
    ["Dec 2023", "2023-12"],
    ["Sept. 2024", "2024-09"],
    ["16 March 2024", "2024-03-16"],
    ["5 Jan 2024", "2024-01-05"],
    ["16  March 2024", "2024-03-16"],
    ["March  2024", "2024-03"],
    ["March 16, 2024", "2024-03-16"],
    ["March 9 2024", "2024-03-09"],
    ["march 16,  2024", "2024-03-16"],
    ["3/2025", "2025-03"],
    ["12/2025", "2025-12"],
    ["2024-02-29", "2024-02-29"],
    ["2024-12-31", "2024-12-31"],
    ["2024-01-01", "2024-01-01"],
  ])("%j → %s", (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each([
    "soon",
    "Q3",
    "Foobar 2024",
    "2024-3-1",
    "M 2024",
    "",
    "2024-13-45",
    "2024-00-10",
    "2023-02-29",
    "2024-04-31",
    "2024-13",
  ])("%j is not a date", (text) => {
    expect(toIsoDate(text)).toBeUndefined();
  });
});

describe("toUpdated: the document's date", () => {
  it("takes a frontmatter date first, as a day", () => {
    // YAML reads an unquoted date as a date; the text has a later one, so the frontmatter decides.
    expect(toUpdated("2024-05-01", "Last updated: 2025-01-01")).toBe("2024-05-01");
    expect(toUpdated('"1 May 2024"', "Last updated: 2025-01-01")).toBe("2024-05-01");
  });

  it("reads the text when the frontmatter has no usable date", () => {
    expect(toUpdated("someday", "Last updated: 2020-01-02")).toBe("2020-01-02");
    expect(toUpdated(undefined, "# Stack\n\nNo date anywhere.")).toBeUndefined();
  });

  it("takes the latest of the dated lines, whatever their order", () => {
    const source = [
      "Reviewed: 2025-02-03",
      "Last updated: 2024-01-02",
      "Date: whenever",
      "Revised on 2023-07-01",
    ].join("\n");
    expect(toUpdated(undefined, source)).toBe("2025-02-03");
  });

  it.each([
    ["**Date**: 2024-01-01", "2024-01-01"],
    ["_Last modified: March 2026_", "2026-03"],
    ["As of October 2025 we run", "2025-10"],
    ["Stand 2026-09-15", "2026-09-15"],
    ["Zuletzt aktualisiert: 16 März 2024 / 2024-03-16", "2024-03-16"],
    ["Fecha: 2024-02-29", "2024-02-29"],
    ["Mis à jour : 2023-12-01", "2023-12-01"],
    ["Обновлено: 2024-06-30", "2024-06-30"],
    ["更新日：2024-03-01", "2024-03-01"],
    ["最終更新: 2024-04-01", "2024-04-01"],
    ["작성일: 2024-05-05", "2024-05-05"],
    ["| Date | 2024-07-07 |", "2024-07-07"],
  ])("%j → %s", (line, iso) => {
    expect(toUpdated(undefined, line)).toBe(iso);
  });

  it("does not take a version or a year in prose for a date", () => {
    expect(toUpdated(undefined, "We moved to Node 20 in 2024 and use PostgreSQL 16.")).toBe(
      undefined,
    );
  });
});
