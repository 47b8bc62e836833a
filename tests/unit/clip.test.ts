import { describe, expect, it } from "vitest";
import { clip } from "@/lib/content/clip";

describe("clip: long text cut and marked with “…”", () => {
  it.each([
    ["short", 10, {}, "short"],
    ["exactly10!", 10, {}, "exactly10!"],
    ["eleven char", 10, {}, "eleven ch…"],
    ["eleven char", 10, { keep: 10 }, "eleven cha…"],
    ["a long sentence here", 12, { atWord: true }, "a long…"],
    ["a long  sentence here", 13, { atWord: true }, "a long…"],
    ["a longer-word", 10, { atWord: true }, "a…"],
    ["one word only", 9, { atWord: true }, "one word…"],
    ["one word  only", 10, { atWord: true }, "one word…"],
    ["unbroken", 5, { atWord: true }, "unbr…"],
  ])("%j at %i %j → %j", (text, max, options, expected) => {
    expect(clip(text, max, options)).toBe(expected);
  });
});
