import type { AppStateStore } from '../../core/app-state/app-state-store'
import type { HistoryLog } from '../../core/history'
import type { ChecklistAnswer, ChecklistState } from '../../shared/app-state'
import type { EventHub } from './event-hub'

/**
 * Checklist answers live in the app state (they are not preferences); a finished pass is
 * also a history check-in so the stats can show when the desk was last checked.
 */
const weekMs = 7 * 24 * 60 * 60 * 1000

export function createChecklistService(deps: {
  state: AppStateStore
  history: HistoryLog
  events: EventHub
  nowMs: () => number
  recheckWeeks: () => number
}) {
  const publish = (checklist: ChecklistState): ChecklistState => {
    deps.events.publish('checklist:changed', checklist)
    return checklist
  }
  return {
    get: (): ChecklistState => deps.state.get().checklist,

    /**
     * When the periodic re-check falls due: the last finished pass plus the re-check interval.
     * Null before the first pass, which the first-run walkthrough offers instead.
     */
    dueAtMs(): number | null {
      const last = deps.state.get().checklist.lastCompletedAtMs
      return last === null ? null : last + deps.recheckWeeks() * weekMs
    },

    isDue(): boolean {
      const due = this.dueAtMs()
      return due !== null && deps.nowMs() >= due
    },

    answer({ id, status }: ChecklistAnswer): ChecklistState {
      const next = deps.state.update((state) => {
        const answers = { ...state.checklist.answers }
        if (status === null) delete answers[id]
        else answers[id] = status
        return { ...state, checklist: { ...state.checklist, answers } }
      })
      return publish(next.checklist)
    },

    async complete(): Promise<ChecklistState> {
      const atMs = deps.nowMs()
      const next = deps.state.update((state) => ({
        ...state,
        checklist: { ...state.checklist, lastCompletedAtMs: atMs },
        onboarding: { ...state.onboarding, checklistWalkthroughDone: true }
      }))
      const statuses = Object.values(next.checklist.answers)
      await deps.history.append({
        kind: 'checklist',
        atMs,
        okCount: statuses.filter((status) => status === 'ok').length,
        fixCount: statuses.filter((status) => status === 'fix').length,
        naCount: statuses.filter((status) => status === 'na').length
      })
      deps.events.publish('history:changed', { kind: 'checklist' })
      return publish(next.checklist)
    }
  }
}
