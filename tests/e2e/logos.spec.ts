import { expect, type Page, test } from "@playwright/test";

/** Where the first logos of the page are drawn, in page coordinates. */
function logoBoxes(page: Page) {
  return page.locator("img.logo").evaluateAll((svgs) =>
    svgs.slice(0, 40).map((s) => {
      const r = s.getBoundingClientRect();
      return {
        id: (s as HTMLImageElement).src.replace(/^.*\/logos\/|\.svg$/g, ""),
        x: r.x + scrollX,
        y: r.y + scrollY,
        w: r.width,
      };
    }),
  );
}

/** Scrolls each of the first logos into view in turn, as a reader would: tiles load when near the screen. */
async function scrollPastLogos(page: Page) {
  await page.locator("img.logo").evaluateAll(async (imgs) => {
    for (const img of imgs.slice(0, 40)) {
      img.scrollIntoView({ block: "center" });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
  });
}

/**
 * For each of the first logos: whether some of its drawn pixels stand out (3:1) from the page's own
 * background, read from a screenshot, so a logo that did not load or vanishes in a theme fails.
 */
async function logoVisibility(page: Page) {
  const boxes = await logoBoxes(page);
  // Only the rectangle around the logos: a full-width shot of a long table is slow to take and read.
  const left = Math.floor(Math.min(...boxes.map((b) => b.x)));
  const top = Math.floor(Math.min(...boxes.map((b) => b.y)));
  const right = Math.ceil(Math.max(...boxes.map((b) => b.x + b.w)));
  const bottom = Math.ceil(Math.max(...boxes.map((b) => b.y + b.w)));
  const shot = await page.screenshot({
    fullPage: true,
    scale: "device",
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });
  return page.evaluate(
    async ({ png, boxes, left, top, dpr }) => {
      const lum = ([r, g, b]: number[]) => {
        const f = (c: number) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const bg = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
      const pageLum = lum(bg);
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d", { willReadFrequently: true });
      ctx?.drawImage(img, 0, 0);
      return boxes.map((b) => {
        const [x, y, w] = [b.x - left, b.y - top, b.w].map((v) => Math.max(1, Math.round(v * dpr)));
        const px = ctx?.getImageData(x, y, w, w).data ?? [];
        let best = 1;
        for (let i = 0; i < px.length; i += 4) {
          const l = lum([px[i], px[i + 1], px[i + 2]]);
          best = Math.max(best, (Math.max(l, pageLum) + 0.05) / (Math.min(l, pageLum) + 0.05));
        }
        return { id: b.id, ok: best >= 3 };
      });
    },
    {
      png: shot.toString("base64"),
      boxes,
      left,
      top,
      dpr: await page.evaluate(() => devicePixelRatio),
    },
  );
}

const PAGES = [
  "/technologies/postgresql",
  "/radar",
  "/stacks/fastapi",
  "/compare?stacks=mern,mean",
];

for (const theme of ["light", "dark"] as const) {
  test.describe(`logos (${theme})`, () => {
    // Tiles drawn at 32×32 device pixels, as on most screens now: a 16 px tile at 1× blurs thin marks.
    test.use({ colorScheme: theme, deviceScaleFactor: 2 });
    for (const path of PAGES) {
      test(`logos on ${path} load and stand out from the page`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        if (theme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
        await expect(page.locator("img.logo").first()).toBeVisible();
        await scrollPastLogos(page);
        // Until every tile has loaded and been drawn, and after.
        await expect
          .poll(async () => (await logoVisibility(page)).filter((l) => !l.ok))
          .toEqual([]);
        // Decorative: the name beside it stays the link's text.
        await expect(page.locator("img.logo").first()).toHaveAttribute("alt", "");
      });
    }
  });
}

test("a long page fetches the tiles near the screen, and the rest as the reader scrolls", async ({
  page,
}) => {
  const fetched = new Set<string>();
  page.on("request", (r) => r.url().includes("/logos/") && fetched.add(r.url()));
  await page.goto("/technologies");
  const rows = page.locator("img.logo");
  await expect(rows.nth(100)).toBeAttached();
  await page.waitForLoadState("networkidle");
  const first = fetched.size;
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(60);
  // The last row's tile loads once it is on screen, and is drawn.
  await rows.last().scrollIntoViewIfNeeded();
  await expect
    .poll(() => rows.last().evaluate((i: HTMLImageElement) => i.naturalWidth))
    .toBeGreaterThan(0);
  expect(fetched.size).toBeGreaterThan(first);
});

/** A technology's tile, as the pages load it. */
async function tileOf(page: Page, id: string): Promise<string> {
  const res = await page.request.get(`/logos/${id}.svg`);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  return res.text();
}

test("a technology page shows its logo by its name; one without a CC0 mark gets a monogram", async ({
  page,
}) => {
  await page.goto("/technologies/postgresql");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveAccessibleName("PostgreSQL");
  const logo = heading.locator("img.logo");
  await expect(logo).toHaveAttribute("src", "/logos/postgresql.svg");
  await expect(logo).toBeVisible();
  // Sized by the stylesheet, before it loads: 28 px beside the heading, 16 px beside a name.
  expect(await logo.boundingBox()).toMatchObject({ width: 28, height: 28 });
  const small = page.locator("aside img.logo").first();
  expect(await small.boundingBox()).toMatchObject({ width: 16, height: 16 });
  // Loaded and drawn: a broken image has no natural width.
  await expect.poll(() => logo.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(32);
  expect(await tileOf(page, "postgresql")).toContain("<path");
  // Apache Airflow's mark is Apache-2.0 in simple-icons, not CC0: it gets its initials.
  await page.goto("/technologies/airflow");
  await expect(page.getByRole("heading", { level: 1 }).locator("img.logo")).toHaveAttribute(
    "src",
    "/logos/airflow.svg",
  );
  expect(await tileOf(page, "airflow")).toContain(">AA</text>");
});
