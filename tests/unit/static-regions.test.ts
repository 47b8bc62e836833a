import { describe, expect, it } from "vitest";
import { putRegion, takeRegion } from "@/lib/ui/static-regions";

describe("static regions", () => {
  it("hands a region's content to the one render that asks, then lets it go", () => {
    putRegion("/stacks/a#layers", "tables");
    expect(takeRegion("/stacks/a#layers")).toBe("tables");
    // Kept, a build of 10,000 pages would hold every page's tree until it ends.
    expect(takeRegion("/stacks/a#layers")).toBeUndefined();
  });

  it("keeps regions of different pages apart", () => {
    putRegion("/stacks/a#aside", "a");
    putRegion("/stacks/b#aside", "b");
    expect([takeRegion("/stacks/b#aside"), takeRegion("/stacks/a#aside")]).toEqual(["b", "a"]);
  });
});
