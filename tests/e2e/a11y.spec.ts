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

// Another sort of a page shows the same colours: the dark scan reads each page once.
const DARK_PAGES = PAGES.filter((p) => p !== "/layers?sort=coverage");

for (const theme of ["light", "dark"] as const) {
  test.describe(`accessibility (${theme})`, () => {
    test.use({ colorScheme: theme });
    for (const path of theme === "dark" ? DARK_PAGES : PAGES) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        if (theme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
        // The dark theme changes colours only: its scan runs the rules that read colour.
        const axe = new AxeBuilder({ page });
        const results = await (theme === "dark"
          ? axe.withRules(["color-contrast", "link-in-text-block"])
          : axe
        ).analyze();
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          ),
        ).toEqual([]);
      });
    }
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
