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

/** The inline `<script>` text of a page: where Next puts the React payload that hydrates it. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");

test("a stack page's tables, similar stacks and source are in its HTML once, and stay after hydration", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/stacks/mern")).text();
  const scripts = inlineScripts(html);
  expect(html).toContain("stack-choices");
  expect(html).toContain('id="source-heading"');
  // Not again in the payload: before components/static.tsx it repeated every row.
  for (const marker of ["stack-choices", "source-heading", "similar-heading", "/technologies/"])
    expect(scripts, marker).not.toContain(marker);

  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/stacks/mern");
  await page.waitForLoadState("networkidle");
  const mongo = page.getByRole("region", { name: "Data" }).getByRole("link", { name: "MongoDB" });
  await expect(mongo).toBeVisible();
  await expect(page.getByRole("heading", { name: "Similar stacks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Source document" })).toBeVisible();
  // The island beside them still works: the picker hydrated.
  const picker = page.getByRole("combobox", { name: "Compare with…" });
  await picker.fill("MEAN");
  await expect(page.getByRole("option").first()).toContainText("MEAN");
  await mongo.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MongoDB");
  expect(errors).toEqual([]);
});

test("a technology page and a layer page carry no React payload of their own content", async ({
  request,
}) => {
  for (const path of ["/technologies/mongodb", "/layers/data"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('href="/stacks/mern"');
    expect(inlineScripts(html), path).not.toContain("/stacks/mern");
  }
});
