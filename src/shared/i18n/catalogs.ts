import englishContent from './locales/en/content.json' with { type: 'json' }
import englishUi from './locales/en/ui.json' with { type: 'json' }
import { type LanguageTag, pseudoLocaleTag, type UiLanguage } from './language-tags'
import { pseudoLocalizeCatalog } from './pseudo-locale'

export { availableLanguages, displayableLanguages } from './language-tags'

/** The namespaces of a language: `content` is the health content, `ui` everything else. */
export interface Catalog {
  readonly content: typeof englishContent
  readonly ui: typeof englishUi
}

/** English is bundled everywhere: it is the fallback for a key a language lacks. */
export const englishCatalog: Catalog = { content: englishContent, ui: englishUi }

/**
 * Other languages load on demand (each is its own chunk of main's bundle; a window gets the one
 * it shows from main over IPC, `language:catalog`, and bundles only English). Every language tag
 * needs its line here (the typecheck); its JSON must have the English shape (the typecheck) and
 * exactly its keys (tests/shared/i18n/catalogs.test.ts). Node's own loader, used by Playwright,
 * requires the JSON import attribute.
 */
const loaders: Record<Exclude<LanguageTag, 'en'>, () => Promise<Catalog>> = {
  de: async () => ({
    content: (await import('./locales/de/content.json', { with: { type: 'json' } })).default,
    ui: (await import('./locales/de/ui.json', { with: { type: 'json' } })).default
  }),
  es: async () => ({
    content: (await import('./locales/es/content.json', { with: { type: 'json' } })).default,
    ui: (await import('./locales/es/ui.json', { with: { type: 'json' } })).default
  }),
  fr: async () => ({
    content: (await import('./locales/fr/content.json', { with: { type: 'json' } })).default,
    ui: (await import('./locales/fr/ui.json', { with: { type: 'json' } })).default
  })
}

let pseudoCatalog: Catalog | null = null

/** A language's catalogs (never throws for a known tag). */
export async function loadCatalog(language: UiLanguage): Promise<Catalog> {
  if (language === pseudoLocaleTag) {
    pseudoCatalog ??= pseudoLocalizeCatalog(englishCatalog)
    return pseudoCatalog
  }
  return language === 'en' ? englishCatalog : loaders[language]()
}
