import type { Page } from '@playwright/test'

/**
 * Opens a page of the harness and waits until its event stream (/api/events) has answered, so
 * whatever the harness pushes after this reaches the page. A page learns of cues, warnings and
 * tab moves ('shell:navigate') only by that stream, and the server sends nothing from before a
 * page connected: an action sent right after `goto` can be published before the page listens,
 * and its notification or move never happens.
 */
export async function gotoAndListen(page: Page, url: string): Promise<void> {
  const streamOpen = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/events')
  // Settled either way, so a wait left unused below cannot fail the test later.
  streamOpen.catch(() => undefined)
  const response = await page.goto(url)
  // A change of the #route only keeps the page, and the stream it opened when it loaded.
  if (response === null) return
  await streamOpen
}
