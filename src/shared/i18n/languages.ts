import { z } from 'zod'
import { languageTags, pseudoLocaleTag, type UiLanguage } from './language-tags'

/**
 * The languages a person can choose in Preferences. A tag is only offered once its catalogs are
 * registered in catalogs.ts (see `availableLanguages`); a saved choice whose catalogs are missing
 * falls back to English instead of failing. The tags live in language-tags.ts, free of zod.
 */
export { languageNames, languageTags, pseudoLocaleTag, type LanguageTag, type UiLanguage } from './language-tags'

/** `app.language`: "system" follows the operating system's preferred languages. */
export const languageSettingSchema = z.enum(['system', ...languageTags])
export type LanguageSetting = z.infer<typeof languageSettingSchema>

/** The language whose catalogs the UI shows, and the locale its dates, times and numbers follow. */
export const shownLanguageSchema = z
  .object({
    language: z.enum([...languageTags, pseudoLocaleTag]),
    /** A BCP 47 tag such as "en-GB": "en" words with a British clock. */
    locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}$/)
  })
  .strict()
export type ShownLanguage = z.infer<typeof shownLanguageSchema>

/** A system language tag as the OS reports it ("de_AT.UTF-8", "en-GB"), cleaned to BCP 47, or null. */
function cleanTag(tag: string): string | null {
  const cleaned = tag.split(/[.@]/)[0]?.replace(/_/g, '-') ?? ''
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}$/.test(cleaned) ? cleaned : null
}

/**
 * The language and locale to show. "system" takes the first system language Upright has, and
 * keeps that system tag as the locale, so "en-GB" gets English words with a 24-hour clock and
 * "de-AT" German words with Austrian dates. A chosen language uses the first system tag of the
 * same language as its locale when there is one ("de" chosen on a "de-CH" system), else itself.
 */
export function resolveShownLanguage(
  setting: LanguageSetting,
  systemLanguages: readonly string[],
  available: readonly UiLanguage[]
): ShownLanguage {
  const system = systemLanguages.map(cleanTag).filter((tag): tag is string => tag !== null)
  const language = resolveLanguage(setting, system, available)
  if (language === pseudoLocaleTag) return { language, locale: pseudoLocaleTag }
  const sameLanguage = system.find((tag) => tag.split('-')[0]?.toLowerCase() === language)
  return { language, locale: sameLanguage ?? language }
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
