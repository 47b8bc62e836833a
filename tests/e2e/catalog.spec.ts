import { expect, type Page, test } from "@playwright/test";
import { openFilters, PHONE } from "./phone";
import { renderedSearch } from "./rendered";

/**
 * Types a search and waits for its results. The count alone could still be the last results'
 * (they stay on screen while a search runs), so first wait until the page has rendered this query.
 */
async function searchFor(page: Page, q: string) {
  await page.getByRole("searchbox", { name: "Search stacks and technologies" }).fill(q);
  await renderedSearch(page, q);
  await expect(page.getByTestId("result-count")).toHaveText(/^\d+ stacks?$/);
}

test.describe("catalog", () => {
  test("searching “postgres” shows the stacks that use PostgreSQL", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search stacks and technologies" }).fill("postgres");
    await expect(page).toHaveURL(/\?q=postgres/);
    const cards = page.getByRole("article");
    await expect(cards.filter({ hasText: "T3 Stack" })).toBeVisible();
    await expect(cards.filter({ hasText: "FastAPI Stack" })).toBeVisible();
    await expect(cards.filter({ hasText: "MERN" })).toHaveCount(0);
    await expect(cards.first().getByText("PostgreSQL")).toBeVisible();
  });

  test("a typo is still found, as soon as the fuzzy index arrives; typed from a fresh page, it waits for it", async ({
    page,
  }) => {
    // Hold the fuzzy index back: it is asked for once the index shard says a word is a typo.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let asked = () => {};
    const requested = new Promise<void>((r) => {
      asked = r;
    });
    await page.route("**/data/search/fuzzy.json", async (route) => {
      asked();
      await held;
      await route.continue();
    });
    // The typo is the very first search: its prefix index shard is here, the fuzzy index is not. The page says it is still searching, never "every stack".
    await page.goto("/?q=postgers");
    await requested;
    expect(await page.getByTestId("result-count").textContent()).toBe("Searching…");
    release();
    await expect(page.getByRole("article").filter({ hasText: "T3 Stack" })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/^\d+ stacks?$/);
    await expect(page.getByRole("article", { name: "MERN" })).toHaveCount(0);
    const box = page.getByRole("searchbox", { name: "Search stacks and technologies" });
    await box.fill("mongdb");
    await expect(page.getByRole("article", { name: "MERN" })).toBeVisible();
    // Known words no stack shares answer "none" at once.
    await box.fill("svelte spring");
    await expect(page.getByTestId("result-count")).toHaveText("0 stacks");
  });

  test("a search fetches the index shard its word falls in and the records it shows, not the catalog", async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/data/")) asked.push(path);
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(asked, "nothing before a search").toEqual([]);
    const postgres = () => page.getByRole("checkbox", { name: /^PostgreSQL( \d+)?$/ });
    const countOf = async (box: ReturnType<typeof postgres>) =>
      Number(
        /\d+$/.exec((await box.evaluate((el) => el.closest("label")?.textContent)) ?? "")?.[0],
      );
    const before = await countOf(postgres());
    await searchFor(page, "redis");
    const cards = page.getByRole("article");
    await expect(cards.filter({ hasText: "Django Stack" })).toBeVisible();
    await expect(page.getByRole("list").filter({ has: cards }).first()).not.toHaveAttribute(
      "aria-busy",
      "true",
    );
    expect(asked.filter((p) => p.includes("/t-"))).toEqual(["/data/search/t-r.json"]);
    expect(asked).not.toContain("/data/search/fuzzy.json");
    // Each card's record comes from a file of four: no more files than cards.
    const chunks = asked.filter((p) => p.includes("/r-"));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(await cards.count());
    // The filters' counts follow, counted among the results: fewer PostgreSQL stacks than in all.
    await expect(postgres()).toHaveAccessibleName(/^PostgreSQL \d+$/);
    expect(await countOf(postgres())).toBeLessThan(before);
    expect(await countOf(postgres())).toBeLessThanOrEqual(await cards.count());
  });

  test("while the next results load, the last ones stay on screen, marked busy", async ({
    page,
  }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search stacks and technologies" });
    const count = page.getByTestId("result-count");
    const cards = page.getByRole("article");
    await searchFor(page, "postgres");
    const before = await cards.getByRole("heading").allTextContents();
    // Hold back the shard the next word needs, as a slow network would.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route("**/data/search/t-m.json", async (route) => {
      await held;
      await route.continue();
    });
    await box.fill("mongo");
    await expect(count).toHaveText("Searching…");
    const list = page.getByRole("list").filter({ has: cards }).first();
    await expect(list).toHaveAttribute("aria-busy", "true");
    expect(await cards.getByRole("heading").allTextContents()).toEqual(before);
    release();
    await expect(count).toHaveText(/^\d+ stacks?$/);
    await expect(list).toHaveAttribute("aria-busy", "false");
    await expect(page.getByRole("article", { name: "MERN" })).toBeVisible();
  });

  test("layer and technology filters come back after reload and from the copied URL", async ({
    page,
    browser,
  }) => {
    await page.goto("/");
    await page.getByRole("checkbox", { name: /^Data \d+$/ }).click();
    await expect(page).toHaveURL(/layer=data/);
    const redis = page.getByRole("checkbox", { name: /^Redis \d+$/ });
    // The facet says how many stacks the filter leaves: wait until the results say the same.
    const label = await redis.evaluate((el) => el.closest("label")?.textContent ?? "");
    const expected = Number(/(\d+)\s*$/.exec(label)?.[1]);
    expect(expected).toBeGreaterThan(1);
    await redis.click();
    await expect(page).toHaveURL(/tech=redis/);
    await expect(page.getByTestId("result-count")).toHaveText(`${expected} stacks`);
    await expect(page.getByRole("article")).toHaveCount(expected);
    const count = await page.getByTestId("result-count").textContent();
    const titles = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toContain("Django Stack");

    await page.reload();
    await expect(page.getByTestId("result-count")).toHaveText(count ?? "");
    await expect(page.getByRole("checkbox", { name: /^Redis \d+$/ })).toBeChecked();
    await expect(page.getByRole("article").getByRole("heading")).toHaveText(titles);

    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(other.getByTestId("result-count")).toHaveText(count ?? "");
    await expect(other.getByRole("article").getByRole("heading")).toHaveText(titles);
    await other.close();
  });

  test("pressing / focuses the search box", async ({ page }) => {
    await page.goto("/");
    await page.locator("body").click();
    await page.keyboard.press("/");
    await expect(
      page.getByRole("searchbox", { name: "Search stacks and technologies" }),
    ).toBeFocused();
  });

  test("unknown filter values are ignored and said so", async ({ page }) => {
    await page.goto("/?layer=data,warp-drive&kind=recipe&tech=not-a-tech");
    await expect(page.getByRole("status").filter({ hasText: "warp-drive" })).toBeVisible();
    await expect(page.getByText(/Ignored unknown technology: “not-a-tech”/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^Data \d+$/ })).toBeChecked();
  });

  test("no match offers to clear the filters", async ({ page }) => {
    await page.goto("/?q=zzzzqqqq");
    await expect(page.getByText(/No stack matches/)).toBeVisible();
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("article").first()).toBeVisible();
  });

  test("open a stack, follow a technology, reach the stacks that use it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "T3 Stack", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "T3 Stack" })).toBeVisible();
    await page.getByRole("link", { name: "Prisma", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Prisma" })).toBeVisible();
    await expect(page.getByRole("link", { name: "T3 Stack" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Supabase Stack" })).toBeVisible();
  });

  test("a stack page shows roles, versions, the rendered source and collapsed parser notes", async ({
    page,
  }) => {
    await page.goto("/stacks/nargis-current");
    const nextRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "Next.js", exact: true }) })
      .first();
    await expect(nextRow).toContainText("15.5.4");
    await expect(nextRow).toContainText("primary");
    await expect(
      page
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: "SvelteKit", exact: true }) }),
    ).toContainText("alternative");
    await expect(page.getByRole("heading", { name: "Source document" })).toBeVisible();
    await expect(page.locator(".doc h3#doc-frontend")).toBeVisible();
    const notes = page.locator("details").filter({ hasText: "Parser notes" });
    await expect(notes).not.toHaveAttribute("open", "");
  });

  test("a mermaid diagram is drawn as a picture", async ({ page }) => {
    await page.goto("/stacks/ai-age-infrastructure-guide");
    const img = page.locator(".doc figure.mermaid img").first();
    await img.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(100);
  });

  test("an unknown slug shows the helpful 404 page", async ({ page }) => {
    const res = await page.goto("/stacks/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search stacks" })).toBeVisible();
    await expect(page.getByRole("link", { name: "All stacks" })).toBeVisible();
  });
});

