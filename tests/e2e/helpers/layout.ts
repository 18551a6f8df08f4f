import type { Page } from '@playwright/test'

/** How far the page scrolls sideways (0 when it fits). A string, because e2e code has no DOM types. */
export async function horizontalOverflowPx(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
}
