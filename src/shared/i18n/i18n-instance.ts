import i18next, { type i18n, type ThirdPartyModule } from 'i18next'
import type { Catalog } from './catalogs'
import type { ShownLanguage, UiLanguage } from './languages'

export const i18nNamespaces = ['ui', 'content'] as const

/** A language's words by namespace: its catalogs, from a file or over IPC. */
export type CatalogWords = { readonly [Namespace in keyof Catalog]: object }

/**
 * An i18next instance with the given English words, ready to use synchronously (the first frame
 * of a window, the tray at startup). Takes the words rather than importing them, so a renderer
 * window can start with only its part of the catalogs (create-i18n.ts passes all of English).
 */
export function createI18nWith(english: Partial<Catalog>, plugins: readonly ThirdPartyModule[]): i18n {
  const instance = i18next.createInstance()
  // react-i18next's plugin in the renderer, so `useTranslation` finds this instance.
  for (const plugin of plugins) instance.use(plugin)
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: [...i18nNamespaces],
    defaultNS: 'ui',
    resources: { en: { ...english } },
    // React escapes on render; tray menus and notifications are plain text, never HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false
  })
  return instance
}

/**
 * Loads a language's catalogs into the instance (once) with `load` and switches to its locale:
 * i18next finds the words of "de-AT" under "de" (then English), and Intl formats for "de-AT".
 */
export async function showLanguageWith(instance: i18n, shown: ShownLanguage, load: (language: UiLanguage) => Promise<CatalogWords>): Promise<void> {
  if (!instance.hasResourceBundle(shown.language, 'ui')) {
    const catalog = await load(shown.language)
    instance.addResourceBundle(shown.language, 'ui', catalog.ui)
    instance.addResourceBundle(shown.language, 'content', catalog.content)
  }
  if (instance.language !== shown.locale) await instance.changeLanguage(shown.locale)
}
