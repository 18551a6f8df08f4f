import type { Catalog } from './catalogs'
import type { LanguageTag, UiLanguage } from './language-tags'
import { pseudoLocaleTag } from './language-tags'

/**
 * Languages other than English load on demand, so a window ships only the language it shows (each
 * is its own chunk). A language is offered once its line is here; its JSON must have the English
 * shape (the typecheck) and exactly its keys (tests/shared/i18n/catalogs.test.ts). Node's own
 * loader, used by Playwright, requires the JSON import attribute. Apart from catalogs.ts, which
 * holds all of English, so the renderer can reach these without bundling every English word.
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

/** The loader of a language's own catalogs; undefined for English, the pseudo-locale and a language without them. */
export function otherLanguageLoader(language: UiLanguage): (() => Promise<Catalog>) | undefined {
  return language === 'en' || language === pseudoLocaleTag ? undefined : loaders[language]
}
