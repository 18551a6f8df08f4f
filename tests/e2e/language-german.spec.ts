import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { freshDataDir, startHarness, useHarness } from './helpers/harness'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'
import { checkEveryPage, englishWordsOnScreen } from './helpers/language-check'

/*
 * Issue 17: every page in German (the harness's system language), with no English left on
 * screen and axe clean; Today, the break window and Safety are the README's German pictures.
 */
test.describe('every page in German', () => {
  const harness = useHarness({ per: 'block', acknowledgeSafetyNotice: true, locale: 'de' })

  test('no English left on screen and no serious accessibility violations', async ({ page }) => {
    test.setTimeout(180_000)
    await checkEveryPage(page, harness.url, { language: 'de', screenshotSuffix: 'de' })
  })
})

/*
 * A notice made in the app layer (a settings file that could not be read, set aside) is worded
 * by the page: German under German, and it follows a live language change.
 */
test('a set-aside settings file is told in German, and in French after the language changes', async ({ page, request }) => {
  const dataDir = freshDataDir()
  // A folder where settings.json should be: it cannot be read (EISDIR), a technical code only.
  mkdirSync(join(dataDir, 'settings.json'))
  const harness = await startHarness({ dataDir, extraArgs: ['--locale', 'de'] })
  try {
    await acknowledgeSafetyNotice(request, harness.url)
    await page.goto(`${harness.url}index.html#/preferences`)
    const notice = page.getByRole('alert').filter({ hasText: 'EISDIR' })
    await expect(notice).toContainText('Die Datei mit Ihren Einstellungen konnte nicht verwendet werden. Sie konnte nicht gelesen werden (EISDIR).')
    await expect(notice).toContainText('Upright verwendet die Standardeinstellungen.')
    // The kept file's name (settings.corrupt-<time>.json) is a file name, the same in every language.
    await expect(notice).toContainText(/settings\.corrupt-[0-9TZ-]+\.json/)
    const wordsBesidesFileName = async (language: 'de' | 'fr'): Promise<string[]> =>
      (await englishWordsOnScreen(page, language)).filter((word) => word !== 'settings')
    await expect.poll(() => wordsBesidesFileName('de')).toEqual([])
    await invoke(request, harness.url, 'settings:update', { app: { language: 'fr' } })
    await expect(notice).toContainText('Le fichier de vos réglages n’a pas pu être utilisé. Il n’a pas pu être lu (EISDIR).')
    await expect.poll(() => wordsBesidesFileName('fr')).toEqual([])
  } finally {
    await harness.stop()
  }
})

/*
 * A field error already under a field (a value out of range, not saved) is re-worded when the
 * language changes, without the field being edited again.
 */
test('a Preferences field error follows a live language change', async ({ page, request }) => {
  const harness = await startHarness({ extraArgs: ['--locale', 'de'] })
  try {
    await acknowledgeSafetyNotice(request, harness.url)
    await page.goto(`${harness.url}index.html#/preferences`)
    const field = page.getByLabel('Minuten zwischen Pausen')
    await field.fill('0')
    const shown = page.locator('.field', { has: field }).getByRole('alert')
    await expect(shown).toHaveText('Verwenden Sie einen Wert von 1 bis 240.')
    // The label changes language too: hold on to the error and the field by their ids.
    const error = page.locator(`[id="${(await shown.getAttribute('id')) ?? ''}"]`)
    const input = page.locator(`[id="${(await field.getAttribute('id')) ?? ''}"]`)
    await invoke(request, harness.url, 'settings:update', { app: { language: 'fr' } })
    await expect(page.getByLabel('Minutes entre deux pauses')).toBeVisible()
    await expect(error).toHaveText('Utilisez une valeur de 1 à 240.')
    await expect(input).toHaveValue('0')
  } finally {
    await harness.stop()
  }
})
