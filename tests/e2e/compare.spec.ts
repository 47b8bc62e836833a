import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { PHONE } from "./phone";

/** Fails the test on any uncaught error or failed request the page logs, checked after each step. */
function watch(page: Page): () => void {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return () => expect(problems).toEqual([]);
}

const slotRow = (page: Page, slot: string) => page.locator(`tr[data-slot="${slot}"]`);

test.describe("compare", () => {
  test(
    "MERN vs MEAN: one row per slot; Node.js, Express.js and MongoDB the same, React and Angular side by side",
    PHONE,
    async ({ page }) => {
      const ok = watch(page);
      await page.goto("/compare?stacks=mern,mean");
      for (const slot of ["runtime", "web-framework", "database"])
        await expect(slotRow(page, slot)).toHaveAttribute("data-status", "shared");
      const ui = slotRow(page, "ui-framework");
      await expect(ui).toHaveAttribute("data-status", "different");
      await expect(ui.getByRole("cell").nth(0)).toContainText("React");
      await expect(ui.getByRole("cell").nth(1)).toContainText("Angular");
      await expect(ui.getByRole("rowheader", { name: "UI framework" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Summary" })).toContainText(
        "MERN and MEAN: the same choice in",
      );
      ok();
    },
  );

  test(
    "MERN vs T3: MongoDB and PostgreSQL on the Database row, Mongoose and Prisma on the ORM row",
    PHONE,
    async ({ page }) => {
      const ok = watch(page);
      await page.goto("/compare?stacks=mern,t3-stack");
      const db = slotRow(page, "database");
      await expect(db.getByRole("cell").nth(0)).toContainText("MongoDB");
      await expect(db.getByRole("cell").nth(1)).toContainText("PostgreSQL");
      const orm = slotRow(page, "orm");
      await expect(orm.getByRole("cell").nth(0)).toContainText("Mongoose");
      await expect(orm.getByRole("cell").nth(1)).toContainText("Prisma");
      await expect(orm).toHaveAttribute("data-status", "different");
      ok();
    },
  );

  test("adding a third stack from the picker changes the URL and survives a reload", async ({
    page,
  }) => {
    const ok = watch(page);
    await page.goto("/compare?stacks=mern,mean");
    await expect(slotRow(page, "ui-framework")).toBeVisible();
    const picker = page.getByRole("combobox", { name: "Add a stack" });
    await picker.click();
    await picker.fill("T3");
    await page.getByRole("option", { name: /T3 Stack/ }).click();
    await expect(page).toHaveURL(/stacks=mern,mean,t3-stack/);
    await expect(page.getByRole("columnheader", { name: /T3 Stack/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("columnheader", { name: /T3 Stack/ })).toBeVisible();
    await expect(slotRow(page, "web-framework")).toHaveAttribute("data-status", "partly");
    ok();
  });

  test(
    "“show only differences” hides the rows where every stack made the same choice",
    PHONE,
    async ({ page }) => {
      const ok = watch(page);
      await page.goto("/compare?stacks=mern,mean");
      await expect(slotRow(page, "database")).toBeVisible();
      await page.getByRole("checkbox", { name: "Show only differences" }).click();
      await expect(page).toHaveURL(/diff=1/);
      await expect(slotRow(page, "database")).toHaveCount(0);
      await expect(slotRow(page, "ui-framework")).toBeVisible();
      ok();
    },
  );

  test(
    "alternatives show only when asked, marked, and the choice says why on demand",
    PHONE,
    async ({ page }) => {
      const ok = watch(page);
      await page.goto("/compare?stacks=nargis-current,nargis-future");
      await expect(slotRow(page, "state")).toBeVisible();
      await expect(slotRow(page, "state")).not.toContainText("Redux");
      await page.getByRole("checkbox", { name: /Include alternatives/ }).click();
      await expect(page).toHaveURL(/all=1/);
      await expect(slotRow(page, "state")).toContainText("Redux");
      await expect(slotRow(page, "state")).toContainText(/alternative/i);
      await page.reload();
      await expect(page.getByRole("checkbox", { name: /Include alternatives/ })).toBeChecked();
      ok();
    },
  );

  test(
    "a current stack compared with its planned future is not 'empty' and not 0% alike",
    PHONE,
    async ({ page }) => {
      const ok = watch(page);
      await page.goto("/compare?stacks=nargis-current,nargis-future");
      const summary = page.getByRole("region", { name: "Summary" });
      await expect(summary).toBeVisible();
      await expect(summary).not.toContainText(
        "Nargis — recommended future stack names nothing for frontend",
      );
      await expect(summary).not.toContainText(" 0% of the technologies");
      ok();
    },
  );

  test("the Markdown export has a title, links back to each stack and the slot rows", async ({
    page,
  }) => {
    const ok = watch(page);
    await page.goto("/compare?stacks=mern,mean");
    await expect(slotRow(page, "ui-framework")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Markdown" }).click(),
    ]);
    const text = readFileSync(await download.path(), "utf8");
    expect(text.split("\n")[0]).toBe("# MERN vs MEAN");
    expect(text).toMatch(/- \[MERN\]\(http:\/\/localhost:\d+\/stacks\/mern\)/);
    expect(text).toContain("| Layer | Slot | MERN | MEAN | Status |");
    expect(text).toMatch(/\| UI framework \| React \| Angular \| different choices \|/);
    ok();
  });

  test("a bad URL explains itself, still shows MERN, and asks for no unknown stack", async ({
    page,
  }) => {
    const ok = watch(page);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto("/compare?stacks=nope,,mern,mern");
    const status = page.getByRole("status").first();
    await expect(status).toContainText("There is no stack “nope”.");
    await expect(status).toContainText("“mern” was listed twice");
    await expect(page.getByRole("columnheader", { name: /MERN/ })).toBeVisible();
    await expect(page.getByText("Pick at least one more stack")).toBeVisible();
    expect(requested.filter((u) => u.includes("/data/stacks/nope"))).toEqual([]);
    ok();
  });

  test("an empty compare page suggests comparisons that lead somewhere", async ({ page }) => {
    const ok = watch(page);
    await page.goto("/compare");
    const suggested = page.getByRole("region", { name: "Worth comparing" });
    await expect(suggested.getByRole("link").first()).toBeVisible();
    await suggested.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/compare\?stacks=[a-z0-9-]+,[a-z0-9-]+/);
    await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
    ok();
  });

  test("the stack page's “compare with…” picker leads here", async ({ page }) => {
    const ok = watch(page);
    await page.goto("/stacks/mern");
    const picker = page.getByRole("combobox", { name: "Compare with…" });
    await picker.fill("MEAN");
    await picker.press("Enter");
    await expect(page).toHaveURL(/\/compare\?stacks=mern,mean/);
    await expect(slotRow(page, "database")).toHaveAttribute("data-status", "shared");
    ok();
  });
});

test.describe("compare on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("four stacks scroll inside the table, never the whole page", async ({ page }) => {
    await page.goto("/compare?stacks=mern,mean,t3-stack,django");
    await expect(page.getByRole("columnheader", { name: /Django Stack/ })).toBeAttached();
    const scroller = page.getByTestId("compare-scroll");
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
  });
});
