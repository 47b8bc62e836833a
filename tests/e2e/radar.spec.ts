import { expect, type Page, test } from "@playwright/test";
import { renderedAddress } from "./rendered";

/** Waits until the radar has applied the address's filters (and any recount has finished). */
async function settled(page: Page) {
  await renderedAddress(page);
  await expect(page.locator("[data-ready=true]")).toBeVisible();
}

const blipIds = (page: Page) =>
  page
    .locator("[data-testid=radar-svg] a[data-blip]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-blip")));
const rowIds = (page: Page) =>
  page
    .locator("[data-testid=radar-table] tr[data-row]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-row")));

test.describe("radar", () => {
  test("a blip is a link named after its technology and opens its page", async ({ page }) => {
    await page.goto("/radar");
    await settled(page);
    const blip = page
      .getByTestId("radar-svg")
      .getByRole("link", { name: "PostgreSQL", exact: true });
    await expect(blip).toHaveAttribute("href", "/technologies/postgresql");
    await blip.click();
    await expect(page).toHaveURL(/\/technologies\/postgresql$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("PostgreSQL");
    await expect(page.getByTestId("tech-ring")).toContainText(/Adopt|Trial|Assess|Hold/);
    await expect(page.getByTestId("tech-ring")).toContainText("primary in");
  });

  test("the table lists the same technologies as the drawing, filtered or not", async ({
    page,
  }) => {
    await page.goto("/radar");
    await settled(page);
    const all = await blipIds(page);
    expect(all.length).toBeGreaterThan(50);
    expect(await rowIds(page)).toEqual(all);
    await page.goto("/radar?layer=data");
    await settled(page);
    const data = await blipIds(page);
    expect(data.length).toBeGreaterThan(3);
    expect(data.length).toBeLessThan(all.length);
    expect(await rowIds(page)).toEqual(data);
  });

  test("the unfiltered drawing is in the HTML once; a filter redraws it and Back brings all of it back", async ({
    page,
    request,
  }) => {
    const html = await (await request.get("/radar")).text();
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join("");
    expect(html).toContain('data-blip="postgresql"');
    // Not in the React payload as well: at 1,000 stacks that doubled a page of 2,425 blips.
    expect(scripts).not.toContain("/technologies/postgresql");
    await page.goto("/radar");
    await settled(page);
    const all = await blipIds(page);
    await page.getByLabel("Layer").selectOption("data");
    await settled(page);
    expect((await blipIds(page)).length).toBeLessThan(all.length);
    await page.goBack();
    await settled(page);
    expect(await blipIds(page)).toEqual(all);
    expect(await rowIds(page)).toEqual(all);
  });

  test("filters live in the address and survive a reload", async ({ page }) => {
    await page.goto("/radar");
    await settled(page);
    const everything = await page.getByTestId("radar-count").textContent();
    await page.getByLabel("Layer").selectOption("ai");
    await expect(page).toHaveURL(/layer=ai/);
    await page.getByLabel("Tag").selectOption("ai");
    await expect(page).toHaveURL(/layer=ai&tag=ai/);
    await settled(page);
    const count = await page.getByTestId("radar-count").textContent();
    // The tag filter counts fewer stacks, and the layer filter keeps only its quadrant.
    expect(count).not.toEqual(everything);
    expect(count).toMatch(/from \d+ stacks/);
    const quadrants = await page
      .locator("[data-testid=radar-table] tr[data-row] td:nth-child(3)")
      .allTextContents();
    expect(quadrants.length).toBeGreaterThan(0);
    expect(new Set(quadrants)).toEqual(new Set(["Data & AI"]));
    const rows = await rowIds(page);

    await page.reload();
    await settled(page);
    await expect(page.getByLabel("Layer")).toHaveValue("ai");
    await expect(page.getByLabel("Tag")).toHaveValue("ai");
    await expect(page.getByTestId("radar-count")).toHaveText(count ?? "");
    expect(await rowIds(page)).toEqual(rows);

    await page.getByRole("button", { name: "Remove filter #ai" }).click();
    await expect(page).toHaveURL(/\/radar\?layer=ai$/);
  });

  test("an unknown filter value is ignored with a notice", async ({ page }) => {
    await page.goto("/radar");
    await settled(page);
    const all = await blipIds(page);
    await page.goto("/radar?layer=x&tag=no-such-tag");
    await settled(page);
    await expect(page.getByRole("status")).toContainText("Ignored unknown layer: “x”.");
    await expect(page.getByRole("status")).toContainText("Ignored unknown tag: “no-such-tag”.");
    expect(await blipIds(page)).toEqual(all);
  });
});
