import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/stacks/nargis-current",
  "/technologies",
  "/technologies/postgresql",
  "/layers/data",
  "/layers",
  "/layers?sort=coverage",
  "/changes",
  "/compare?stacks=mern,mean",
  "/radar",
  "/stacks/does-not-exist",
];

/** What axe reports as violated, one line per rule with its first three places. */
async function violations(axe: AxeBuilder): Promise<string[]> {
  // Only violations come back: the passes list every element, slow to hand over on a long page.
  const results = await axe.options({ resultTypes: ["violations"] }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

// Each page is scanned in the light theme, then switched to dark with its own toggle, as a reader
// would, and scanned again with the rules that read colour (the dark theme changes colours only).
for (const path of PAGES) {
  test(`axe finds no violations on ${path}, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    expect(await violations(new AxeBuilder({ page })), "light").toEqual([]);
    if (path === "/layers?sort=coverage") return; // another sort of a page: the same colours
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    // Colours that ease into the theme are read once they have arrived.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const colour = new AxeBuilder({ page }).withRules(["color-contrast", "link-in-text-block"]);
    expect(await violations(colour), "dark").toEqual([]);
  });
}

test("the theme toggle is remembered", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  const wasDark = await page.locator("html").evaluate((el) => el.classList.contains("dark"));
  await toggle.click();
  await page.reload();
  expect(await page.locator("html").evaluate((el) => el.classList.contains("dark"))).toBe(!wasDark);
});

test("keyboard alone reaches search, filters and every card", async ({ page }) => {
  await page.goto("/");
  const cards = await page
    .getByRole("article")
    .getByRole("heading")
    .getByRole("link")
    .allTextContents();
  expect(cards.length).toBeGreaterThan(10);
  // The page records each element focus lands on, so a Tab press costs one round trip.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { focusTrail: seen });
    document.addEventListener("focusin", (e) => {
      const el = e.target as HTMLElement;
      seen.push(
        `${el.tagName}|${el.id}|${el.getAttribute("data-facet") ?? ""}|${el.textContent?.trim() ?? ""}`,
      );
    });
  });
  for (let i = 0; i < 400; i++) await page.keyboard.press("Tab");
  const reached = await page.evaluate(
    () => (window as unknown as { focusTrail: string[] }).focusTrail,
  );
  expect(reached).toContain("INPUT|catalog-search||");
  expect(reached).toContain("INPUT||layer:data|");
  for (const title of cards) expect(reached).toContain(`A|||${title}`);
});

test("keyboard alone reaches the compare picker and picks a stack", async ({ page }) => {
  await page.goto("/compare?stacks=mern,mean");
  await expect(page.locator('tr[data-slot="ui-framework"]')).toBeVisible();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (
      await page
        .getByRole("combobox", { name: "Add a stack" })
        .evaluate((el) => el === document.activeElement)
    )
      break;
  }
  await expect(page.getByRole("combobox", { name: "Add a stack" })).toBeFocused();
  await page.keyboard.type("Django");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/stacks=mern,mean,django/);
});

test.describe("phones", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const path of [
    "/",
    "/stacks/nargis-current",
    "/technologies",
    "/technologies/postgresql",
    "/compare?stacks=mern,t3-stack",
    "/layers",
  ]) {
    test(`no sideways scrolling at 360 px: ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    });
  }
});
