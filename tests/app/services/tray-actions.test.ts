import { describe, expect, it, vi } from 'vitest'
import { nextLocalMidnightMs, runTrayAction, type TrayActionDeps } from '../../../src/app/services/tray-actions'
import type { TrayAction } from '../../../src/shared/tray-menu'

const NOW = Date.parse('2026-03-06T22:30:00Z')

function deps() {
  const engine = {
    startBreakNow: vi.fn(() => true),
    postureNow: vi.fn(() => true),
    pause: vi.fn(),
    resume: vi.fn(),
    setReading: vi.fn()
  }
  const shell = { openPage: vi.fn(), quit: vi.fn() }
  const value: TrayActionDeps = {
    engine,
    shell,
    nowWallMs: () => NOW,
    nowMonotonicMs: () => 1_000,
    timeZone: () => 'Europe/Berlin'
  }
  return { engine, shell, value }
}

describe('runTrayAction', () => {
  it.each<[TrayAction, string, unknown[]]>([
    ['break-now', 'startBreakNow', []],
    ['posture-now', 'postureNow', []],
    ['pause-30', 'pause', [{ minutes: 30 }]],
    ['pause-60', 'pause', [{ minutes: 60 }]],
    ['pause-indefinite', 'pause', ['indefinite']],
    ['resume', 'resume', []],
    ['reading-30', 'setReading', [1_000 + 30 * 60_000]],
    ['reading-60', 'setReading', [1_000 + 60 * 60_000]],
    ['reading-off', 'setReading', [null]]
  ])('%s calls engine.%s', (action, method, args) => {
    const { engine, value } = deps()
    runTrayAction(action, value)
    const called = Object.entries(engine).filter(([, fn]) => fn.mock.calls.length > 0)
    expect(called.map(([name]) => name)).toEqual([method])
    expect(engine[method as keyof typeof engine]).toHaveBeenCalledWith(...args)
  })

  it('pauses "until tomorrow" to the next local midnight in the user\'s zone', () => {
    const { engine, value } = deps()
    runTrayAction('pause-tomorrow', value)
    // 22:30 UTC is 23:30 in Berlin: midnight there is 23:00 UTC.
    expect(engine.pause).toHaveBeenCalledWith({ untilWallMs: Date.parse('2026-03-06T23:00:00Z') })
    expect(nextLocalMidnightMs(NOW, 'UTC')).toBe(Date.parse('2026-03-07T00:00:00Z'))
  })

  it.each<[TrayAction, string]>([
    ['open-today', 'today'],
    ['open-checklist', 'checklist'],
    ['open-stretches', 'stretches'],
    ['open-stats', 'stats'],
    ['open-preferences', 'preferences']
  ])('%s opens the %s page and touches nothing else', (action, route) => {
    const { engine, shell, value } = deps()
    runTrayAction(action, value)
    expect(shell.openPage).toHaveBeenCalledWith(route)
    expect(Object.values(engine).every((fn) => fn.mock.calls.length === 0)).toBe(true)
  })

  it('quit asks the shell to quit', () => {
    const { shell, value } = deps()
    runTrayAction('quit', value)
    expect(shell.quit).toHaveBeenCalledOnce()
  })
})