test("technologies: layer ai and “lang” shows LangChain and LangGraph, kept in the URL", async ({
  page,
}) => {
  await page.goto("/technologies");
  await page.getByRole("tab", { name: /^AI & ML/ }).click();
  await page.getByRole("searchbox", { name: "Search technologies" }).fill("lang");
  await expect(page).toHaveURL(/layer=ai/);
  await expect(page).toHaveURL(/q=lang/);
  await expect(page.getByRole("link", { name: "LangChain", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "LangGraph", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "PostgreSQL" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("tab", { name: /^AI & ML/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("link", { name: "LangGraph", exact: true })).toBeVisible();
});

test("a layer page lists the choices for it, most used first", async ({ page }) => {
  await page.goto("/layers/data");
  const first = page.getByRole("listitem").first();
  await expect(first.getByRole("heading")).toContainText("PostgreSQL");
});

test.describe("roles in filters", () => {
  test(
    "a technology filter shows the stacks that use it; rejections only when asked, and the card says which",
    PHONE,
    async ({ page }) => {
      await page.goto("/?tech=redux");
      await expect(page.getByTestId("result-count")).toHaveText("0 stacks");
      await openFilters(page);
      await page
        .getByRole("checkbox", {
          name: /Also stacks that plan a technology or considered and rejected it/,
        })
        .click();
      await expect(page).toHaveURL(/with=all/);
      const card = page.getByRole("article").filter({ hasText: "Nargis — as built today" });
      await expect(card.locator('[data-relation="x"]')).toHaveText("Considered and rejected Redux");
      await page.reload();
      await expect(card.locator('[data-relation="x"]')).toHaveText("Considered and rejected Redux");
    },
  );

  test("each card can start a comparison", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Compare MERN with another stack" }).click();
    await expect(page).toHaveURL(/\/compare\?stacks=mern$/);
    await expect(page.getByText("Pick at least one more stack")).toBeVisible();
  });
});

test.describe("history and keyboard", () => {
  test(
    "each filter click is one history entry; Back walks them in reverse and stays on the site",
    PHONE,
    async ({ page }) => {
      await page.goto("/");
      await openFilters(page);
      await page.getByRole("checkbox", { name: /^Data \d+$/ }).click();
      await expect(page).toHaveURL(/layer=data$/);
      await page.getByRole("checkbox", { name: /^Redis \d+$/ }).click();
      await expect(page).toHaveURL(/tech=redis/);
      await page.getByRole("checkbox", { name: /^Guide \d+$/ }).click();
      await expect(page).toHaveURL(/kind=guide/);
      await page.goBack();
      await expect(page).toHaveURL(/tech=redis$/);
      await expect(page.getByRole("checkbox", { name: /^Guide \d+$/ })).not.toBeChecked();
      await page.goBack();
      await expect(page).toHaveURL(/layer=data$/);
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("checkbox", { name: /^Data \d+$/ })).not.toBeChecked();
    },
  );

  test(
    "typing replaces its history entry instead of adding one per key",
    PHONE,
    async ({ page }) => {
      await page.goto("/");
      const box = page.getByRole("searchbox", { name: "Search stacks and technologies" });
      // A slow phone: results lag behind the keys, and no key may be lost to them.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
      await box.pressSequentially("redis ", { delay: 30 });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      await expect(box).toHaveValue("redis ");
      await expect(page).toHaveURL(/q=redis$/);
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
    },
  );

  test("the layer tabs follow the arrow keys", PHONE, async ({ page }) => {
    await page.goto("/technologies");
    await page.getByRole("tab", { name: /All layers/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/layer=language/);
    await expect(page.getByRole("tab", { name: /Languages/ })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/layer=frontend/);
    await page.goBack();
    await expect(page).toHaveURL(/layer=language/);
  });
});

test(
  "a technology page says what it was chosen over and passed over for, and a versus page shows who chose which and why",
  PHONE,
  async ({ page }) => {
    await page.goto("/technologies/redux");
    const passed = page.getByRole("region", { name: "Passed over for" });
    await expect(passed.getByRole("link", { name: "React Context" })).toBeVisible();
    await passed.getByRole("link", { name: "React Context" }).click();
    await expect(page).toHaveURL(/\/technologies\/react-context\/vs\/redux$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("React Context vs Redux");
    await expect(
      page.getByRole("listitem").filter({ hasText: "Nargis — as built today" }),
    ).toContainText("chose React Context");
    await page.goto("/technologies/react-context");
    await expect(
      page.getByRole("region", { name: "Chosen over" }).getByRole("link", { name: "Redux" }),
    ).toBeVisible();
  },
);

test.describe("stack page on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("choices are grouped by what they are for, and purpose and rationale stay in view", async ({
    page,
  }) => {
    await page.goto("/stacks/mern");
    const react = page.locator('tr[data-slot="ui-framework"]').first();
    await expect(react).toContainText("UI framework");
    const why = react.getByText(/^Why: The most widely known UI libra/);
    await expect(why).toBeVisible();
    const box = await why.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  });
});

