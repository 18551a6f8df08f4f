import type englishContent from './locales/en/content.json'
import type englishUi from './locales/en/ui.json'

/** A top-level key of a catalog, or a key one level down ("safety.stopIfItHurts"). */
type PartPath<Catalog> = {
  [Key in keyof Catalog & string]: Key | (Catalog[Key] extends object ? `${Key}.${keyof Catalog[Key] & string}` : never)
}[keyof Catalog & string]

/**
 * Parts of a catalog by key, for a window that shows only some of its words: the break window
 * imports `…/ui.json?part=breakUi` and `…/content.json?part=breakContent`, and the main window
 * the same part plus `?rest=breakUi` (everything else), so no word ships twice.
 * build-plugins/catalog-parts.ts cuts them at build time, so the JSON files stay whole and a part
 * follows their edits. Other languages come whole from main (language:catalog), never in first load.
 * A key the break window uses outside its part would show as its raw name there, so
 * tests/shared/i18n/catalog-parts.test.ts checks every key its code names is in the part, and
 * that the content it shows builds from its part alone.
 */
export const catalogParts = {
  /** The break window's `ui` words: about a sixth of the English file. */
  breakUi: ['routine', 'break', 'postureCheck', 'duration', 'time', 'nav', 'pageError', 'illustration', 'errors'] satisfies readonly PartPath<
    typeof englishUi
  >[],
  /** The health content the break window shows: the stretches, two safety lines, the posture card and eye rest. */
  breakContent: [
    'stretches',
    'sideLabel',
    'safety.stopIfItHurts',
    'safety.warmUpAndBreathe',
    'posture.card',
    'posture.eyeCue'
  ] satisfies readonly PartPath<typeof englishContent>[]
} as const

export type CatalogPart = keyof typeof catalogParts

type Tree = Readonly<Record<string, unknown>>

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The catalog's words at the part's keys, nested as in the catalog; throws if the catalog lacks one. */
export function catalogPart(catalog: Tree, part: CatalogPart): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const path of catalogParts[part]) {
    const [top = '', inner] = path.split('.')
    const value = catalog[top]
    if (inner === undefined) {
      if (value === undefined) throw new Error(`catalog part "${part}" names "${path}", which the catalog lacks`)
      picked[top] = value
      continue
    }
    if (!isTree(value) || value[inner] === undefined) throw new Error(`catalog part "${part}" names "${path}", which the catalog lacks`)
    const branch = (picked[top] ??= {}) as Record<string, unknown>
    branch[inner] = value[inner]
  }
  return picked
}

/** The catalog's words outside the part: with the part, exactly the catalog. */
export function catalogRest(catalog: Tree, part: CatalogPart): Record<string, unknown> {
  const picked = catalogPart(catalog, part)
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(catalog)) {
    const taken = picked[key]
    if (taken === undefined) rest[key] = value
    else if (taken !== value && isTree(value) && isTree(taken)) {
      const left = Object.fromEntries(Object.entries(value).filter(([inner]) => !(inner in taken)))
      if (Object.keys(left).length > 0) rest[key] = left
    }
  }
  return rest
}
