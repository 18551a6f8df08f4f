import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { type CatalogPart, catalogPart, catalogParts, catalogRest } from '../src/shared/i18n/catalog-parts'

const partQuery = /^(?<file>[^?]+\.json)\?(?<which>part|rest)=(?<part>[A-Za-z]+)$/

function isPart(name: string): name is CatalogPart {
  return Object.hasOwn(catalogParts, name)
}

/**
 * `import words from './locales/en/ui.json?part=breakUi'`: the catalog with only the keys that
 * src/shared/i18n/catalog-parts.ts lists for the part (the break window's words, not the pages');
 * `?rest=breakUi`: all the other words, so a window that needs all of them loads the two halves and
 * no word twice. An ES module whose default export is that object.
 */
export function catalogPartsPlugin(): Plugin {
  return {
    name: 'upright-catalog-parts',
    load(id) {
      const match = partQuery.exec(id)
      if (match?.groups === undefined) return null
      const { file = '', which = '', part = '' } = match.groups
      if (!isPart(part)) this.error(`unknown catalog part "${part}" in ${id}`)
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      this.addWatchFile(file)
      const words = which === 'part' ? catalogPart(catalog, part) : catalogRest(catalog, part)
      return `export default ${JSON.stringify(words)}\n`
    }
  }
}
