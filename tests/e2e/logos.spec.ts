import { expect, type Page, test } from "@playwright/test";

/**
 * For every logo on the page: whether it loaded, and whether some of its pixels stand out (3:1)
 * from the page's own background, so it is visible whatever the theme.
 */
function logoVisibility(page: Page) {
  return page.locator("img[data-logo]").evaluateAll(async (imgs) => {
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const bg = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    const page = lum(bg);
    return Promise.all(
      (imgs as HTMLImageElement[]).slice(0, 40).map(async (img) => {
        img.loading = "eager";
        await img.decode().catch(() => undefined);
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 32;
        const ctx = canvas.getContext("2d");
        if (!ctx || !img.naturalWidth) return { id: img.dataset.logo, ok: false };
        ctx.drawImage(img, 0, 0, 32, 32);
        const px = ctx.getImageData(0, 0, 32, 32).data;
        let best = 1;
        for (let i = 0; i < px.length; i += 4) {
          if (px[i + 3] < 250) continue;
          const l = lum([px[i], px[i + 1], px[i + 2]]);
          best = Math.max(best, (Math.max(l, page) + 0.05) / (Math.min(l, page) + 0.05));
        }
        return { id: img.dataset.logo, ok: best >= 3 };
      }),
    );
  });
}

const PAGES = [
  "/technologies/postgresql",
  "/radar",
  "/stacks/fastapi",
  "/compare?stacks=mern,mean",
];

for (const theme of ["light", "dark"] as const) {
  test.describe(`logos (${theme})`, () => {
    test.use({ colorScheme: theme });
    for (const path of PAGES) {
      test(`logos on ${path} load and stand out from the page`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        if (theme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
        const logos = await logoVisibility(page);
        expect(logos.length).toBeGreaterThan(0);
        expect(logos.filter((l) => !l.ok)).toEqual([]);
        // Decorative: the name beside it stays the link's text.
        await expect(page.locator("img[data-logo]").first()).toHaveAttribute("alt", "");
      });
    }
  });
}

test("a technology page shows its logo by its name; one without a CC0 mark gets a monogram", async ({
  page,
}) => {
  await page.goto("/technologies/postgresql");
  await expect(page.getByRole("heading", { level: 1 }).locator("img[data-logo]")).toBeVisible();
  expect(await (await page.request.get("/logos/postgresql.svg")).text()).toContain("<path");
  // Apache Airflow's mark is Apache-2.0 in simple-icons, not CC0: it gets its initials.
  await page.goto("/technologies/airflow");
  await expect(page.getByRole("heading", { level: 1 }).locator("img[data-logo]")).toBeVisible();
  expect(await (await page.request.get("/logos/airflow.svg")).text()).toContain(">AA</text>");
});
