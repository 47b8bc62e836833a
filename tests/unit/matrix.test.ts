import { describe, expect, it } from "vitest";
import { LAYER_IDS } from "@/lib/content/constants";
import { coverage, layerCoverage, toMatrixRow } from "@/lib/matrix/rows";
import type { MatrixRow } from "@/lib/matrix/schema";
import { MATRIX_PAGE_SIZE, sortRows } from "@/lib/matrix/sort";
import { parseMatrixQuery, toMatrixSearch } from "@/lib/matrix/url";
import { pageCount, pageOf } from "@/lib/ui/paging";
import { parse } from "./helpers";

const stack = (text: string, file = "doc.md") => {
  const s = parse(text, file).stacks[0];
  if (!s) throw new Error("no stack");
  return s;
};

/** A row covering the first `n` layers, for sorting and paging. */
const row = (slug: string, title: string, n: number): MatrixRow => [
  slug,
  title,
  LAYER_IDS.map((_, i) => (i < n ? ["t", "T", 0, 1] : 0)),
];

describe("matrix rows", () => {
  it("a cell names the chosen technology, counts the others, and a layer with nothing is a gap", () => {
    const r = toMatrixRow(
      stack("# Shop\n\n## Stack\n\n- Database: PostgreSQL\n- Cache: Redis\n- Frontend: React\n"),
    );
    const data = r[2][LAYER_IDS.indexOf("data")];
    expect(data).toEqual(["postgresql", "PostgreSQL", 1, 1]);
    expect(r[2][LAYER_IDS.indexOf("ai")]).toBe(0);
    expect(coverage(r)).toBe(2);
  });

  it("a layer only considered shows the option but does not count as covered", () => {
    const r = toMatrixRow(
      stack(
        "# Shop\n\n## Stack\n\n- Database: PostgreSQL\n\n## Options considered\n\n- Kafka\n- RabbitMQ\n",
      ),
    );
    const messaging = r[2][LAYER_IDS.indexOf("messaging")];
    expect(messaging).toEqual(["kafka", "Apache Kafka", 1, 0]);
    expect(coverage(r)).toBe(1);
  });

  it("column coverage counts the stacks that chose something for each layer", () => {
    const counts = layerCoverage([row("a", "A", 2), row("b", "B", 1), row("c", "C", 0)]);
    expect(counts.slice(0, 3)).toEqual([2, 1, 0]);
  });
});

describe("matrix sorting and paging", () => {
  const rows = [
    row("b", "beta", 3),
    row("a", "Alpha", 1),
    row("c", "Gamma", 3),
    row("d", "delta", 0),
  ];

  it("sorts by name (case-insensitive), most covered first, or most gaps first; ties by name", () => {
    expect(sortRows(rows, "name").map((r) => r[0])).toEqual(["a", "b", "d", "c"]);
    expect(sortRows(rows, "coverage").map((r) => r[0])).toEqual(["b", "c", "a", "d"]);
    expect(sortRows(rows, "gaps").map((r) => r[0])).toEqual(["d", "a", "b", "c"]);
  });

  it("pages thousands of stacks a screenful at a time", () => {
    const many = Array.from({ length: 2345 }, (_, i) => row(`s${i}`, `Stack ${i}`, i % 13));
    const pages = pageCount(many.length, MATRIX_PAGE_SIZE);
    expect(pages).toBe(47);
    const last = pageOf(sortRows(many, "coverage"), pages, MATRIX_PAGE_SIZE);
    expect(last).toHaveLength(45);
    expect(last.every((r) => coverage(r) === 0)).toBe(true);
  });
});

describe("matrix address", () => {
  const read = (q: string, pages = 5) => parseMatrixQuery(new URLSearchParams(q), pages);

  it("reads a sort and a page and writes them back, defaults left out", () => {
    expect(read("sort=coverage&page=3").query).toEqual({ sort: "coverage", page: 3 });
    expect(toMatrixSearch({ sort: "coverage", page: 3 })).toBe("?sort=coverage&page=3");
    expect(toMatrixSearch({ sort: "name", page: 1 })).toBe("");
  });

  it("an unknown sort or a page out of range falls back and says so", () => {
    const { query, notices } = read("sort=size&page=9");
    expect(query).toEqual({ sort: "name", page: 1 });
    expect(notices).toEqual([
      expect.stringContaining("Unknown sort “size”: sorted by stack name"),
      "There is no page “9” (1 to 5): page 1 is shown.",
    ]);
    expect(read("page=0").notices).toHaveLength(1);
    expect(read("page=2.5").query.page).toBe(1);
  });
});
