import { vi } from 'vitest'
import type { ChecklistAnswer, ChecklistState, OnboardingState } from '../../../../src/shared/app-state'
import { defaultSettings, type Settings } from '../../../../src/shared/settings'

type Listener = (payload: unknown) => void

/** An in-memory checklist and onboarding store, behaving like main's checklist service. */
export function createFakeChecklistApi() {
  let checklist: ChecklistState = { answers: {}, lastCompletedAtMs: null }
  let onboarding: OnboardingState = { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: true }
  const listeners = new Map<string, Set<Listener>>()

  const api = {
    checklist: {
      get: vi.fn(() => Promise.resolve(checklist)),
      answer: vi.fn(({ id, status }: ChecklistAnswer) => {
        const answers = { ...checklist.answers }
        if (status === null) delete answers[id]
        else answers[id] = status
        checklist = { ...checklist, answers }
        return Promise.resolve(checklist)
      }),
      complete: vi.fn(() => {
        checklist = { ...checklist, lastCompletedAtMs: Date.now() }
        onboarding = { ...onboarding, checklistWalkthroughDone: true }
        return Promise.resolve(checklist)
      })
    },
    onboarding: {
      get: vi.fn(() => Promise.resolve(onboarding)),
      update: vi.fn((patch: Partial<OnboardingState>) => {
        onboarding = { ...onboarding, ...patch }
        return Promise.resolve(onboarding)
      })
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
    emit(event: string, payload: unknown): void {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    reset(state: { checklist?: ChecklistState; onboarding?: OnboardingState } = {}): void {
      checklist = state.checklist ?? { answers: {}, lastCompletedAtMs: null }
      onboarding = state.onboarding ?? { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: true }
      listeners.clear()
      vi.clearAllMocks()
    }
  }
}
