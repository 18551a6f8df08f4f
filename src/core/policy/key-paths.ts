/** Reading and writing one dotted key ("break.level") of a settings-shaped plain object. */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function valueAtKey(document: unknown, key: string): unknown {
  let node: unknown = document
  for (const name of key.split('.')) {
    if (!isRecord(node)) return undefined
    node = node[name]
  }
  return node
}

/** Sets `key` in `document` (which must already hold the key's parent objects), in place. */
export function setValueAtKey(document: Record<string, unknown>, key: string, value: unknown): void {
  const names = key.split('.')
  const last = names.pop()
  let node: unknown = document
  for (const name of names) node = isRecord(node) ? node[name] : undefined
  if (!isRecord(node) || last === undefined) throw new Error(`settings have no place for "${key}"`)
  node[last] = value
}

/** Equal as JSON: the settings values are plain data (numbers, strings, arrays of ranges). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
