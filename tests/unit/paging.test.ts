import { describe, expect, it } from "vitest";
import { pageCount, pageOf, pagerNumbers, parsePageNumber, usesPageHref } from "@/lib/ui/paging";

describe("paging the stacks that use a technology", () => {
  it("every one of 5,000 uses is on exactly one page", () => {
    const uses = Array.from({ length: 5000 }, (_, i) => i);
    const pages = pageCount(uses.length);
    const seen = Array.from({ length: pages }, (_, i) => pageOf(uses, i + 1)).flat();
    expect(seen).toEqual(uses);
    expect(pageOf(uses, pages + 1)).toEqual([]);
  });

  it("an empty or short list has one page, at the technology's own address", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(usesPageHref("react", 1)).toBe("/technologies/react");
    expect(usesPageHref("react", 3)).toBe("/technologies/react/page/3");
  });

  it("only whole page numbers from 2 to the last are addresses", () => {
    expect(parsePageNumber("2", 4)).toBe(2);
    expect(parsePageNumber("4", 4)).toBe(4);
    for (const bad of ["1", "5", "02", "2.0", "-2", "x", ""])
      expect(parsePageNumber(bad, 4)).toBeUndefined();
  });

  it("the pager shows first, last and the pages near the current one, with gaps", () => {
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pagerNumbers(1, 100)).toEqual([1, 2, 3, null, 100]);
  });
});
