import type { i18n, ThirdPartyModule } from 'i18next'
import { englishCatalog, loadCatalog } from './catalogs'
import { createI18nWith, showLanguageWith } from './i18n-instance'
import type { ShownLanguage } from './languages'

/**
 * An i18next instance with all of English loaded, ready to use synchronously (the tray at
 * startup, notifications, tests); `showLanguage` switches it once a language's catalogs are in.
 * One instance per process: the app layer makes its own, each renderer window too (lib/i18n.ts).
 */
export function createI18n(...plugins: ThirdPartyModule[]): i18n {
  return createI18nWith(englishCatalog, plugins)
}

/**
 * Loads a language's catalogs into the instance (once) and switches to its locale: i18next finds
 * the words of "de-AT" under "de" (then English), and Intl formats for "de-AT".
 */
export async function showLanguage(instance: i18n, shown: ShownLanguage): Promise<void> {
  await showLanguageWith(instance, shown, loadCatalog)
}
