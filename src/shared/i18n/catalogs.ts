import englishContent from './locales/en/content.json' with { type: 'json' }
import englishUi from './locales/en/ui.json' with { type: 'json' }
import type { LanguageTag, UiLanguage } from './language-tags'
import { pseudoLocaleTag } from './language-tags'
import { pseudoLocalizeCatalog } from './pseudo-locale'

/** The namespaces of a language: `content` is the health content, `ui` everything else. */
export interface Catalog {
  readonly content: typeof englishContent
  readonly ui: typeof englishUi
}

/** English is bundled everywhere: it is the fallback for a key a language lacks. */
export const englishCatalog: Catalog = { content: englishContent, ui: englishUi }

/**
 * Other languages load on demand, so a window ships only the language it shows (each is its own
 * chunk). A language is offered once its line is here; its JSON must have the English shape
 * (the typecheck) and exactly its keys (tests/shared/i18n/catalogs.test.ts). Node's own loader,
 * used by Playwright, requires the JSON import attribute.
 */
const loaders: Partial<Record<Exclude<LanguageTag, 'en'>, () => Promise<Catalog>>> = {
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

/** The languages whose catalogs exist, English first. */
export function availableLanguages(): LanguageTag[] {
  return ['en', ...(Object.keys(loaders) as Exclude<LanguageTag, 'en'>[])]
}

/** Every language the UI can show, the pseudo-locale included (for the harness and tests). */
export function displayableLanguages(): UiLanguage[] {
  return [...availableLanguages(), pseudoLocaleTag]
}

let pseudoCatalog: Catalog | null = null

/** A language's catalogs; English for a language without its own (never throws for a known tag). */
export async function loadCatalog(language: UiLanguage): Promise<Catalog> {
  if (language === pseudoLocaleTag) {
    pseudoCatalog ??= pseudoLocalizeCatalog(englishCatalog)
    return pseudoCatalog
  }
  if (language === 'en') return englishCatalog
  const load = loaders[language]
  return load === undefined ? englishCatalog : load()
}
