import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.describe("compare", () => {
  test("MERN vs MEAN: shared MongoDB, Express.js, Node.js; React vs Angular in frontend", async ({ page }) => {
    await page.goto("/compare?stacks=mern,mean");
    for (const tech of ["mongodb", "express", "nodejs"]) {
      await expect(page.locator(`tr[data-tech="${tech}"]`)).toHaveAttribute("data-status", "shared");
    }
    await expect(page.locator('tr[data-tech="react"]')).toContainText("only MERN");
    await expect(page.locator('tr[data-tech="angular"]')).toContainText("only MEAN");
    await expect(page.getByRole("region", { name: "Summary" })).toContainText("Shared by all: Node.js, Express.js, MongoDB");
  });

  test("adding a third stack from the picker changes the URL and survives a reload", async ({ page }) => {
    await page.goto("/compare?stacks=mern,mean");
    const picker = page.getByRole("combobox", { name: "Add a stack" });
    await picker.click();
    await picker.fill("T3");
    await page.getByRole("option", { name: /T3 Stack/ }).click();
    await expect(page).toHaveURL(/stacks=mern,mean,t3-stack/);
    await expect(page.getByRole("columnheader", { name: /T3 Stack/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("columnheader", { name: /T3 Stack/ })).toBeVisible();
    await expect(page.locator('tr[data-tech="prisma"]')).toContainText("only T3 Stack");
  });

  test("“show only differences” hides shared lines", async ({ page }) => {
    await page.goto("/compare?stacks=mern,mean");
    await expect(page.locator('tr[data-tech="mongodb"]')).toBeVisible();
    await page.getByRole("checkbox", { name: "Show only differences" }).click();
    await expect(page).toHaveURL(/diff=1/);
    await expect(page.locator('tr[data-tech="mongodb"]')).toHaveCount(0);
    await expect(page.locator('tr[data-tech="react"]')).toBeVisible();
  });

  test("the Markdown export holds the comparison table", async ({ page }) => {
    await page.goto("/compare?stacks=mern,mean");
    await expect(page.locator('tr[data-tech="react"]')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Markdown" }).click()]);
    const text = readFileSync(await download.path(), "utf8");
    expect(text).toContain("| Layer | MERN | MEAN | Status |");
    expect(text).toMatch(/\| Frontend \| React \| — \| unique \|/);
  });

  test("a bad URL explains itself and still shows MERN", async ({ page }) => {
    await page.goto("/compare?stacks=nope,,mern,mern");
    const status = page.getByRole("status").first();
    await expect(status).toContainText("There is no stack “nope”.");
    await expect(status).toContainText("“mern” was listed twice");
    await expect(page.getByRole("columnheader", { name: /MERN/ })).toBeVisible();
    await expect(page.getByText("Pick at least one more stack")).toBeVisible();
  });

  test("the stack page's “compare with…” picker leads here", async ({ page }) => {
    await page.goto("/stacks/mern");
    const picker = page.getByRole("combobox", { name: "Compare with…" });
    await picker.fill("MEAN");
    await picker.press("Enter");
    await expect(page).toHaveURL(/\/compare\?stacks=mern,mean/);
    await expect(page.locator('tr[data-tech="mongodb"]')).toHaveAttribute("data-status", "shared");
  });
});
