import { test } from '@playwright/test'
import { useHarness } from './helpers/harness'
import { checkEveryPage } from './helpers/language-check'

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
