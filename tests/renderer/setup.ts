import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
// The renderer's i18next instance, registered with react-i18next, as main.tsx and break-main.tsx do,
// in British English: the catalog's words with a 24-hour clock, which the page tests read. All of
// English, as the main window has once its pages are in (tests/renderer/break-catalog-part.test.ts
// checks the break window's smaller part).
import { englishCatalog } from '../../src/shared/i18n/catalogs'
import { addEnglishWords, rendererI18n } from '../../src/renderer/src/lib/i18n'

addEnglishWords(englishCatalog)
void rendererI18n.changeLanguage('en-GB')

afterEach(() => {
  cleanup()
  // A break window's memory of its break (break-memory.ts) must not carry into the next test.
  sessionStorage.clear()
})

// jsdom does not lay out pages, so it has no scrollIntoView; the safety page calls it for tier links.
if (!('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, writable: true })
}
