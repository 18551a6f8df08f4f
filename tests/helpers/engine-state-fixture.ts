import type { EngineState } from '../../src/shared/engine-state'

/*
 * Shared by main-process tests (tsconfig.node.json) and renderer tests (tsconfig.web.json,
 * which lists this one file): it imports types from src/shared only, so it compiles in both.
 */

/** A Friday afternoon in UTC, so the times the tray and Today show are easy to read. */
export const NOW = Date.parse('2026-03-06T14:00:00Z')

/** The engine counting active time at NOW: a break in 23 minutes, a posture cue in 7. */
export function engineState(overrides: Partial<EngineState> = {}): EngineState {
  return {
    phase: 'active',
    nowWallMs: NOW,
    nextBreakInSeconds: 23 * 60,
    nextBreakAtWallMs: NOW + 23 * 60_000,
    nextBreakBySlot: false,
    nextPostureInSeconds: 7 * 60,
    postponesLeft: 2,
    canSkip: true,
    canPostpone: true,
    skipsLeft: null,
    breakStartedAtWallMs: null,
    breakEndsAtWallMs: null,
    paused: false,
    pausedUntilWallMs: null,
    readingUntilWallMs: null,
    busy: false,
    activeMinutesToday: 95,
    ...overrides
  }
}
