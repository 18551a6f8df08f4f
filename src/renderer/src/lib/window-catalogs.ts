import type { Catalog } from '@shared/i18n/catalogs'
import { otherLanguageLoader } from '@shared/i18n/language-loaders'
import { pseudoLocaleTag, type UiLanguage } from '@shared/i18n/language-tags'

/**
 * A language's catalogs for this window: another language's files, or the pseudo-locale's. English
 * is in from the window's start (main.tsx, break-main.tsx), so i18next never asks for it here.
 */
export async function loadWindowCatalog(language: UiLanguage): Promise<Catalog> {
  const load = otherLanguageLoader(language)
  if (load !== undefined) return load()
  if (language !== pseudoLocaleTag) throw new Error(`no catalogs to load for ${language}: English comes with the window`)
  return (await import('./pseudo-catalog')).pseudoCatalog
}
