import { expect, test } from "@playwright/test";
import { PHONE } from "./phone";
import { listPages } from "./site-pages";

// The user's own documents, exactly as they are, build into a working site.
const pages = listPages(".e2e/out-seeds");

test("the seed documents build into stack pages", () => {
  expect(pages.filter((p) => p.startsWith("/stacks/")).length).toBeGreaterThanOrEqual(5);
});

test("the merged Nargis document reads cleanly: repaired title, versions, no mojibake", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search stacks and technologies" }).fill("Nargis");
  await page.getByRole("link", { name: /^Tech Stack – Nargis/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tech Stack – Nargis");
  await expect(
    page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "Next.js", exact: true }) })
      .first(),
  ).toContainText("15.5.4");
  await expect(page.locator("main")).not.toContainText("â€");
});

test("the unfilled template shows examples, never primary choices", async ({ page }) => {
  await page.goto("/?kind=template");
  await page.getByRole("link", { name: "Backend Tech Stack", exact: true }).click();
  await expect(page.getByText("example", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("primary", { exact: true })).toHaveCount(0);
});

for (const path of pages.filter((p) => p.startsWith("/stacks/"))) {
  test(`seed page renders without errors: ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Hydration and its requests finish before the errors are read.
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}

test(
  "two documents both titled “Tech Stack” never look the same: cards, picker and compare say what tells them apart",
  PHONE,
  async ({ page }) => {
    await page.goto("/?q=tech%20stack");
    // Wait for the search to be applied, not for a moment.
    const namesakes = page.getByRole("article").getByRole("heading", { name: /^Tech Stack \(/ });
    await expect(namesakes).toHaveCount(2);
    // The list may re-render as the search applies: retry the read, never read a list mid-swap.
    await expect.poll(async () => new Set(await namesakes.allTextContents()).size).toBe(2);
    await page.goto("/compare?stacks=000-2495cdc699900004,004-da27f2f0eaaef188");
    const headers = page.getByRole("columnheader").filter({ hasText: "Tech Stack (" });
    await expect(headers).toHaveCount(2);
    await expect.poll(async () => new Set(await headers.allTextContents()).size).toBe(2);
  },
);
