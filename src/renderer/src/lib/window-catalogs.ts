import type { CatalogWords } from '@shared/i18n/i18n-instance'
import type { UiLanguage } from '@shared/i18n/language-tags'
import { api } from './api'

/**
 * A language's catalogs for this window, from main, which holds every language's (and makes the
 * pseudo-locale's from English): the windows bundle only the English they show, added before
 * their first frame (main.tsx, break-main.tsx), so i18next never asks for English here.
 */
export function loadWindowCatalog(language: UiLanguage): Promise<CatalogWords> {
  return api.language.catalog({ language })
}
