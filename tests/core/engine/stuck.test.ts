import { describe, expect, it } from 'vitest'
import { createReminderEngine, EngineStuckError } from '../../../src/core/engine/engine'
import type { Clock } from '../../../src/core/engine/ports'
import { settingsWith } from '../../helpers/engine-harness'

describe('a catch-up that cannot move on', () => {
  it('fails loudly, naming the item, instead of stopping silently after a pass cap', () => {
    // A broken clock (NaN) makes every item due "now" forever: no pass moves time forward.
    let nowMs = 0
    const clock: Clock = {
      monotonicNowMs: () => nowMs,
      wallNowMs: () => Date.parse('2026-03-06T16:00:00Z') + (Number.isNaN(nowMs) ? 0 : nowMs),
      setTimer: () => () => undefined
    }
    const engine = createReminderEngine({
      clock,
      activity: { idleSeconds: () => 0 },
      settings: settingsWith(),
      sink: () => undefined,
      timeZone: 'UTC'
    })
    nowMs = Number.NaN
    let thrown: unknown = null
    try {
      engine.noticeInput()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(EngineStuckError)
    expect((thrown as EngineStuckError).stuckOn).toMatch(/^'[A-Za-z]+' at NaN ms$/)
    expect((thrown as Error).message).toContain('still due after 10000 passes')
  })
})
