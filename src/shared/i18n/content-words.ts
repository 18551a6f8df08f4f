import type { i18n } from 'i18next'
import { contentFor, type Content, type ContentWords } from '../content/localize'

/**
 * The `content` namespace of an i18next instance as `ContentWords`. Content keys are built from
 * ids at run time, so they go through i18next untyped here, in this one place; the catalog test
 * checks that every one of them exists.
 */
export function contentWordsOf(instance: i18n): ContentWords {
  const translate = instance.getFixedT(null, 'content') as unknown as (key: string, options?: object) => unknown
  return {
    text: (key, values) => String(translate(key, values)),
    list: (key) => {
      const value = translate(key, { returnObjects: true })
      return Array.isArray(value) ? value.map(String) : []
    },
    has: (key) => instance.exists(key, { ns: 'content' })
  }
}

const cache = new WeakMap<i18n, { language: string; content: Content }>()

/** The health content in the instance's current language, built once per language switch. */
export function contentIn(instance: i18n): Content {
  const cached = cache.get(instance)
  if (cached !== undefined && cached.language === instance.language) return cached.content
  const content = contentFor(contentWordsOf(instance))
  cache.set(instance, { language: instance.language, content })
  return content
}
