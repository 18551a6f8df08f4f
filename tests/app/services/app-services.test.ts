import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultAppState } from '../../../src/shared/app-state'
import { stretches } from '../../../src/shared/content'
import type { HistoryEvent } from '../../../src/shared/history'
import { createServicesFixture } from '../../helpers/app-services-fixture'

const minute = 60_000

async function historyKinds(events: Promise<{ events: HistoryEvent[] }>): Promise<string[]> {
  return (await events).events.map((event) => event.kind)
}

describe('app services: the engine feeds history', () => {
  it('records a completed break with its planned and taken time and the active minutes before it', async () => {
    const { services, clock, settle } = await createServicesFixture()
    clock.advanceBy(50 * minute) // break due at 50 active minutes
    expect(services.engine.getState().phase).toBe('break')
    clock.advanceBy(5 * minute) // runs to its end
    await settle()
    const { events } = await services.history.readAll()
    const breaks = events.filter((event) => event.kind === 'break')
    expect(breaks).toEqual([
      { kind: 'break', atMs: Date.parse('2026-03-02T09:55:00Z'), outcome: 'completed', plannedSeconds: 300, takenSeconds: 300, activeMinutesBefore: 50 }
    ])
    expect(events.filter((event) => event.kind === 'active')).toEqual([
      { kind: 'active', atMs: Date.parse('2026-03-02T09:55:00Z'), minutes: 50 }
    ])
  })

  it('records a daily-limit reminder with today’s active minutes', async () => {
    const { services, clock, settle } = await createServicesFixture()
    services.settings.update({ break: { enabled: false }, dailyLimit: { enabled: true, minutes: 60, remindMinutes: 30 } })
    clock.advanceBy(61 * minute)
    await settle()
    const limits = (await services.history.readAll()).events.filter((event) => event.kind === 'dailyLimit')
    expect(limits).toEqual([{ kind: 'dailyLimit', atMs: Date.parse('2026-03-02T10:00:00Z'), activeMinutes: 60 }])
  })

  it('writes one line per postpone, then the final outcome', async () => {
    const { services, clock, settle } = await createServicesFixture()
    clock.advanceBy(50 * minute)
    expect(services.engine.respondToBreak('postpone')).toBe(true)
    clock.advanceBy(5 * minute)
    expect(services.engine.getState().phase).toBe('break')
    expect(services.engine.respondToBreak('skip')).toBe(true)
    await settle()
    const outcomes = (await services.history.readAll()).events.flatMap((event) => (event.kind === 'break' ? [event.outcome] : []))
    expect(outcomes).toEqual(['postponed', 'skipped'])
  })

  it('records a posture cue with the answer given, and an unanswered one as unanswered (never done)', async () => {
    const { services, clock, settle } = await createServicesFixture()
    clock.advanceBy(20 * minute)
    services.engine.respondToPosture('ignore')
    clock.advanceBy(20 * minute) // second cue, never answered…
    clock.advanceBy(5 * minute)
    await services.dispose() // …is written as unanswered at quit
    const posture = (await services.history.readAll()).events.flatMap((event) => (event.kind === 'posture' ? [event.response] : []))
    expect(posture).toEqual(['ignore', 'unanswered'])
    await settle()
  })

  it('records a natural break when the user is away at least a break long', async () => {
    const { services, clock, activity, settle } = await createServicesFixture()
    clock.advanceBy(30 * minute)
    activity.stopInput()
    clock.advanceBy(7 * minute)
    activity.resumeInput()
    services.engine.noticeInput()
    await settle()
    const natural = (await services.history.readAll()).events.filter((event) => event.kind === 'natural')
    expect(natural).toHaveLength(1)
    expect(natural[0]).toMatchObject({ awayMinutes: 7, activeMinutesBefore: 30 })
  })

  it('pauses from the tray, records it, and shows when it ends', async () => {
    const { services, clock, settle } = await createServicesFixture()
    clock.advanceBy(10 * minute)
    const { createIpcHandlers } = await import('../../../src/app/ipc/handlers')
    const handlers = createIpcHandlers(services)
    await handlers['tray:action']({ action: 'pause-30' })
    const menu = await handlers['tray:menu'](undefined)
    expect(menu.status).toBe('Paused until 09:40')
    expect(menu.icon).toBe('paused')
    await settle()
    expect(await historyKinds(services.history.readAll())).toEqual(['active', 'pause'])
    clock.advanceBy(30 * minute)
    expect(services.engine.getState().phase).toBe('active')
  })

  it('pushes the state after a tray choice that the engine does not announce (reading mode)', async () => {
    const { services } = await createServicesFixture()
    const pushed: string[] = []
    services.events.subscribe((event) => pushed.push(event))
    services.runTrayAction('reading-30')
    expect(pushed).toEqual(['engine:state'])
    expect(services.trayMenu().items.some((item) => item.type === 'submenu' && item.label.startsWith("I'm reading (until"))).toBe(true)
  })

  it('opens pages and quits through the shell port', async () => {
    const fixture = await createServicesFixture()
    const { createIpcHandlers } = await import('../../../src/app/ipc/handlers')
    const handlers = createIpcHandlers(fixture.services)
    await handlers['tray:action']({ action: 'open-stats' })
    await handlers['tray:action']({ action: 'quit' })
    expect(fixture.shellCalls).toEqual(['open:stats', 'quit'])
  })
})

