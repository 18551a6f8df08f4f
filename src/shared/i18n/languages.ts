import { z } from 'zod'

/**
 * The languages a person can choose in Preferences. A tag is only offered once its catalogs are
 * registered in catalogs.ts (see `availableLanguages`); a saved choice whose catalogs are missing
 * falls back to English instead of failing.
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

/** `app.language`: "system" follows the operating system's preferred languages. */
export const languageSettingSchema = z.enum(['system', ...languageTags])
export type LanguageSetting = z.infer<typeof languageSettingSchema>

/** Each language's own name, shown in the Preferences list so people can find theirs. */
export const languageNames: Readonly<Record<LanguageTag, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français'
}

/**
 * The language to show: the setting when it names an available language, otherwise the first
 * system language (in order of preference) that is available, matched exactly ("en-XA") or by its
 * base language ("de-AT" → "de"); English when none is.
 */
export function resolveLanguage(
  setting: LanguageSetting,
  systemLanguages: readonly string[],
  available: readonly UiLanguage[]
): UiLanguage {
  if (setting !== 'system') return available.includes(setting) ? setting : 'en'
  for (const tag of systemLanguages) {
    const exact = available.find((language) => language.toLowerCase() === tag.toLowerCase())
    if (exact !== undefined) return exact
    const base = tag.split(/[-_]/)[0]?.toLowerCase()
    const byBase = available.find((language) => language === base)
    if (byBase !== undefined) return byBase
  }
  return 'en'
}
