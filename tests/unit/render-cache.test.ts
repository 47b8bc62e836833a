import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCached } from "@/lib/render/cache";
import { renderDocument } from "@/lib/render/markdown";

const DOC = "# Billing\n\nSee [the payments stack](payments.md) and [notes](notes.md).\n";

/** The one stored entry of a fresh cache folder. */
function storedIn(dir: string): string {
  const [bucket] = readdirSync(dir);
  const [file] = readdirSync(join(dir, bucket));
  return join(dir, bucket, file);
}

describe("rendered documents are kept between builds", () => {
  it("gives what renderDocument gives, and stores it", () => {
    const dir = mkdtempSync(join(tmpdir(), "render-cache-"));
    const resolve = (href: string) => (href === "payments.md" ? "/stacks/payments" : undefined);
    const html = renderCached(DOC, "billing.md", resolve, dir);
    expect(html).toBe(renderDocument(DOC, "billing.md", { resolveLink: resolve }));
    expect(JSON.parse(readFileSync(storedIn(dir), "utf8")).html).toBe(html);
  });

  it("a second build with the same document is served what was stored", () => {
    const dir = mkdtempSync(join(tmpdir(), "render-cache-"));
    const resolve = () => undefined;
    renderCached(DOC, "billing.md", resolve, dir);
    const path = storedIn(dir);
    const entry = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...entry, html: "<p>stored</p>" }));
    expect(renderCached(DOC, "billing.md", resolve, dir)).toBe("<p>stored</p>");
    // Another name or text is another page.
    expect(renderCached(DOC, "other.md", resolve, dir)).not.toBe("<p>stored</p>");
    expect(renderCached(`${DOC}\nMore.\n`, "billing.md", resolve, dir)).not.toBe("<p>stored</p>");
  });

  it("a linked document added since is linked: the same text is rendered again", () => {
    const dir = mkdtempSync(join(tmpdir(), "render-cache-"));
    const before = renderCached(DOC, "billing.md", () => undefined, dir);
    expect(before).not.toContain('href="/stacks/notes"');
    const after = renderCached(
      DOC,
      "billing.md",
      (href) => (href === "notes.md" ? "/stacks/notes" : undefined),
      dir,
    );
    expect(after).toContain('href="/stacks/notes"');
  });

  it("a torn entry is rendered again, not served", () => {
    const dir = mkdtempSync(join(tmpdir(), "render-cache-"));
    renderCached(DOC, "billing.md", () => undefined, dir);
    writeFileSync(storedIn(dir), '{"html": "<p>to');
    expect(renderCached(DOC, "billing.md", () => undefined, dir)).toContain("Billing");
  });
});