test.describe("one search behaviour for stacks and technologies", () => {
  test(
    "the technologies page finds by alias, slot and layer names in several languages",
    PHONE,
    async ({ page }) => {
      await page.goto("/technologies?q=k8s");
      await expect(page.getByRole("link", { name: "Kubernetes", exact: true })).toBeVisible();
      await page.goto("/technologies?q=vector%20database");
      await expect(page.getByRole("link", { name: "Pinecone", exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: "PostgreSQL", exact: true })).toHaveCount(0);
      await page.goto("/technologies?q=%E6%95%B0%E6%8D%AE%E5%BA%93");
      await expect(page.getByRole("link", { name: "PostgreSQL", exact: true })).toBeVisible();
      await page.goto("/technologies?q=security");
      await expect(page.getByRole("link", { name: "Keycloak", exact: true })).toBeVisible();
    },
  );

  test(
    "“AI” on the catalog finds AI stacks and not the data platform that uses Airflow",
    PHONE,
    async ({ page }) => {
      await page.goto("/?q=AI");
      await expect(
        page.getByRole("article").filter({ hasText: "AI backend (example stack)" }),
      ).toBeVisible();
      await expect(page.getByRole("article").filter({ hasText: "データ基盤" })).toHaveCount(0);
      await page.goto("/?q=vector%20database");
      await expect(
        page.getByRole("article").filter({ hasText: "LangChain/LangGraph Stack" }),
      ).toBeVisible();
    },
  );
});

