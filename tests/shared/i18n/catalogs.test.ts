import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentFor, type ContentWords } from '../../../src/shared/content/localize'
import { availableLanguages, englishCatalog } from '../../../src/shared/i18n/catalogs'
import { pseudoLocalize, pseudoLocalizeCatalog } from '../../../src/shared/i18n/pseudo-locale'

/**
 * Every catalog against English: the same keys (plural keys in the forms the language has), the
 * same placeholders, the same array lengths, and in the health content the same numbers, so a
 * translation cannot drop a step, a red flag or change a dose.
 */

const localesDir = join(import.meta.dirname, '../../../src/shared/i18n/locales')
const namespaces = ['content', 'ui'] as const
type Namespace = (typeof namespaces)[number]

const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .map((entry) => entry.name)

function catalogOf(language: string, namespace: Namespace): unknown {
  return JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8'))
}

/** Leaf strings by dotted key (array items as .0, .1 …). */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') found.set(path, node)
    else if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}.${index}`))
    else if (typeof node === 'object' && node !== null) {
      for (const [key, inner] of Object.entries(node)) walk(inner, path === '' ? key : `${path}.${key}`)
    } else found.set(path, `<${typeof node}>`)
  }
  walk(value, prefix)
  return found
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/

/** Keys with plural forms folded: "stats.days_one" and "stats.days_other" are "stats.days". */
function folded(keys: Iterable<string>): { plain: Set<string>; plural: Map<string, Set<string>> } {
  const plain = new Set<string>()
  const plural = new Map<string, Set<string>>()
  for (const key of keys) {
    const match = pluralSuffix.exec(key)
    if (match === null) plain.add(key)
    else {
      const base = key.slice(0, match.index)
      plural.set(base, (plural.get(base) ?? new Set()).add(match[1] ?? ''))
    }
  }
  return { plain, plural }
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => (match[1] ?? '').replace(/\s+/g, ' ')).sort()
}

/** The <tag> names of Trans components: a translation must keep them to keep the link or the emphasis. */
function tags(text: string): string[] {
  return [...text.matchAll(/<\/?([a-z]+)>/g)].map((match) => match[0]).sort()
}

function digitRuns(text: string): string[] {
  return [...text.replace(/\{\{[^}]*\}\}/g, '').matchAll(/\d+/g)].map((match) => match[0]).sort()
}

const english = { content: leaves(englishCatalog.content), ui: leaves(englishCatalog.ui) }

describe('the English catalogs', () => {
  it('use plural keys only with a count', () => {
    for (const namespace of namespaces) {
      for (const [key, text] of english[namespace]) {
        if (pluralSuffix.test(key)) expect(placeholders(text).some((name) => name.startsWith('count')), key).toBe(true)
      }
    }
  })

  it('give a count its plural forms, except where it is only the total of a position or a unit', () => {
    // "{{count}} skipped" reads fine in English for any count, but German, Spanish and French
    // inflect the word next to the number; without plural keys the translators fell back to
    // "manquée(s)" or "Omitidas: 3". These keys show the count only as "of N", "N more" or a unit,
    // or never for one (the comfort average of two or more check-ins, a watch period of 10 s or more).
    const countInvariant = new Set([
      'routine.exerciseOf',
      'routine.moveOf',
      'break.postponeLeft',
      'checklist.score',
      'checklist.notAnswered',
      'checklist.walkthrough.position',
      'duration.minutesShort',
      'comfort.resultAverage',
      'watch.explain.period',
      'fields.atLeast',
      'fields.atLeastValue',
      'fields.atMost',
      'fields.atMostValue'
    ])
    const withoutPlural = [...english.ui]
      .filter(([key, text]) => !pluralSuffix.test(key) && placeholders(text).some((name) => name.startsWith('count')))
      .map(([key]) => key)
      .filter((key) => !countInvariant.has(key))
    expect(withoutPlural).toEqual([])
  })

  it('name no Trans tag after an HTML void element, which the parser would leave empty (<link> lost its text)', () => {
    const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
    for (const namespace of namespaces) {
      for (const [key, text] of english[namespace]) {
        for (const tag of tags(text)) expect(voidElements.has(tag.replace(/[</>]/g, '')), `${key}: ${tag}`).toBe(false)
      }
    }
  })

  it('give every one-sided move a hint for the left side, in the one convention', () => {
    for (const [key, text] of english.content) {
      if (key.endsWith('.oneSide.hint')) expect(text, key).toMatch(/^Left side: /)
    }
  })

  /** Builds the whole content from the English catalog (it is built on read), noting each key asked for. */
  function readAllContent(): { asked: Set<string>; missing: string[] } {
    const asked = new Set<string>()
    const missing: string[] = []
    const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], englishCatalog.content)
    const words: ContentWords = {
      text: (key) => {
        asked.add(key)
        const value = lookup(key)
        if (typeof value !== 'string') missing.push(key)
        return typeof value === 'string' ? value : key
      },
      list: (key) => {
        asked.add(key)
        const value = lookup(key)
        if (!Array.isArray(value)) missing.push(key)
        return Array.isArray(value) ? value.map(String) : []
      },
      has: (key) => lookup(key) !== undefined
    }
    const content = contentFor(words)
    // Every part is built when first read: read them all, side labels included.
    JSON.stringify(content)
    for (const stretch of content.stretches) for (const side of ['left', 'right'] as const) content.sideLabel(stretch, side)
    return { asked, missing }
  }

  it('hold every word the content data asks for', () => {
    const { asked, missing } = readAllContent()
    expect(asked.size).toBeGreaterThan(100)
    expect(missing).toEqual([])
  })

  it('hold no word the content data never asks for', () => {
    const { asked } = readAllContent()
    // A list (disclaimer paragraphs, steps) is asked for as a whole.
    const unread = [...english.content.keys()].filter((key) => !asked.has(key) && !asked.has(key.replace(/\.\d+$/, '')))
    expect(unread).toEqual([])
  })
})

describe.each(languages)('the %s catalogs', (language) => {
  it('are offered in Preferences (registered in src/shared/i18n/catalogs.ts)', () => {
    expect(availableLanguages()).toContain(language)
  })

  const pluralForms = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories)

  it.each(namespaces)('%s: same keys as English, each plural in the forms %s uses', (namespace) => {
    const theirs = folded(leaves(catalogOf(language, namespace)).keys())
    const ours = folded(english[namespace].keys())
    expect([...theirs.plain].filter((key) => !ours.plain.has(key)), 'keys English does not have').toEqual([])
    expect([...ours.plain].filter((key) => !theirs.plain.has(key)), 'keys missing').toEqual([])
    expect([...theirs.plural.keys()].sort()).toEqual([...ours.plural.keys()].sort())
    for (const [key, forms] of theirs.plural) {
      // "other" is always needed; every form the language's plural rules can pick must be there.
      for (const form of pluralForms) expect(forms.has(form), `${key}_${form}`).toBe(true)
    }
  })

  it.each(namespaces)('%s: same placeholders and markup as English', (namespace) => {
    const theirs = leaves(catalogOf(language, namespace))
    for (const [key, text] of theirs) {
      const base = key.replace(pluralSuffix, '')
      const reference = english[namespace].get(key) ?? english[namespace].get(`${base}_other`)
      if (reference === undefined) continue
      expect(placeholders(text), key).toEqual(placeholders(reference))
      expect(tags(text), key).toEqual(tags(reference))
      expect(text.trim(), key).not.toBe('')
    }
  })

  it('content: the same numbers as English in every text (same doses, angles, distances)', () => {
    for (const [key, text] of leaves(catalogOf(language, 'content'))) {
      const reference = english.content.get(key)
      if (reference !== undefined) expect(digitRuns(text), key).toEqual(digitRuns(reference))
    }
  })
})

describe('the pseudo-locale', () => {
  it('leaves no plain ASCII letter outside placeholders and markup, and keeps both intact', () => {
    const pseudo = { content: leaves(pseudoLocalizeCatalog(englishCatalog.content)), ui: leaves(pseudoLocalizeCatalog(englishCatalog.ui)) }
    for (const namespace of namespaces) {
      expect([...pseudo[namespace].keys()]).toEqual([...english[namespace].keys()])
      for (const [key, text] of pseudo[namespace]) {
        const reference = english[namespace].get(key) ?? ''
        expect(placeholders(text), key).toEqual(placeholders(reference))
        expect(tags(text), key).toEqual(tags(reference))
        expect(text.replace(/\{\{[^}]*\}\}/g, '').replace(/<\/?[a-z]+>/g, ''), key).not.toMatch(/[A-Za-z]/)
      }
    }
  })

  it('is about a third longer, so layouts meet text as long as German', () => {
    const text = 'Sit tall with both feet flat and your shoulders loose.'
    expect(pseudoLocalize(text).length / text.length).toBeGreaterThanOrEqual(1.3)
    expect(pseudoLocalize('Done')).not.toBe('Done')
  })
})

/**
 * The comfort alert's same-day line repeats the urgent red flag `arm-or-leg-tingling` in short; both
 * must name weakness (CONTENT-FACTS red flags: numbness, tingling or weakness in one arm or leg is a
 * same-day sign), so the alert never sounds milder than the tier it links to. Each language says
 * "weakness" in its own word; a language without a word here fails until one is added.
 */
const weaknessWord: Record<string, RegExp> = { en: /weakness/, de: /Schwäche/, es: /debilidad/, fr: /faiblesse/ }

describe.each(['en', ...languages])('the %s comfort alert', (language) => {
  it('names weakness in its same-day line, as the arm-or-leg red flag does', () => {
    const word = weaknessWord[language]
    if (word === undefined) throw new Error(`add the word for "weakness" in ${language} to weaknessWord`)
    const redFlag = leaves(catalogOf(language, 'content')).get('safety.redFlagTiers.urgent.items.arm-or-leg-tingling')
    expect(redFlag).toMatch(word)
    expect(leaves(catalogOf(language, 'ui')).get('comfort.alert.sameDay')).toMatch(word)
  })
})
