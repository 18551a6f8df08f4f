import { test } from '@playwright/test'
import { useHarness } from './helpers/harness'
import { checkEveryPage } from './helpers/language-check'

/*
 * Issue 17: every page in the pseudo-locale (accented, about a third longer), so a string that
 * does not come from a catalog is the only plain English on screen, and longer text must still
 * lay out accessibly.
 */
test.describe('every page in the pseudo-locale', () => {
  const harness = useHarness({ per: 'block', acknowledgeSafetyNotice: true, locale: 'en-XA' })

  test('no English left on screen and no serious accessibility violations', async ({ page }) => {
    test.setTimeout(180_000)
    await checkEveryPage(page, harness.url, { language: 'en-XA' })
  })
})
