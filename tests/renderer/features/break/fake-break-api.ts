import { afterEach, beforeEach, vi } from 'vitest'
import { createFakeApi, resolves } from '../../helpers/fake-api'

/**
 * The break window's fake api: its commands succeed, and what a test shows (routine, engine
 * state, app info) it sets per test. Settings only pick the theme here; they stay pending so
 * the tests are about the break. `returnToMain` stands in for leaving the window.
 */
export function createFakeBreakApi() {
  const fake = createFakeApi({
    break: { respond: resolves(null), finish: resolves(null) },
    posture: { respond: resolves(null) }
  })
  const returnToMain = vi.fn<() => void>()
  return {
    ...fake,
    returnToMain,
    reset(): void {
      fake.reset()
      returnToMain.mockClear()
    }
  }
}

/** Every break-window test starts on fake timers with fresh fakes. */
export function useBreakWindowFakes(fake: ReturnType<typeof createFakeBreakApi>): void {
  beforeEach(() => {
    vi.useFakeTimers()
    fake.reset()
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}