test.describe("filters you can see and reach", () => {
  test("active filters show as chips that remove themselves", PHONE, async ({ page }) => {
    await page.goto("/?layer=data&tech=redis&q=stack");
    const chips = page.getByRole("list", { name: "Active filters" });
    await expect(chips.getByRole("button")).toHaveCount(3);
    await chips.getByRole("button", { name: "Remove filter Redis" }).click();
    await expect(page).toHaveURL(/layer=data/);
    await expect(page).not.toHaveURL(/tech=redis/);
    await expect(chips.getByRole("button")).toHaveCount(2);
  });

  test(
    "the technology facet lists every technology and finds any of them",
    PHONE,
    async ({ page }) => {
      await page.goto("/?layer=ai");
      await openFilters(page);
      const find = page.getByRole("searchbox", { name: "Find a technology" });
      await find.fill("whisp");
      await expect(page.getByRole("checkbox", { name: /^Whisper \d+$/ })).toBeVisible();
      await page.getByRole("checkbox", { name: /^Whisper \d+$/ }).check();
      await expect(page).toHaveURL(/tech=whisper/);
    },
  );

  test("↓ in the search box moves into the results", PHONE, async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search stacks and technologies" });
    await box.fill("mern");
    await expect(page.getByRole("article").first()).toContainText("MERN");
    await box.press("ArrowDown");
    await expect(page.getByRole("link", { name: "MERN", exact: true })).toBeFocused();
  });
});

test.describe("filters on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a Filters button before the results opens the filters", async ({ page }) => {
    await page.goto("/");
    const button = page.getByRole("button", { name: /^Filters/ });
    await expect(page.getByRole("checkbox", { name: /^Data \d+$/ })).toBeHidden();
    const buttonBox = await button.boundingBox();
    const firstCard = await page.getByRole("article").first().boundingBox();
    expect((buttonBox?.y ?? 0) < (firstCard?.y ?? 0)).toBe(true);
    await button.click();
    await page.getByRole("checkbox", { name: /^Data \d+$/ }).check();
    await expect(page).toHaveURL(/layer=data/);
    await expect(button).toHaveText(/Filters \(1 on\)/);
  });
});

test("technologies that fill the same slot can be compared even when no document weighed them", async ({
  page,
}) => {
  await page.goto("/technologies/postgresql");
  const peers = page.getByRole("region", { name: "Compare with" });
  await peers.getByRole("link", { name: "PostgreSQL vs MongoDB" }).click();
  await expect(page).toHaveURL(/\/technologies\/mongodb\/vs\/postgresql$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MongoDB vs PostgreSQL");
  await expect(page.locator("main")).toContainText("MongoDB is used by");
});

test("the technologies page ships its first rows, and “Show all” lists every technology", async ({
  page,
  request,
}) => {
  const all = (await (await request.get("/data/technologies.json")).json()) as unknown[];
  expect(all.length).toBeGreaterThan(120);
  const html = await (await request.get("/technologies")).text();
  // The page's payload holds the first 120 rows, not the whole list.
  expect(html.split('\\"aliases\\"').length - 1).toBe(120);
  await page.goto("/technologies");
  await expect(page.getByTestId("tech-count")).toHaveText(`${all.length} technologies`);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(121);
  await page.getByRole("button", { name: `Show all ${all.length}` }).click();
  await expect(rows).toHaveCount(all.length + 1);
});
