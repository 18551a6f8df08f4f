import { expect, type Page } from '@playwright/test'
import type { SettingsPatch } from '../../../src/shared/settings'
import { gotoAndListen } from './event-stream'
import { invoke } from './invoke'

/**
 * Today, with the test's settings applied while paused, so no reminder can fire before the page
 * listens. The caller resumes (which restarts both counts) when it is ready.
 */
export async function openTodayPaused(page: Page, url: string, settings: SettingsPatch): Promise<void> {
  await invoke(page.request, url, 'pause:start', 'indefinite')
  const result = await invoke(page.request, url, 'settings:update', settings)
  if (!result.ok) throw new Error(`settings refused: ${result.message}`)
  // Listening before the caller resumes: the cues and warnings it waits for come by the stream.
  await gotoAndListen(page, `${url}#/today`)
  await expect(page.getByRole('region', { name: 'Right now' }).getByText('Paused until you resume')).toBeVisible()
}

/** The same, resumed once the page is there. */
export async function openTodayWith(page: Page, url: string, settings: SettingsPatch): Promise<void> {
  await openTodayPaused(page, url, settings)
  await invoke(page.request, url, 'pause:resume')
}
