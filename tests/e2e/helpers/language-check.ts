import { expect, type Page } from '@playwright/test'
import { type Catalog, englishCatalog, loadCatalog } from '../../../src/shared/i18n/catalogs'
import type { UiLanguage } from '../../../src/shared/i18n/languages'
import { expectNoSeriousA11yViolations } from './axe'
import { invoke } from './invoke'
import { screenshotPath } from './screenshots'

/** Words of four letters or more, lower-cased: short ones ("min", "OK") are the same in many languages. */
function wordsOf(text: string): Set<string> {
  return new Set((text.match(/[A-Za-z]{4,}/g) ?? []).map((word) => word.toLowerCase()))
}

function catalogText(catalog: Catalog): string {
  const parts: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value.replace(/\{\{[^}]*\}\}|<\/?[a-z]+>/g, ' '))
    else if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk)
  }
  walk(catalog)
  return parts.join(' ')
}

/**
 * The same in every language: the product's name and the key names of a shortcut as the keyboard
 * says them (the pseudo-locale accents them in its catalog only).
 */
const untranslatedNames = new Set(['upright', 'ctrl', 'shift'])

/**
 * English left on screen: visible words that English's catalogs use and the shown language's do
 * not. A word both share (a name such as "Upright", a loan word such as "Check-in") is fine; a
 * hard-coded English string, or one a catalog lacks, shows up here by its words.
 */
export async function englishWordsOnScreen(page: Page, language: UiLanguage): Promise<string[]> {
  const english = wordsOf(catalogText(englishCatalog))
  const shown = wordsOf(catalogText(await loadCatalog(language)))
  const visible = wordsOf(await page.locator('body').innerText())
  return [...visible].filter((word) => english.has(word) && !shown.has(word) && !untranslatedNames.has(word)).sort()
}

export interface LanguageRun {
  language: UiLanguage
  /** Screenshots of Today, the break window and Safety in this language, for the README. */
  screenshotSuffix?: string
}

/** The main window's pages, by route, with the heading each must show before it is read. */
const mainRoutes = ['today', 'checklist', 'stretches', 'stats', 'preferences', 'safety', 'tray', 'posture-watch'] as const

async function expectPageInLanguage(page: Page, language: UiLanguage, what: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  // The language's catalog loads after the first paint, and pages fill in as their data arrives.
  await expect.poll(() => englishWordsOnScreen(page, language), { message: `English words on ${what}`, timeout: 10_000 }).toEqual([])
  // Data that arrives later (stats, busy detection, the checklist) must not bring English either.
  await page.waitForTimeout(750)
  expect(await englishWordsOnScreen(page, language), `English words on ${what}, once settled`).toEqual([])
  await expectNoSeriousA11yViolations(page)
}

/** Every page of the app, a break and a posture card included, in one language. */
export async function checkEveryPage(page: Page, baseUrl: string, run: LanguageRun): Promise<void> {
  for (const route of mainRoutes) {
    await page.goto(`${baseUrl}index.html#/${route}`)
    await expectPageInLanguage(page, run.language, `#/${route}`)
    if (run.screenshotSuffix && (route === 'today' || route === 'safety')) {
      await page.screenshot({ path: screenshotPath(`${route}-${run.screenshotSuffix}.png`), fullPage: true })
    }
  }

  // An in-page notification (the harness's stand-in for the system one).
  await page.goto(`${baseUrl}index.html#/today`)
  await invoke(page.request, baseUrl, 'posture:now')
  await expect(page.locator('.page-notification-posture')).toBeVisible()
  await expectPageInLanguage(page, run.language, 'Today with a posture notification')

  // The posture card and the break window.
  await page.goto(`${baseUrl}break.html#/posture`)
  await expectPageInLanguage(page, run.language, 'the posture card')
  await invoke(page.request, baseUrl, 'break:start')
  await page.goto(`${baseUrl}break.html`)
  await expect(page.getByTestId('break-countdown')).toBeVisible()
  await expectPageInLanguage(page, run.language, 'the break window')
  if (run.screenshotSuffix) await page.screenshot({ path: screenshotPath(`break-${run.screenshotSuffix}.png`) })
  await invoke(page.request, baseUrl, 'break:respond', { response: 'skip' })
}
