import 'i18next'
import type englishContent from './locales/en/content.json'
import type englishUi from './locales/en/ui.json'

// Typed keys: `t('ui:…')` and `t('…', { ns: 'content' })` only accept keys of the English catalogs.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui'
    resources: {
      content: typeof englishContent
      ui: typeof englishUi
    }
  }
}
