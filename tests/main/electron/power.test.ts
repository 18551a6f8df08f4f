import { afterEach, describe, expect, it, vi } from 'vitest'
import { setupPower, systemActivity } from '../../../src/main/electron/power'
import { powerMonitor, resetElectronFakes } from '../fakes/electron'

afterEach(() => {
  resetElectronFakes()
})

function engine() {
  return { suspend: vi.fn(), resumeFromSuspend: vi.fn(), lock: vi.fn(), unlock: vi.fn(), noticeInput: vi.fn() }
}

describe('setupPower', () => {
  it.each([
    ['suspend', 'suspend'],
    ['resume', 'resumeFromSuspend'],
    ['lock-screen', 'lock'],
    ['unlock-screen', 'unlock'],
    ['user-did-become-active', 'noticeInput']
  ] as const)('%s → engine.%s', (event, method) => {
    const fake = engine()
    setupPower({ engine: fake, quit: vi.fn() })
    powerMonitor.emit(event)
    expect(fake[method]).toHaveBeenCalledOnce()
  })

  it('quits cleanly at shutdown, and stops listening when disposed', () => {
    const fake = engine()
    const quit = vi.fn()
    const dispose = setupPower({ engine: fake, quit })
    const shutdown = { preventDefault: vi.fn() }
    powerMonitor.emit('shutdown', shutdown)
    // Prevented, so the OS waits while before-quit flushes the history.
    expect(shutdown.preventDefault).toHaveBeenCalledOnce()
    expect(quit).toHaveBeenCalledOnce()
    dispose()
    powerMonitor.emit('lock-screen')
    expect(fake.lock).not.toHaveBeenCalled()
  })

  it('reads the idle time from the OS', () => {
    powerMonitor.idleSeconds = 42
    expect(systemActivity.idleSeconds()).toBe(42)
  })
})