describe('app services: settings apply live', () => {
  it('a shorter break interval moves the next break and is pushed to pages', async () => {
    const { services } = await createServicesFixture()
    const pushed: string[] = []
    services.events.subscribe((event) => pushed.push(event))
    expect(services.engine.getState().nextBreakInSeconds).toBe(50 * 60)
    const result = services.settings.update({ break: { intervalMinutes: 30 } })
    expect(result.ok).toBe(true)
    expect(services.engine.getState().nextBreakInSeconds).toBe(30 * 60)
    expect(pushed).toEqual(expect.arrayContaining(['settings:changed', 'engine:state']))
  })
})

describe('app services: routines, checklist, stats, export', () => {
  it('gives every request during one break the same routine, and a new one for the next break', async () => {
    const { services, clock } = await createServicesFixture()
    clock.advanceBy(50 * minute)
    const first = services.routines.forBreak()
    expect(services.routines.forBreak()).toBe(first)
    // A 5-minute break: at most three moves, leaving time to stand up and look away.
    expect(first.routine.items.length).toBeLessThanOrEqual(3)
    expect(first.routine.totalSeconds).toBeGreaterThan(120)
    expect(first.routine.totalSeconds).toBeLessThanOrEqual(300)
    clock.advanceBy(5 * minute + 50 * minute)
    const second = services.routines.forBreak()
    expect(second).not.toBe(first)
    // Moves of the last break are remembered so the next one differs.
    expect(services.appState.get().recentExerciseIds).toEqual(expect.arrayContaining(first.routine.items.map((item) => item.exerciseId)))
  })

  it('keeps floor moves out of long breaks until the user says yes, and offers a walk fitted to the break', async () => {
    const { services } = await createServicesFixture()
    const floorIds = new Set(stretches.filter((stretch) => stretch.place === 'floor').map((stretch) => stretch.id))
    const floorMovesIn = (): number => {
      services.routines.startNewBreak()
      return services.routines.forBreak().routine.items.filter((item) => floorIds.has(item.exerciseId)).length
    }
    expect(services.settings.update({ break: { durationMinutes: 30 } }).ok).toBe(true)
    expect(services.settings.get().body.floorExercises).toBe('ask')
    expect(floorMovesIn()).toBe(0)
    expect(services.settings.update({ body: { floorExercises: 'no' } }).ok).toBe(true)
    expect(floorMovesIn()).toBe(0)
    expect(services.settings.update({ body: { floorExercises: 'yes' } }).ok).toBe(true)
    expect(floorMovesIn()).toBeGreaterThan(0)

    const walk = services.routines.walkForBreak()
    expect(walk.routine.items.map((item) => item.exerciseId)).toEqual(['walk-away-from-desk'])
    expect(walk.routine.items[0]?.holdSeconds).toBe(300)
  })

  it('the tray\'s "Active today" includes the stretch running now: the same figure as the statistics', async () => {
    const { services, clock } = await createServicesFixture()
    services.settings.update({ posture: { enabled: false }, break: { intervalMinutes: 240 } })
    clock.advanceBy(40 * minute)
    const { today } = await services.stats.get(1)
    expect(today.activeMinutes).toBeCloseTo(40, 0)
    expect(services.trayMenu().activeToday).toBe('Active today: 40 min')
  })

  it('after local midnight the tray counts only today\'s part of a stretch that began yesterday, as the statistics do', async () => {
    const { services, clock } = await createServicesFixture({ startIso: '2026-03-02T23:20:00+01:00', timeZone: 'Europe/Berlin' })
    services.settings.update({ posture: { enabled: false }, break: { intervalMinutes: 240 } })
    clock.advanceBy(70 * minute) // 00:30 local: 40 minutes yesterday, 30 today
    const { today } = await services.stats.get(1)
    expect(today.activeMinutes).toBeCloseTo(30, 0)
    expect(services.trayMenu().activeToday).toBe('Active today: 30 min')
  })

  it('counts only the checklist\'s own items when a pass is finished, whatever an old state.json held', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-checklist-'))
    const answers = { glare: 'fix', 'screen-height': 'ok', 'monitor-height': 'ok', 'old-item': 'na' }
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, state: { ...defaultAppState, checklist: { answers, lastCompletedAtMs: null } } }))
    const { services, settle } = await createServicesFixture({ dataDir })
    expect(services.notices.current()).toEqual([])
    await services.checklist.complete()
    await settle()
    const [event] = (await services.history.readAll()).events
    expect(event).toMatchObject({ kind: 'checklist', okCount: 1, fixCount: 1, naCount: 0 })
  })

  it('records a checklist pass with its counts and marks the walkthrough done', async () => {
    const { services, settle } = await createServicesFixture()
    services.checklist.answer({ id: 'screen-height', status: 'fix' })
    services.checklist.answer({ id: 'feet-supported', status: 'ok' })
    services.checklist.answer({ id: 'feet-supported', status: null })
    services.checklist.answer({ id: 'lumbar-support', status: 'na' })
    const state = await services.checklist.complete()
    expect(state.answers).toEqual({ 'screen-height': 'fix', 'lumbar-support': 'na' })
    expect(services.appState.get().onboarding.checklistWalkthroughDone).toBe(true)
    await settle()
    const [event] = (await services.history.readAll()).events
    expect(event).toMatchObject({ kind: 'checklist', okCount: 0, fixCount: 1, naCount: 1 })
  })

  it('counts a completed break in today’s stats and exports it as CSV', async () => {
    const { services, clock, settle } = await createServicesFixture()
    clock.advanceBy(55 * minute)
    await settle()
    const stats = await services.stats.get(7)
    expect(stats.today.breaksCompleted).toBe(1)
    expect(stats.today.activeMinutes).toBe(50)
    const exported = await services.stats.exportCsv()
    expect(exported.status).toBe('download')
    if (exported.status === 'download') {
      expect(exported.fileName).toBe('upright-history-2026-03-02.csv')
      expect(exported.csv.split('\r\n')[0]).toMatch(/^local_time,/)
      expect(exported.csv).toContain('completed')
    }
  })

  it('counts a streak longer than the period shown', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-streak-'))
    const dayMs = 24 * 60 * 60 * 1000
    const lastBreakMs = Date.parse('2026-03-02T08:00:00Z')
    const lines = Array.from({ length: 40 }, (_, index) =>
      JSON.stringify({ kind: 'break', atMs: lastBreakMs - index * dayMs, outcome: 'completed', plannedSeconds: 300, takenSeconds: 300, activeMinutesBefore: 50 })
    )
    writeFileSync(join(dataDir, 'history.jsonl'), `${lines.join('\n')}\n`)
    const { services } = await createServicesFixture({ dataDir })
    expect((await services.stats.get(7)).streakDays).toBe(40)
    expect((await services.stats.get(30)).streakDays).toBe(40)
  })

  it('saves the CSV through the shell when it has a save dialog', async () => {
    const saved: string[] = []
    const { services } = await createServicesFixture({
      saveCsv: (name, csv) => {
        saved.push(`${name}:${csv.length}`)
        return Promise.resolve(`/home/ana/${name}`)
      }
    })
    expect(await services.stats.exportCsv()).toEqual({ status: 'saved', path: '/home/ana/upright-history-2026-03-02.csv' })
    expect(saved).toHaveLength(1)
  })
})

describe('app services: the workstation re-check', () => {
  it('falls due the configured weeks after the last pass and marks the tray menu', async () => {
    const { services, clock } = await createServicesFixture()
    expect(services.checklist.dueAtMs()).toBeNull()
    await services.checklist.complete()
    services.settings.update({ checklist: { recheckWeeks: 2 } })
    const dayMs = 24 * 60 * 60 * 1000
    expect(services.checklist.dueAtMs()).toBe(clock.wallNowMs() + 14 * dayMs)
    const checklistLabel = (): string | undefined =>
      services.trayMenu().items.flatMap((item) => (item.type === 'action' && item.id === 'open-checklist' ? [item.label] : []))[0]
    expect(checklistLabel()).toBe('Workstation checklist')
    clock.jumpWall(14 * dayMs)
    expect(services.checklist.isDue()).toBe(true)
    expect(checklistLabel()).toBe('Workstation checklist — re-check due')
  })
})
