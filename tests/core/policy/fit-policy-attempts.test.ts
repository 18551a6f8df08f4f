import { describe, expect, it } from 'vitest'
import { type GiveUpAttempt, searchGiveUps } from '../../../src/core/policy/fit-policy'

/**
 * A scripted rule: the settings fit once every key of `needed` is given up; until then the rule
 * names the first key still in the way. Records each set of keys tried.
 */
function scripted(needed: readonly string[]) {
  const tried: string[] = []
  const attempt = (keys: readonly string[]): GiveUpAttempt<string> => {
    tried.push(keys.join('+'))
    const missing = needed.filter((key) => !keys.includes(key))
    return missing.length === 0 ? { ok: true, value: keys.join('+') } : { ok: false, named: missing.slice(0, 1) }
  }
  return { tried, attempt }
}

describe('searchGiveUps', () => {
  it('gives up the named key alone when that is enough', () => {
    const { tried, attempt } = scripted(['b'])
    expect(searchGiveUps(['b', 'a', 'c'], ['b'], attempt)).toBe('b')
    expect(tried).toEqual(['b'])
  })

  it('when no single key will do, goes on from the first try instead of repeating it', () => {
    // Two rules: 'a' (named first) and then 'c' must both go back.
    const { tried, attempt } = scripted(['a', 'c'])
    expect(searchGiveUps(['a', 'b', 'c', 'd'], ['a'], attempt)).toBe('a+c')
    // Before, the give-up-more loop began by trying 'a' alone a second time.
    expect(tried).toEqual(['a', 'b', 'c', 'd', 'a+c'])
  })

  it('tries no set twice, and ends with null when even every candidate together does not fit', () => {
    const { tried, attempt } = scripted(['a', 'z'])
    expect(searchGiveUps(['a', 'b', 'c'], ['a'], attempt)).toBeNull()
    expect(new Set(tried).size).toBe(tried.length)
    expect(tried.at(-1)).toBe('a+b+c')
  })

  it('with no candidate tries nothing', () => {
    const { tried, attempt } = scripted(['a'])
    expect(searchGiveUps([], ['a'], attempt)).toBeNull()
    expect(tried).toEqual([])
  })
})
