import { expect, type Page, test } from "@playwright/test";
import { listPages } from "./site-pages";

// Every page built from tests/fixtures/hostile must stay inert: no dialog, no console error
// (a blocked script or style shows up as one), no request to another origin, no foreign script.
const pages = listPages(".e2e/out-hostile");

async function watch(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.hostname !== "localhost") problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

test("the hostile fixtures built into pages", () => {
  expect(pages.filter((p) => p.startsWith("/stacks/")).length).toBeGreaterThanOrEqual(30);
});

for (const path of pages) {
  test(`hostile site stays inert: ${path}`, async ({ page }) => {
    const problems = await watch(page);
    await page.goto(path, { waitUntil: "networkidle" });
    await page.mouse.move(200, 300);
    const foreign = await page.evaluate(() => {
      const out: string[] = [];
      for (const s of Array.from(document.scripts)) {
        if (s.src && !new URL(s.src).pathname.startsWith("/_next/")) out.push(`script src ${s.src}`);
      }
      for (const el of Array.from(document.querySelectorAll(".doc *, main *"))) {
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) out.push(`${el.tagName} ${a.name}`);
          if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value) && !(el.tagName === "IMG" && el.closest("figure.mermaid"))) out.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
        }
        if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "STYLE", "BASE", "FORM", "META", "LINK"].includes(el.tagName) && el.closest(".doc")) out.push(`${el.tagName} in document`);
      }
      return out;
    });
    expect([...problems, ...foreign]).toEqual([]);
  });
}
