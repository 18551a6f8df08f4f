import type { Catalog } from '@shared/i18n/catalogs'
import { joinCatalogHalves } from '@shared/i18n/catalog-parts'
import breakWindowContent from '@shared/i18n/locales/en/content.json?part=breakContent'
import otherContent from '@shared/i18n/locales/en/content.json?rest=breakContent'
import breakWindowUi from '@shared/i18n/locales/en/ui.json?part=breakUi'
import otherUi from '@shared/i18n/locales/en/ui.json?rest=breakUi'
import { pseudoLocalizeCatalog } from '@shared/i18n/pseudo-locale'

/**
 * All of English in the pseudo-locale, loaded only when it is shown. Made from the halves the
 * windows import (catalog-parts.ts), not from the whole files, which would ship every English
 * word a second time; joined, the halves are the whole files (tests/shared/i18n/catalog-parts.test.ts).
 */
export const pseudoCatalog = pseudoLocalizeCatalog({
  ui: joinCatalogHalves(breakWindowUi, otherUi),
  content: joinCatalogHalves(breakWindowContent, otherContent)
} as unknown as Catalog)
