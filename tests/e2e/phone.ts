import type { Page } from "@playwright/test";

/** Journeys tagged with this run again in the "phone" project, at 390 × 844. */
export const PHONE = { tag: "@phone" };

/** On a phone the filters sit behind a Filters button, as a person would open them; on a desktop they show. */
export async function openFilters(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: /^Filters/ });
  if ((await button.isVisible()) && (await button.getAttribute("aria-expanded")) !== "true")
    await button.click();
}
