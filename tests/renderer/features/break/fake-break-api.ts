import { vi } from 'vitest'
import type { EngineState, PostureResponse } from '../../../../src/shared/engine-state'
import type { AppInfo } from '../../../../src/shared/ipc/contract'
import type { GuidedRoutine } from '../../../../src/shared/routine'
import type { Settings } from '../../../../src/shared/settings'

type Listener = (payload: unknown) => void

/** The slice of `api` the break window uses, with a way to push events as main would. */
export function createFakeBreakApi() {
  const listeners = new Map<string, Set<Listener>>()
  const api = {
    routine: { forBreak: vi.fn<() => Promise<GuidedRoutine>>() },
    engine: { state: vi.fn<() => Promise<EngineState>>() },
    app: { info: vi.fn<() => Promise<AppInfo>>() },
    break: {
      respond: vi.fn<(input: { response: 'postpone' | 'skip' }) => Promise<null>>(() => Promise.resolve(null)),
      finish: vi.fn<() => Promise<null>>(() => Promise.resolve(null))
    },
    posture: { respond: vi.fn<(input: { response: PostureResponse }) => Promise<null>>(() => Promise.resolve(null)) },
    // Settings only pick the theme here; leaving them pending keeps tests about the break.
    settings: { get: vi.fn<() => Promise<Settings>>(() => new Promise<Settings>(() => undefined)) },
    on: vi.fn((event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>()
      set.add(listener)
      listeners.set(event, set)
      return () => {
        set.delete(listener)
      }
    })
  }
  return {
    api,
    emit(event: string, payload: unknown): void {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    reset(): void {
      listeners.clear()
      // mockReset restores each fake's own implementation, dropping a test's mockRejectedValue.
      const fakes = [
        api.routine.forBreak,
        api.engine.state,
        api.app.info,
        api.break.respond,
        api.break.finish,
        api.posture.respond,
        api.settings.get
      ]
      for (const fn of fakes) fn.mockReset()
      api.on.mockClear()
    }
  }
}
