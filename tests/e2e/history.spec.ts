import { expect, test } from "@playwright/test";

// This site is built from the git repository tests/history-repo.ts creates (scripts/test-all.sh).

test("a stack page shows the dates its document changed and what each change did", async ({
  page,
}) => {
  await page.goto("/stacks/orders");
  const history = page.getByRole("region", { name: "History" });
  const entries = history.locator("ol > li");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0).locator("time")).toHaveText("2026-01-02");
  await expect(entries.nth(0).locator("li")).toHaveText(["PostgreSQL 15 → 16", "added NATS"]);
  await expect(entries.nth(1).locator("time")).toHaveText("2026-01-01");
  await expect(entries.nth(1)).toContainText("Document added");
});

test("a renamed document keeps the history of its old name", async ({ page }) => {
  await page.goto("/stacks/billing");
  const entries = page.getByRole("region", { name: "History" }).locator("ol > li");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0).locator("li")).toHaveText(["added PostgreSQL", "removed MySQL"]);
  await expect(entries.nth(1)).toContainText("renamed from billing-v1.md");
  await expect(entries.nth(2)).toContainText("Document added");
});

test("/changes lists the latest decision changes and links its Atom feed", async ({
  page,
  request,
}) => {
  await page.goto("/changes");
  const items = page.getByRole("list", { name: "Latest decision changes" }).locator("> li");
  await expect(items.nth(0)).toContainText("Billing: added PostgreSQL; removed MySQL");
  await expect(items.nth(1)).toContainText("Orders service: PostgreSQL 15 → 16; added NATS");
  // A rename alone decides nothing, so it is not listed.
  await expect(page.getByText("renamed from")).toHaveCount(0);

  const href = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute("href");
  const res = await request.get(href ?? "");
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const feed = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.querySelector("parsererror")) return undefined;
      const titles = [...doc.querySelectorAll("entry > title")].map((t) => t.textContent);
      return { ns: doc.documentElement.namespaceURI, titles };
    },
    await res.text(),
  );
  expect(feed?.ns).toBe("http://www.w3.org/2005/Atom");
  expect(feed?.titles.slice(0, 2)).toEqual([
    "Billing: added PostgreSQL; removed MySQL",
    "Orders service: PostgreSQL 15 → 16; added NATS",
  ]);

  await items.nth(1).getByRole("link", { name: "Orders service" }).click();
  await expect(page).toHaveURL(/\/stacks\/orders#history$/);
  await expect(page.getByRole("heading", { name: "History" })).toBeInViewport();
});

test("the matrix pages its stacks, with the page in the address", async ({ page }) => {
  await page.goto("/layers");
  const count = page.getByTestId("matrix-count");
  const rows = page.getByRole("region", { name: "Stacks by layer" }).locator("tbody tr");
  await expect(count).toHaveText("Stacks 1–50 of 62, by stack name.");
  await expect(rows).toHaveCount(50);
  await page
    .getByRole("navigation", { name: "Pages of the matrix" })
    .getByRole("link", { name: "2" })
    .click();
  await expect(page).toHaveURL(/\/layers\?page=2$/);
  await expect(count).toHaveText("Stacks 51–62 of 62, by stack name.");
  await expect(rows).toHaveCount(12);
  await page.reload();
  await expect(count).toHaveText("Stacks 51–62 of 62, by stack name.");

  await page.goto("/layers?page=7");
  await expect(page.getByRole("status")).toContainText(
    "There is no page “7” (1 to 2): page 1 is shown.",
  );
  await expect(rows).toHaveCount(50);
});

test("the catalog's 62 stacks: the first 48, then every one on asking, a page at a time", async ({
  page,
}) => {
  await page.goto("/");
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(48);
  await expect(page.getByText("Showing 48 of 62.")).toBeVisible();
  await page.getByRole("button", { name: "Load all stacks" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("62 stacks");
  await page.getByRole("button", { name: "Show more (14 left)" }).click();
  await expect(cards).toHaveCount(62);
  const titles = await cards.getByRole("heading").allTextContents();
  expect(new Set(titles).size).toBe(62);
});
