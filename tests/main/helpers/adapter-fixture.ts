import { afterEach, vi } from 'vitest'
import type { SettingsPatch } from '../../../src/shared/settings'
import { resetElectronFakes } from '../fakes/electron'
import { createTestServices, type TestServices } from './test-services'

export interface AdapterFixture {
  /** Real services for this test (see createTestServices), stopped after it. */
  services(options?: { settings?: SettingsPatch }): Promise<TestServices>
  /** What to undo after the test, usually adapters' dispose functions; undone last first. */
  track(...disposers: (() => void)[]): void
  /** Runs the tracked disposers now, as the app does at quit. */
  disposeAdapters(): void
  /** Everything afterEach does, for a test that starts over part way through. */
  reset(): Promise<void>
}

/**
 * For a file of Electron adapter tests, which wire an adapter to real services and the
 * electron fakes: after each test the adapters are disposed, the services stopped (their temp
 * folder removed), real timers restored and the fakes emptied, so no test sees another's
 * windows, timers, shortcuts or files. Call it at the top of the file.
 */
export function useAdapterFixture(): AdapterFixture {
  let fixture: TestServices | null = null
  const disposers: (() => void)[] = []

  const disposeAdapters = (): void => {
    for (const dispose of disposers.splice(0).reverse()) dispose()
  }

  const reset = async (): Promise<void> => {
    disposeAdapters()
    await fixture?.dispose()
    fixture = null
    vi.useRealTimers()
    resetElectronFakes()
  }

  afterEach(reset)

  return {
    async services(options = {}) {
      fixture = await createTestServices(options)
      return fixture
    },
    track(...added) {
      disposers.push(...added)
    },
    disposeAdapters,
    reset
  }
}
