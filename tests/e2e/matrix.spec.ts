import { expect, test } from "@playwright/test";

test("sorting the matrix by coverage and following a cell to the choice", async ({ page }) => {
  await page.goto("/layers");
  const matrix = page.getByRole("region", { name: "Stacks by layer" });
  const counts = async () =>
    (await matrix.locator("tbody td.num").allTextContents()).map((t) => Number(t));
  await expect(page.getByTestId("matrix-count")).toContainText("by stack name");
  await page.getByRole("link", { name: "Most covered" }).click();
  await expect(page).toHaveURL(/\/layers\?sort=coverage$/);
  await expect(page.getByTestId("matrix-count")).toContainText("by most covered");
  const sorted = await counts();
  expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  expect(sorted[0]).toBeGreaterThan(sorted[sorted.length - 1]);

  const top = matrix.locator("tbody tr").first();
  const slug = (await top.locator("th a").getAttribute("href"))?.split("/").pop();
  const cell = top.locator("td:not(.gap):not(.considered):not(.num) a").first();
  // The link's visible text is the name; a hidden " in <stack>" follows it for screen readers.
  const name = await cell.evaluate((a) => a.firstChild?.textContent ?? "");
  await expect(cell).toContainText(" in ");
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/stacks/${slug}#choice-`));
  const choice = page.locator("tr:target");
  await expect(choice).toBeVisible();
  await expect(choice.getByRole("link").first()).toHaveText(name);

  await page.goBack();
  await expect(page.getByTestId("matrix-count")).toContainText("by most covered");
});

test("an unknown sort in the address falls back to the stack name and says so", async ({
  page,
}) => {
  await page.goto("/layers?sort=size");
  await expect(page.getByRole("status")).toContainText("Unknown sort “size”: sorted by stack name");
  await expect(page.getByTestId("matrix-count")).toContainText("by stack name");
  await expect(page.getByRole("link", { name: "Stack name" })).toHaveAttribute(
    "aria-current",
    "true",
  );
});
