import i18next, { type i18n, type ThirdPartyModule } from 'i18next'
import { englishCatalog, loadCatalog } from './catalogs'
import type { ShownLanguage } from './languages'

export const i18nNamespaces = ['ui', 'content'] as const

/**
 * An i18next instance with English loaded, ready to use synchronously (the first frame of a
 * window, the tray at startup); `showLanguage` switches it once a language's catalogs are in.
 * One instance per process: each renderer window and the app layer make their own.
 */
export function createI18n(...plugins: ThirdPartyModule[]): i18n {
  const instance = i18next.createInstance()
  // react-i18next's plugin in the renderer, so `useTranslation` finds this instance.
  for (const plugin of plugins) instance.use(plugin)
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: [...i18nNamespaces],
    defaultNS: 'ui',
    resources: { en: { ui: englishCatalog.ui, content: englishCatalog.content } },
    // React escapes on render; tray menus and notifications are plain text, never HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false
  })
  return instance
}

/**
 * Loads a language's catalogs into the instance (once) and switches to its locale: i18next finds
 * the words of "de-AT" under "de" (then English), and Intl formats for "de-AT".
 */
export async function showLanguage(instance: i18n, shown: ShownLanguage): Promise<void> {
  if (!instance.hasResourceBundle(shown.language, 'ui')) {
    const catalog = await loadCatalog(shown.language)
    instance.addResourceBundle(shown.language, 'ui', catalog.ui)
    instance.addResourceBundle(shown.language, 'content', catalog.content)
  }
  if (instance.language !== shown.locale) await instance.changeLanguage(shown.locale)
}
