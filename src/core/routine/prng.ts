/**
 * mulberry32: a tiny seeded generator. Routines must be reproducible from their seed (for
 * tests and bug reports), so nothing here may call Math.random.
 */
export type Prng = () => number

export function createPrng(seed: number): Prng {
  let state = Math.trunc(seed) >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}
