import englishContent from './locales/en/content.json' with { type: 'json' }
import englishUi from './locales/en/ui.json' with { type: 'json' }
import { otherLanguageLoader } from './language-loaders'
import type { UiLanguage } from './language-tags'
import { pseudoLocaleTag } from './language-tags'
import { pseudoLocalizeCatalog } from './pseudo-locale'

export { availableLanguages, displayableLanguages } from './language-loaders'

/** The namespaces of a language: `content` is the health content, `ui` everything else. */
export interface Catalog {
  readonly content: typeof englishContent
  readonly ui: typeof englishUi
}

/** English is bundled everywhere: it is the fallback for a key a language lacks. */
export const englishCatalog: Catalog = { content: englishContent, ui: englishUi }

let pseudoCatalog: Catalog | null = null

/** A language's catalogs; English for a language without its own (never throws for a known tag). */
export async function loadCatalog(language: UiLanguage): Promise<Catalog> {
  if (language === pseudoLocaleTag) {
    pseudoCatalog ??= pseudoLocalizeCatalog(englishCatalog)
    return pseudoCatalog
  }
  const load = otherLanguageLoader(language)
  return load === undefined ? englishCatalog : load()
}
