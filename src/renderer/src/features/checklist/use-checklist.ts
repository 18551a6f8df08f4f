import { useCallback, useState } from 'react'
import type { ChecklistState, ChecklistStatus, OnboardingState } from '@shared/app-state'
import { api } from '../../lib/api'
import { rendererI18n } from '../../lib/i18n'
import { saved } from '../../lib/saved'
import { useApiResource } from '../../lib/use-api-resource'
import { errorMessage } from '@shared/error-message'

export interface ChecklistHandle {
  checklist: ChecklistState | null
  onboarding: OnboardingState | null
  error: string | null
  answer: (id: string, status: ChecklistStatus) => Promise<void>
  complete: () => Promise<boolean>
  dismissWalkthrough: () => Promise<void>
}

/**
 * Checklist answers and first-run progress, kept live by 'checklist:changed' (the tray or
 * another window may change them). Answers show at once and are saved in the background.
 */
export function useChecklist(): ChecklistHandle {
  // Pushed answers (the tray, another window) are live; an older load never overwrites them.
  const { value: checklist, set: setChecklist, error: checklistLoadError } = useApiResource(() => api.checklist.get(), {
    live: (onValue) => api.on('checklist:changed', onValue)
  })
  const { value: onboarding, set: setOnboarding, error: onboardingLoadError } = useApiResource(() => api.onboarding.get())
  const [actionError, setError] = useState<string | null>(null)
  const loadError = checklistLoadError ?? onboardingLoadError
  const error = actionError ?? (loadError === null ? null : rendererI18n.t('checklist.errors.load', { reason: loadError }))

  const answer = useCallback(async (id: string, status: ChecklistStatus) => {
    setError(null)
    setChecklist((current) => (current === null ? current : { ...current, answers: { ...current.answers, [id]: status } }))
    try {
      setChecklist(saved(await api.checklist.answer({ id, status })))
    } catch (reason) {
      setError(rendererI18n.t('checklist.errors.answer', { reason: errorMessage(reason) }))
      try {
        setChecklist(await api.checklist.get())
      } catch {
        // Keep what is shown; the error above already says the answer may be lost.
      }
    }
  }, [setChecklist])

  const complete = useCallback(async () => {
    setError(null)
    try {
      setChecklist(saved(await api.checklist.complete()))
      // Finishing a pass also finishes the first-run walkthrough (main records both).
      setOnboarding(await api.onboarding.get())
      return true
    } catch (reason) {
      setError(rendererI18n.t('checklist.errors.finish', { reason: errorMessage(reason) }))
      return false
    }
  }, [setChecklist, setOnboarding])

  const dismissWalkthrough = useCallback(async () => {
    setOnboarding((current) => (current === null ? current : { ...current, checklistWalkthroughDone: true }))
    try {
      setOnboarding(saved(await api.onboarding.update({ checklistWalkthroughDone: true })))
    } catch (reason) {
      setError(rendererI18n.t('checklist.errors.choice', { reason: errorMessage(reason) }))
    }
  }, [setOnboarding])

  return { checklist, onboarding, error, answer, complete, dismissWalkthrough }
}
