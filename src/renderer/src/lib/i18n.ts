import { useTranslation } from 'react-i18next'
import { initReactI18next } from 'react-i18next'
import type { Content } from '@shared/content/localize'
import { contentIn } from '@shared/i18n/content-words'
import { createI18n } from '@shared/i18n/create-i18n'

/**
 * This window's i18next instance. English is in from the start, so the first frame has words;
 * the chosen language replaces it as soon as main says which one (useLanguage).
 */
export const rendererI18n = createI18n(initReactI18next)

/** The health content in the window's language; re-renders when the language changes. */
export function useContent(): Content {
  const { i18n } = useTranslation()
  return contentIn(i18n)
}
