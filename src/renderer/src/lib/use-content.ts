import { useTranslation } from 'react-i18next'
import type { Content } from '@shared/content/localize'
import { contentIn } from '@shared/i18n/content-words'

/**
 * The health content in the window's language; re-renders when the language changes. Its own
 * module, so the content data and drawings load with the pages that show them, not with the shell.
 */
export function useContent(): Content {
  const { i18n } = useTranslation()
  return contentIn(i18n)
}
