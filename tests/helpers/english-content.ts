import { contentIn } from '../../src/shared/i18n/content-words'
import { createI18n } from '../../src/shared/i18n/create-i18n'

/** An i18next instance in English, as every process starts, for tests that read or show words. */
export const englishI18n = createI18n()

/** The health content in English, as the app shows it before (or without) another language. */
export const englishContent = contentIn(englishI18n)

/** British English: the same words, with the 24-hour clock and day-month dates of its locale. */
export const britishI18n = createI18n()
void britishI18n.changeLanguage('en-GB')
