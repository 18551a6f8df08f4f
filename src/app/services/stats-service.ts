import type { HistoryLog } from '../../core/history'
import { historyToCsv } from '../../core/history'
import { computeStats } from '../../core/stats'
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
}

/** Statistics, CSV export and comfort check-ins over the history log. */
export function createStatsService(deps: StatsServiceDeps) {
  return {
    async get(days: number): Promise<StatsResult> {
      // All of it: a streak (and the comfort alert) may reach back past the window shown, and
      // computeStats only tallies the older days it needs while counting back.
      const { events } = await deps.history.readAll()
      return computeStats(events, { nowMs: deps.nowMs(), timeZone: deps.timeZone(), days })
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
