/**
 * The language tags alone, without zod: catalogs.ts and the renderer's windows import these at
 * run time, and the break window and the main window's start should not carry the schema
 * library for two constants (languages.ts holds the schemas and re-exports these).
 */
export const languageTags = ['en', 'de', 'es', 'fr'] as const
export type LanguageTag = (typeof languageTags)[number]

/**
 * Accented, lengthened English for finding hard-coded strings and layouts that break with longer
 * text. Reached as a system language (the harness's `--locale en-XA`), never offered in Preferences.
 */
export const pseudoLocaleTag = 'en-XA'

/** A language the UI can be shown in. */
export type UiLanguage = LanguageTag | typeof pseudoLocaleTag

/** Each language's own name, shown in the Preferences list so people can find theirs. */
export const languageNames: Readonly<Record<LanguageTag, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français'
}

/**
 * The languages whose catalogs exist, English first: every tag (catalogs.ts must have a
 * loader for each, which the typecheck enforces, and tests/shared/i18n/catalogs.test.ts their keys).
 */
export function availableLanguages(): LanguageTag[] {
  return [...languageTags]
}

/** Every language the UI can show, the pseudo-locale included (for the harness and tests). */
export function displayableLanguages(): UiLanguage[] {
  return [...availableLanguages(), pseudoLocaleTag]
}
