/**
 * The pseudo-locale: every ASCII letter swapped for an accented look-alike and each string padded
 * to about 135 % of its length, so a hard-coded English word stands out on screen (it is the only
 * plain-ASCII word left) and layouts meet text as long as German's. Placeholders ({{seconds, number}}),
 * the <tags> of Trans components and the keys (plural suffixes too) are kept, so the catalog works
 * exactly like English.
 */
const accented: Readonly<Record<string, string>> = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž'
}

/** Placeholders and Trans tags: kept as they are. */
const placeholderPattern = /(\{\{[^}]*\}\}|<\/?[a-z]+>)/

/** One string in the pseudo-locale. */
export function pseudoLocalize(text: string): string {
  const swapped = text
    .split(placeholderPattern)
    .map((part) => (placeholderPattern.test(part) ? part : [...part].map((char) => accented[char] ?? char).join('')))
    .join('')
  // Visible (non-placeholder) length decides the padding; short labels get at least one mark.
  const visibleLength = text.replace(/\{\{[^}]*\}\}|<\/?[a-z]+>/g, '').length
  const padding = '·'.repeat(Math.max(1, Math.round(visibleLength * 0.35)))
  return `${swapped} ${padding}`.trim()
}

/** A whole catalog (nested objects and arrays of strings) in the pseudo-locale, same shape. */
export function pseudoLocalizeCatalog<T>(catalog: T): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoLocalize(value)
    if (Array.isArray(value)) return value.map(walk)
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]))
    }
    return value
  }
  // The walk keeps every key and array length, so the result has the catalog's type.
  return walk(catalog) as T
}
