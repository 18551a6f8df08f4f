import { vi } from 'vitest'
import type { EngineState, PauseRequest } from '../../../../src/shared/engine-state'
import type { AppInfo } from '../../../../src/shared/ipc/contract'
import { defaultSettings, type Settings } from '../../../../src/shared/settings'
import type { DayStats, StatsResult } from '../../../../src/shared/stats'
import type { TrayAction, TrayMenuModel } from '../../../../src/shared/tray-menu'

type Listener = (payload: unknown) => void

export const NOW = Date.parse('2026-03-06T14:00:00Z')

export function engineState(overrides: Partial<EngineState> = {}): EngineState {
  return {
    phase: 'active',
    nowWallMs: NOW,
    nextBreakInSeconds: 23 * 60,
    nextBreakAtWallMs: NOW + 23 * 60_000,
    nextPostureInSeconds: 7 * 60,
    postponesLeft: 2,
    canSkip: true,
    canPostpone: true,
    breakEndsAtWallMs: null,
    paused: false,
    pausedUntilWallMs: null,
    readingUntilWallMs: null,
    busy: false,
    ...overrides
  }
}

export function dayStats(overrides: Partial<DayStats> = {}): DayStats {
  return {
    breaksCompleted: 3,
    breaksSkipped: 1,
    breaksPostponed: 0,
    breaksDue: 4,
    naturalBreaks: 1,
    postureDone: 6,
    postureIgnored: 2,
    postureSilent: 0,
    adherencePercent: 80,
    activeMinutes: 185,
    longestStretchMinutes: 52,
    comfortAverage: null,
    comfortCheckIns: 0,
    dayKey: '2026-03-06',
    startMs: Date.parse('2026-03-06T00:00:00Z'),
    hours: 24,
    ...overrides
  }
}

export const appInfo: AppInfo = { name: 'Upright', version: '1.0.0', platform: 'linux', shell: 'web', dataDir: '/tmp/x', timeZone: 'UTC', timeScale: 1 }

/** The slice of `api` the Today and tray pages use, with a way to push events as main would. */
export function createFakeShellApi() {
  const listeners = new Map<string, Set<Listener>>()
  let state = engineState()
  let menu: TrayMenuModel = { status: 'Next break in 23 min', icon: 'normal', items: [] }
  const api = {
    app: { info: vi.fn(() => Promise.resolve(appInfo)) },
    engine: { state: vi.fn(() => Promise.resolve(state)) },
    break: { start: vi.fn(() => Promise.resolve(null)) },
    posture: { now: vi.fn(() => Promise.resolve(null)) },
    pause: {
      start: vi.fn((_request: PauseRequest) => Promise.resolve(null)),
      resume: vi.fn(() => Promise.resolve(null))
    },
    stats: {
      get: vi.fn((_query: { days: number }) => Promise.resolve({ today: dayStats() } as unknown as StatsResult))
    },
    tray: {
      menu: vi.fn(() => Promise.resolve(menu)),
      action: vi.fn((_input: { action: TrayAction }) => Promise.resolve(null))
    },
    settings: { get: vi.fn(() => Promise.resolve<Settings>(defaultSettings)) },
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
    setState(next: EngineState): void {
      state = next
    },
    setMenu(next: TrayMenuModel): void {
      menu = next
    },
    emit(event: string, payload: unknown): void {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    listenerCount(event: string): number {
      return listeners.get(event)?.size ?? 0
    }
  }
}
