import { showLanguageWith } from '@shared/i18n/i18n-instance'
import type { ShownLanguage } from '@shared/i18n/languages'
import { api } from './api'
import { rendererI18n } from './i18n'
import { loadWindowCatalog } from './window-catalogs'

function apply(shown: ShownLanguage): void {
  // The page's language for screen readers, spell checking and hyphenation.
  document.documentElement.lang = shown.locale
  showLanguageWith(rendererI18n, shown, loadWindowCatalog).catch((reason: unknown) => {
    console.warn('Upright: could not switch the language', reason)
  })
}

/**
 * Shows the language main chose (app.language against the system's) and follows its changes
 * live, so a window, the tray and the notifications never disagree. English shows until then.
 */
export function followAppLanguage(): void {
  api.on('language:changed', apply)
  api.language.get().then(apply, (reason: unknown) => {
    console.warn('Upright: could not read the language', reason)
  })
}
