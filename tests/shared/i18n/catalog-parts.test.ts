import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentFor, type ContentWords } from '../../../src/shared/content/localize'
import { catalogPart, catalogParts, catalogRest } from '../../../src/shared/i18n/catalog-parts'
import { englishCatalog } from '../../../src/shared/i18n/catalogs'

/**
 * The break window starts with only its part of the English catalogs (catalog-parts.ts): what it
 * shows must be in that part, or it would show raw key names. Checked against its code: every
 * `ui` key its modules name, and the health content they read.
 */

const root = resolve(import.meta.dirname, '../../..')
const rendererDir = join(root, 'src/renderer/src')
const sharedDir = join(root, 'src/shared')

/** The file an import specifier names, or null for a package, a stylesheet or a JSON catalog. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@shared/') ? join(sharedDir, specifier.slice('@shared/'.length)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null
  if (base === null) return null
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((file) => existsSync(file)) ?? null
}

/** The modules a window's entry loads at start: its static, non-type imports, followed through. */
function startModules(entry: string): string[] {
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop() ?? ''
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const match of code.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm)) {
      const target = resolveImport(file, match[1] ?? '')
      if (target !== null) queue.push(target)
    }
  }
  return [...seen]
}

const breakModules = startModules(join(rendererDir, 'break-main.tsx'))
// The content modules name `content` keys and every content field; what the window reads is
// checked below from the other modules, by building the content.
const windowCodeModules = breakModules.filter((file) => !file.startsWith(join(sharedDir, 'content')) && !file.endsWith('content-words.ts'))

/** `ui` keys a module names: literal keys and the fixed heads of built ones (`break.over.${outcome}`). */
function uiKeysNamed(code: string): string[] {
  const topLevel = new Set(Object.keys(englishCatalog.ui))
  const literals = [...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '')
  return literals.map((text) => text.replace(/^ui:/, '')).filter((text) => /^[A-Za-z]+\.[A-Za-z]/.test(text) && topLevel.has(text.split('.')[0] ?? ''))
}

type Tree = Readonly<Record<string, unknown>>

/** A part and its rest put back together, as i18next merges the two halves a window adds. */
function joinHalves(part: Tree, rest: Tree): Record<string, unknown> {
  const whole: Record<string, unknown> = { ...rest }
  for (const [key, value] of Object.entries(part)) {
    const other = rest[key]
    whole[key] = typeof value === 'object' && typeof other === 'object' ? { ...other, ...value } : value
  }
  return whole
}

function inPart(key: string, paths: readonly string[]): boolean {
  return paths.some((path) => key === path || key.startsWith(`${path}.`))
}

/** Words that throw on a key they lack, unlike i18next, which shows the key's name. */
function strictWords(catalog: Readonly<Record<string, unknown>>): ContentWords {
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog)
  return {
    text: (key) => {
      const value = lookup(key)
      if (typeof value !== 'string') throw new Error(`missing content key ${key}`)
      return value
    },
    list: (key) => {
      const value = lookup(key)
      if (!Array.isArray(value)) throw new Error(`missing content list ${key}`)
      return value.map(String)
    },
    has: (key) => lookup(key) !== undefined
  }
}

describe('catalog parts', () => {
  it.each([
    ['breakUi', englishCatalog.ui],
    ['breakContent', englishCatalog.content]
  ] as const)('%s and its rest share no key and join to the whole English catalog', (part, catalog) => {
    const picked = catalogPart(catalog, part)
    const rest = catalogRest(catalog, part)
    expect(joinHalves(picked, rest)).toEqual(catalog)
    expect(JSON.stringify(picked).length + JSON.stringify(rest).length).toBeLessThan(JSON.stringify(catalog).length + 40)
  })

  it('refuses a part naming a key the catalog lacks', () => {
    expect(() => catalogPart({ routine: {} }, 'breakUi')).toThrow(/"break"/)
    expect(() => catalogPart({ stretches: {}, sideLabel: {}, safety: {} }, 'breakContent')).toThrow(/safety\.stopIfItHurts/)
  })
})

describe('the break window', () => {
  it('starts with the modules of the break screen, and not with the pages', () => {
    const names = breakModules.map((file) => file.slice(root.length + 1))
    expect(names).toContain('src/renderer/src/features/break/break-screen.tsx')
    expect(names).toContain('src/shared/countdown.ts')
    expect(names.some((name) => name.includes('features/preferences/') || name.includes('features/stats/'))).toBe(false)
  })

  it('names only ui keys that are in its part of the catalog', () => {
    const named = windowCodeModules.flatMap((file) => uiKeysNamed(readFileSync(file, 'utf8')).map((key) => ({ key, file: file.slice(root.length + 1) })))
    // The scan finds what the screen shows (guards against an empty scan passing).
    expect(named.map(({ key }) => key)).toEqual(expect.arrayContaining(['break.crashed', 'errors.notRunning', 'pageError.title']))
    expect(named.filter(({ key }) => !inPart(key, catalogParts.breakUi))).toEqual([])
  })

  it('builds the health content it reads from its part of the content catalog alone', () => {
    const code = windowCodeModules.map((file) => readFileSync(file, 'utf8')).join('\n')
    const content = contentFor(strictWords(catalogPart(englishCatalog.content, 'breakContent')))
    const read = (object: object, field: string): unknown => (object as Record<string, unknown>)[field]
    const contentFields = Object.keys(content).filter((field) => new RegExp(`\\b${field}\\b`).test(code))
    const safetyFields = Object.keys(content.safety).filter((field) => new RegExp(`\\.${field}\\b`).test(code))
    expect(contentFields).toEqual(expect.arrayContaining(['findStretch', 'sideLabel', 'safety', 'postureCard', 'eyeCue']))
    expect(safetyFields).toEqual(expect.arrayContaining(['stopIfItHurts', 'warmUpAndBreathe']))
    for (const field of contentFields) expect(() => read(content, field)).not.toThrow()
    for (const field of safetyFields) expect(() => read(content.safety, field)).not.toThrow()
    for (const stretch of content.stretches) expect(() => content.sideLabel(stretch, 'left')).not.toThrow()
    // What it does not read is not in its part: the part is smaller than the whole.
    expect(() => content.checklistItems).toThrow(/missing content key checklist\./)
    expect(() => content.safety.redFlagTiers).toThrow(/missing content key safety\.redFlagTiers/)
  })
})
