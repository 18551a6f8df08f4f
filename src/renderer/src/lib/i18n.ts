import { initReactI18next } from 'react-i18next'
import { createI18n } from '@shared/i18n/create-i18n'

/**
 * This window's i18next instance. English is in from the start, so the first frame has words;
 * the chosen language replaces it as soon as main says which one (follow-language.ts).
 */
export const rendererI18n = createI18n(initReactI18next)

