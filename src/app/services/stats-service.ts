import type { HistoryLog } from '../../core/history'
import { historyToCsv } from '../../core/history'
import { computeStats } from '../../core/stats'
import type { HistoryEvent } from '../../shared/history'
import type { HistoryExportResult } from '../../shared/history-export'
import type { StatsResult } from '../../shared/stats'
import type { EventHub } from './event-hub'

export interface StatsServiceDeps {
  history: HistoryLog
  events: EventHub
  nowMs: () => number
  timeZone: () => string
  /** Electron: a save dialog; returns the chosen path, or null when cancelled. Absent in the web harness. */
  saveCsv?: (suggestedFileName: string, csv: string) => Promise<string | null>
  /** Active minutes counted but not yet in the history (the stretch running now). */
  pendingActiveMinutes?: () => number
}

/** Statistics, CSV export and comfort check-ins over the history log. */
export function createStatsService(deps: StatsServiceDeps) {
  return {
    /** Live: today's active time includes the stretch running now, as if it were written at this moment. */
    async get(days: number): Promise<StatsResult> {
      // All of it: a streak (and the comfort alert) may reach back past the window shown, and
      // computeStats only tallies the older days it needs while counting back.
      const { events } = await deps.history.readAll()
      const nowMs = deps.nowMs()
      const pendingMinutes = deps.pendingActiveMinutes?.() ?? 0
      const running: HistoryEvent[] = pendingMinutes > 0 ? [{ kind: 'active', atMs: Math.round(nowMs), minutes: pendingMinutes }] : []
      return computeStats([...events, ...running], { nowMs, timeZone: deps.timeZone(), days })
    },

    /** Today's active minutes as written in the history (without the running stretch), and which day that is. */
    async recordedActiveToday(): Promise<{ dayKey: string; minutes: number }> {
      const { events } = await deps.history.readAll()
      const { today } = computeStats(events, { nowMs: deps.nowMs(), timeZone: deps.timeZone(), days: 1 })
      return { dayKey: today.dayKey, minutes: today.activeMinutes }
    },

    async exportCsv(): Promise<HistoryExportResult> {
      const { events } = await deps.history.readAll()
      const csv = historyToCsv(events, { timeZone: deps.timeZone() })
      const fileName = `upright-history-${new Date(deps.nowMs()).toISOString().slice(0, 10)}.csv`
      if (!deps.saveCsv) return { status: 'download', fileName, csv }
      const path = await deps.saveCsv(fileName, csv)
      return path === null ? { status: 'cancelled' } : { status: 'saved', path }
    },

    async recordComfort(score: number): Promise<void> {
      await deps.history.append({ kind: 'comfort', atMs: deps.nowMs(), score })
      deps.events.publish('history:changed', { kind: 'comfort' })
    }
  }
}
