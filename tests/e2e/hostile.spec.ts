import { readdirSync } from "node:fs";
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
    if (url.protocol !== "data:" && url.hostname !== "localhost")
      problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

// Each fixture by name: an attack whose page was never built would otherwise pass by being absent.
const fixtures = readdirSync("tests/fixtures/hostile")
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.replace(/\.md$/, ""));

test("every hostile fixture is built into its own stack page", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(36);
  expect(fixtures.filter((f) => !pages.includes(`/stacks/${f}`))).toEqual([]);
});

/** Loads one page of the hostile site and checks it is inert and shows its document. */
async function checkInert(page: Page, path: string, problems: string[]) {
  problems.length = 0;
  const response = await page.goto(path, { waitUntil: "networkidle" });
  // The policy works as the browser parses the served HTML, so that is where it must be.
  const csp =
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
      (await response?.text()) ?? "",
    )?.[1] ?? "";
  await page.mouse.move(200, 300);
  const foreign = await page.evaluate(() => {
    const out: string[] = [];
    for (const s of Array.from(document.scripts)) {
      if (s.src && !new URL(s.src).pathname.startsWith("/_next/")) out.push(`script src ${s.src}`);
    }
    for (const el of Array.from(document.querySelectorAll(".doc *, main *"))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) out.push(`${el.tagName} ${a.name}`);
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
          /^\s*(javascript|vbscript|data):/i.test(a.value) &&
          !(el.tagName === "IMG" && el.closest("figure.mermaid"))
        )
          out.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
      }
      if (
        ["SCRIPT", "IFRAME", "OBJECT", "EMBED", "STYLE", "BASE", "FORM", "META", "LINK"].includes(
          el.tagName,
        ) &&
        el.closest(".doc")
      )
        out.push(`${el.tagName} in document`);
    }
    return out;
  });
  // The document itself must be on the page, or every attack in it would pass without being tried.
  if (path.startsWith("/stacks/")) {
    const body = (await page.locator(".doc").first().textContent()) ?? "";
    expect(body.trim().length, `${path} renders its document`).toBeGreaterThan(0);
    for (const link of await page.locator(".doc a[href^='http']").all()) {
      expect(await link.getAttribute("rel")).toContain("noopener");
      expect(await link.getAttribute("rel")).toContain("noreferrer");
    }
    for (const id of await page.locator(".doc [id]").evaluateAll((els) => els.map((e) => e.id)))
      expect(id).toMatch(/^doc-/);
  }
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect([...problems, ...foreign], path).toEqual([]);
}

// Six pages to a test, each a named step: one browser context serves them all, which halves the
// time of a test per page without losing which page failed.
const GROUP = 6;
for (let from = 0; from < pages.length; from += GROUP) {
  const group = pages.slice(from, from + GROUP);
  test(`hostile site stays inert: ${group.join(", ")}`, async ({ page }) => {
    const problems = await watch(page);
    for (const path of group) await test.step(path, () => checkInert(page, path, problems));
  });
}
