import type { ChecklistAnswer, ChecklistState, OnboardingState } from '@shared/app-state'
import { defaultSettings } from '@shared/settings'
import { createFakeApi, resolves } from '../../helpers/fake-api'

const emptyChecklist: ChecklistState = { answers: {}, lastCompletedAtMs: null }
const walkthroughDone: OnboardingState = { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: true }

/** An in-memory checklist and onboarding store, behaving like main's checklist service. */
export function createFakeChecklistApi() {
  let checklist = emptyChecklist
  let onboarding = walkthroughDone

  const fake = createFakeApi({
    checklist: {
      get: () => Promise.resolve(checklist),
      answer: ({ id, status }: ChecklistAnswer) => {
        const answers = { ...checklist.answers }
        if (status === null) delete answers[id]
        else answers[id] = status
        checklist = { ...checklist, answers }
        return Promise.resolve({ ok: true as const, value: checklist })
      },
      complete: () => {
        checklist = { ...checklist, lastCompletedAtMs: Date.now() }
        onboarding = { ...onboarding, checklistWalkthroughDone: true }
        return Promise.resolve({ ok: true as const, value: checklist })
      }
    },
    onboarding: {
      get: () => Promise.resolve(onboarding),
      update: (patch: Partial<OnboardingState>) => {
        onboarding = { ...onboarding, ...patch }
        return Promise.resolve({ ok: true as const, value: onboarding })
      }
    },
    settings: { get: resolves(defaultSettings) }
  })

  return {
    api: fake.api,
    emit: fake.emit,
    reset(state: { checklist?: ChecklistState; onboarding?: OnboardingState } = {}): void {
      checklist = state.checklist ?? emptyChecklist
      onboarding = state.onboarding ?? walkthroughDone
      fake.reset()
    }
  }
}
