import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSavedCountsStore, savedCountsFileName } from '../../../src/core/app-state/saved-counts-store'
import { confStorage } from '../../../src/app/storage/conf-storage'
import type { HistoryEvent } from '../../../src/shared/history'
import { createServicesFixture } from '../../helpers/app-services-fixture'
import { noticesInEnglish } from '../../helpers/message-words'

const minute = 60_000
const iso = (ms: number): string => new Date(ms).toISOString()

async function history(services: { history: { readAll(): Promise<{ events: HistoryEvent[] }> } }): Promise<HistoryEvent[]> {
  return (await services.history.readAll()).events
}

describe('counts survive a restart (DESIGN.md §3 "Restart")', () => {
  it('resumes the break count after a downtime shorter than a break', async () => {
    const first = await createServicesFixture({ startIso: '2026-03-02T09:00:00Z' })
    first.clock.advanceBy(30 * minute)
    await first.services.dispose()
    const second = await createServicesFixture({ startIso: '2026-03-02T09:33:00Z', dataDir: first.dataDir })
    // 30 active minutes kept: the break is 20 minutes away
    expect(second.services.engine.getState().nextBreakInSeconds).toBe(20 * 60)
    second.clock.advanceBy(20 * minute)
    expect(second.services.engine.getState().phase).toBe('break')
    expect((await history(second.services)).filter((event) => event.kind === 'natural')).toEqual([])
    await second.services.dispose()
  })

  it('records a downtime of a break or longer as a natural break, from the last saved moment', async () => {
    const first = await createServicesFixture({ startIso: '2026-03-02T09:00:00Z' })
    first.clock.advanceBy(30 * minute)
    await first.services.dispose()
    const second = await createServicesFixture({ startIso: '2026-03-02T09:42:00Z', dataDir: first.dataDir })
    await second.settle()
    const natural = (await history(second.services)).filter((event) => event.kind === 'natural')
    expect(natural).toEqual([{ kind: 'natural', atMs: Date.parse('2026-03-02T09:42:00Z'), awayMinutes: 12, activeMinutesBefore: 30 }])
    expect(second.services.engine.getState().nextBreakInSeconds).toBe(50 * 60)
    await second.services.dispose()
  })

  it('after a crash, counts from the last event saved (no timer of its own)', async () => {
    const first = await createServicesFixture({ startIso: '2026-03-02T09:00:00Z' })
    first.clock.advanceBy(20 * minute) // a posture cue at 20: an event, so the counts are saved
    first.clock.advanceBy(10 * minute)
    // no dispose: the process dies
    const saved = openSavedCountsStore({ dataDir: first.dataDir, library: confStorage }).load()
    expect(saved?.tracks.breakCountMs).toBe(20 * minute)
    expect(iso(saved?.savedAtWallMs ?? 0)).toBe('2026-03-02T09:20:00.000Z')
  })

  it('keeps a pause and the postpones used', async () => {
    const first = await createServicesFixture({ startIso: '2026-03-02T09:00:00Z' })
    first.clock.advanceBy(50 * minute)
    first.services.engine.respondToBreak('postpone')
    first.services.runTrayAction('pause-indefinite')
    await first.services.dispose()
    const second = await createServicesFixture({ startIso: '2026-03-02T10:00:00Z', dataDir: first.dataDir })
    expect(second.services.engine.getState()).toMatchObject({ phase: 'paused', pausedUntilWallMs: null })
    await second.services.dispose()
  })

  it('records a break showing at quit as skipped', async () => {
    const first = await createServicesFixture({ startIso: '2026-03-02T09:00:00Z' })
    first.clock.advanceBy(51 * minute)
    await first.services.dispose()
    const outcomes = (await history(first.services)).flatMap((event) => (event.kind === 'break' ? [event.outcome] : []))
    expect(outcomes).toEqual(['skipped'])
  })

  it('sets aside a damaged or newer saved-counts file with a notice; counts start fresh', async () => {
    for (const content of ['{"version":1,"counts":{"savedAtWallMs":', '{"version":99,"counts":{}}', '{"version":1,"counts":{"savedAtWallMs":-5}}']) {
      const probe = await createServicesFixture()
      await probe.services.dispose()
      writeFileSync(join(probe.dataDir, savedCountsFileName), content)
      const again = await createServicesFixture({ dataDir: probe.dataDir })
      expect(noticesInEnglish(again.services.notices.current())).toMatch(/counts start fresh/)
      expect(again.services.engine.getState().nextBreakInSeconds).toBe(50 * 60)
      expect(readdirSync(probe.dataDir).some((name) => name.startsWith('counts.corrupt-'))).toBe(true)
      await again.services.dispose()
      // a good file is written again
      expect(JSON.parse(readFileSync(join(probe.dataDir, savedCountsFileName), 'utf8'))).toMatchObject({ version: 1 })
    }
  })
})
