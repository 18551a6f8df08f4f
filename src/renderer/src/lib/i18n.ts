import { initReactI18next } from 'react-i18next'
import type { Catalog } from '@shared/i18n/catalogs'
import { createI18nWith } from '@shared/i18n/i18n-instance'

/**
 * This window's i18next instance. It starts without words: each window's entry adds the English
 * it shows before its first frame (`addEnglishWords`; the break window only its part of `ui`), and
 * the health content's English comes with the modules that show it (lib/english-content.ts). The
 * chosen language replaces English as soon as main says which one (follow-language.ts).
 */
export const rendererI18n = createI18nWith({}, [initReactI18next])

/** Adds English words, the fallback of every language, to this window's instance (merged with any already in). */
export function addEnglishWords(words: { readonly [Namespace in keyof Catalog]?: object }): void {
  for (const [namespace, bundle] of Object.entries(words)) rendererI18n.addResourceBundle('en', namespace, bundle, true, true)
}
