import { useTranslation } from 'react-i18next'
import type { Content } from '@shared/content/localize'
import { contentIn } from '@shared/i18n/content-words'
import { rendererI18n } from './i18n'

/**
 * The health content in the window's current language. Its English comes with the window's entry
 * (the break window) or the page that shows it (lib/english-content.ts); without it every text
 * would be a raw key, so a page that forgot it fails loudly instead.
 */
function windowContent(): Content {
  if (!rendererI18n.hasResourceBundle('en', 'content')) {
    throw new Error('The health content has no English words in this window: import lib/english-content.ts in the page that shows it')
  }
  return contentIn(rendererI18n)
}

/**
 * The health content in the window's language; re-renders when the language changes. Its own
 * module, so the content data, words and drawings load with the pages that show them, not with the shell.
 */
export function useContent(): Content {
  // Subscribes to language changes; the content comes from the window's one instance.
  useTranslation()
  return windowContent()
}
