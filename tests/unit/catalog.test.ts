import { describe, expect, it } from "vitest";
import { distinguish } from "@/lib/content/catalog";
import { parse } from "./helpers";

describe("stacks that share a title", () => {
  it("each gets the technologies that tell it apart, and a unique title is left alone", () => {
    const a = parse("# Tech Stack\n\n- **Backend:** Django, PostgreSQL\n", "a.md").stacks[0];
    const b = parse("# Tech Stack\n\n- **Backend:** FastAPI, PostgreSQL\n", "b.md").stacks[0];
    const c = parse("# Other\n\n- **Backend:** Flask\n", "c.md").stacks[0];
    distinguish([a, b, c]);
    expect(a.distinct).toBe("Django");
    expect(b.distinct).toBe("FastAPI");
    expect(c.distinct).toBeUndefined();
  });

  it("falls back to the file name when both chose the same", () => {
    const a = parse("# Tech Stack\n\n- **Backend:** Django\n", "docs/a.md").stacks[0];
    const b = parse("# Tech Stack\n\n- **Backend:** Django\n", "docs/b.md").stacks[0];
    distinguish([a, b]);
    expect([a.distinct, b.distinct]).toEqual(["docs/a", "docs/b"]);
  });
});
