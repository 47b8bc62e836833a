import { expect, type Page, test } from "@playwright/test";

/** Records every response of the session; the test fails on any 404, including the router's own fetches. */
function watchResponses(page: Page): { missing: string[]; fetched: string[] } {
  const log = { missing: [] as string[], fetched: [] as string[] };
  page.on("response", (res) => {
    const url = new URL(res.url());
    log.fetched.push(
      `${res.status()} ${res.request().resourceType()} ${url.pathname}${url.search}`,
    );
    if (res.status() === 404) log.missing.push(url.pathname + url.search);
  });
  return log;
}

/** The export keeps no router payloads (`.txt`, `_rsc` fetches): links must load whole pages. */
const routerFetches = (fetched: string[]) => fetched.filter((f) => /\.txt\b|[?&]_rsc=/.test(f));

test("home → stack → technology → back → compare → layer, page by page, without a 404", async ({
  page,
}, info) => {
  const log = watchResponses(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Technology stacks" })).toBeVisible();
  // Wait for hydration, so a client router (if one took the clicks) would be in charge.
  await page.waitForLoadState("networkidle");

  const card = page.getByRole("article").first();
  const stackTitle = (await card.getByRole("heading").first().textContent())?.trim() ?? "";
  await card.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/stacks\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(stackTitle);

  const tech = page.getByRole("table").first().getByRole("link").first();
  const techName = (await tech.textContent())?.trim() ?? "";
  await tech.click();
  await expect(page).toHaveURL(/\/technologies\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(techName);
  await expect(page.getByRole("heading", { name: "Stacks that use it" })).toBeVisible();
  await expect(page.getByRole("link", { name: stackTitle }).first()).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(stackTitle);

  // Hovering must not fetch prefetch files the export does not keep.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Technologies" })
    .hover();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Compare" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare stacks" })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Layers" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Layers" })).toBeVisible();
  // The matrix comes first on /layers; follow the list of layers (a heading each) to one layer.
  const layer = page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link").first();
  const layerName = (await layer.textContent())?.trim() ?? "";
  await layer.click();
  await expect(page).toHaveURL(/\/layers\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(layerName);

  await page.waitForLoadState("networkidle");
  await info.attach("responses", { body: log.fetched.join("\n"), contentType: "text/plain" });
  if (process.env.E2E_LOG_REQUESTS) console.log(log.fetched.join("\n"));
  expect(log.missing).toEqual([]);
  const documents = log.fetched.filter((f) => f.startsWith("200 document"));
  expect(documents.length, "each step loaded its page").toBeGreaterThanOrEqual(5);
  expect(routerFetches(log.fetched)).toEqual([]);
});
