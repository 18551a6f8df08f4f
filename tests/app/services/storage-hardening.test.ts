import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/app/ipc/dispatch'
import { createIpcHandlers } from '../../../src/app/ipc/handlers'
import { EventHub } from '../../../src/app/services/event-hub'
import { confStorage } from '../../../src/app/storage/conf-storage'
import type { StorageLibrary } from '../../../src/core/storage'
import type { HistoryLog } from '../../../src/core/history'
import { maxEpochMs } from '../../../src/shared/bounds'
import { createServicesFixture } from '../../helpers/app-services-fixture'
import { frameAt } from '../../helpers/detected-frame'
import type { Message } from '../../../src/shared/message'
import { inEnglish, noticesInEnglish } from '../../helpers/message-words'

const minute = 60_000
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'upright-hardening-'))

/** conf with every write failing as on a full disk. */
function failingStorage(code: string): StorageLibrary {
  const fail = (): never => {
    throw Object.assign(new Error(`${code}: simulated write failure`), { code })
  }
  return {
    openJsonFile(dataDir, name) {
      const opened = confStorage.openJsonFile(dataDir, name)
      return { document: opened.document, file: { filePath: opened.file.filePath, write: fail } }
    },
    writeTextAtomic: () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }))
  }
}

describe('out-of-range times are bad input, never a blank page or a 500 (defect 1)', () => {
  it('refuses a pause until a time beyond the Date range with 400', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    const answer = await dispatch(handlers, 'pause:start', { untilWallMs: 8640000000000001 })
    expect(answer).toMatchObject({ ok: false, status: 400 })
    expect(await dispatch(handlers, 'engine:state', undefined)).toMatchObject({ ok: true })
    expect(await dispatch(handlers, 'pause:start', { untilWallMs: maxEpochMs })).toEqual({ ok: true, value: null })
    expect(await dispatch(handlers, 'engine:state', undefined)).toMatchObject({ ok: true, value: { phase: 'paused' } })
    expect(await dispatch(handlers, 'tray:menu', undefined)).toMatchObject({ ok: true })
    await services.dispose()
  })

  it('sets aside a state.json whose lastCompletedAtMs is out of range', async () => {
    const dataDir = tempDir()
    writeFileSync(
      join(dataDir, 'state.json'),
      JSON.stringify({
        version: 1,
        state: {
          checklist: { answers: {}, lastCompletedAtMs: 9007199254740991 },
          onboarding: { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: false },
          recentExerciseIds: []
        }
      })
    )
    const { services } = await createServicesFixture({ dataDir })
    const handlers = createIpcHandlers(services)
    expect(await dispatch(handlers, 'checklist:get', undefined)).toEqual({ ok: true, value: { answers: {}, lastCompletedAtMs: null } })
    expect(noticesInEnglish(services.notices.current())).toMatch(/lastCompletedAtMs/)
    expect(readdirSync(dataDir).some((name) => name.startsWith('state.corrupt-'))).toBe(true)
    await services.dispose()
  })

  it('skips (and keeps) a history line with an out-of-range time, so stats still load', async () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'history.jsonl'), `${JSON.stringify({ kind: 'posture', atMs: 9007199254740991, response: 'done' })}\n`)
    const { services } = await createServicesFixture({ dataDir })
    expect(await dispatch(createIpcHandlers(services), 'stats:get', { days: 7 })).toMatchObject({ ok: true })
    expect(existsSync(join(dataDir, 'history.rejected.jsonl'))).toBe(true)
    await services.dispose()
  })

  it('delivers every event to later listeners when one listener throws', () => {
    const errors: unknown[] = []
    const hub = new EventHub((error) => errors.push(error))
    const later = vi.fn()
    hub.subscribe(() => {
      throw new RangeError('Invalid time value')
    })
    hub.subscribe(later)
    hub.publish('history:changed', { kind: 'break' })
    expect(later).toHaveBeenCalledWith('history:changed', { kind: 'break' })
    expect(errors).toHaveLength(1)
  })
})

describe('an unreadable history file never stops start-up (defect 2)', () => {
  it('starts with empty history, sets the file aside and tells the user', async () => {
    const dataDir = tempDir()
    mkdirSync(join(dataDir, 'history.jsonl'))
    const { services, clock, settle } = await createServicesFixture({ dataDir })
    expect(noticesInEnglish(services.notices.current())).toMatch(/history file could not be read \(EISDIR\)/)
    expect((await services.history.readAll()).events).toEqual([])
    clock.advanceBy(50 * minute)
    clock.advanceBy(5 * minute)
    await settle()
    expect((await services.history.readAll()).events.map((event) => event.kind)).toContain('break')
    await services.dispose()
  })
})

describe('a full disk or read-only folder is told, and writes answer ok:false (defect 4)', () => {
  it.each(['ENOSPC', 'EROFS'])('%s: every write path answers ok:false with a message and a break still gets its stretches', async (code) => {
    const dataDir = tempDir()
    // The posture watch was turned on in an earlier run, while the disk still had room.
    const earlier = await createServicesFixture({ dataDir })
    earlier.services.settings.update({ postureWatch: { enabled: true } })
    await earlier.services.dispose()
    const { services } = await createServicesFixture({ dataDir, storage: failingStorage(code) })
    // From now on appends to history go to /dev/full and fail with ENOSPC, as on a full disk.
    rmSync(join(dataDir, 'history.jsonl'), { force: true })
    symlinkSync('/dev/full', join(dataDir, 'history.jsonl'))
    const handlers = createIpcHandlers(services)
    const changes: unknown[] = []
    services.events.subscribe((event, payload) => {
      if (event === 'notice:changed') changes.push(payload)
    })

    for (const [channel, input] of [
      ['checklist:answer', { id: 'screen-height', status: 'fix' }],
      ['checklist:complete', undefined],
      ['onboarding:update', { checklistWalkthroughDone: true }],
      ['comfort:record', { score: 3 }]
    ] as const) {
      const answer = await dispatch(handlers, channel, input)
      expect(answer, channel).toMatchObject({ ok: true, value: { ok: false } })
      const refused = answer.ok ? (answer.value as { ok: false; message: Message }) : null
      expect(inEnglish(refused?.message ?? null), channel).toMatch(/not being saved/)
    }
    // The posture watch keeps its consent and calibration in memory this session: no 500, and it watches.
    expect(await dispatch(handlers, 'postureWatch:consent', undefined)).toMatchObject({ ok: true, value: { phase: 'calibrating' } })
    expect(await dispatch(handlers, 'postureWatch:calibrate', { frames: Array.from({ length: 6 }, () => frameAt(0.28)) })).toMatchObject({
      ok: true,
      value: { phase: 'watching', calibrated: true }
    })
    expect(await dispatch(handlers, 'settings:reset', undefined)).toMatchObject({ ok: true, value: { ok: false } })
    expect(await dispatch(handlers, 'settings:update', { break: { intervalMinutes: 40 } })).toMatchObject({ ok: true, value: { ok: false } })

    services.engine.startBreakNow()
    const routine = await dispatch(handlers, 'routine:forBreak', undefined)
    expect(routine).toMatchObject({ ok: true })
    expect(routine.ok && (routine.value as { routine: { items: unknown[] } }).routine.items.length).toBeGreaterThan(0)

    // Told once in the app and shown in the tray menu: the first failing write is the counts
    // saved at start, so the notice was already up before this listener; later failures add none.
    expect(changes).toEqual([])
    expect(noticesInEnglish(services.notices.current())).toMatch(code === 'ENOSPC' ? /is full/ : /read-only/)
    const tray = services.trayMenu()
    expect(tray.items.some((item) => item.type === 'status' && /^Not saving/.test(item.label))).toBe(true)
    await services.dispose()
  })
})

describe('interrupted writes leave nothing behind (defect 7)', () => {
  it('removes temp files of interrupted writes at start, and only those', async () => {
    const dataDir = tempDir()
    const stale = [
      'settings.json.tmp-1764460800abc123',
      'history.jsonl.tmp-17644608001a2b3c',
      '.state.json.4242-deadbeef.tmp',
      // the kill -9 loop left this one when counts.json was not on the list
      'counts.json.tmp-6023282170827a3b',
      'choices.json.tmp-1764460800abc123',
      'posture-watch.json.tmp-1764460800abc123'
    ]
    for (const name of stale) writeFileSync(join(dataDir, name), '{')
    writeFileSync(join(dataDir, 'notes.json.tmp-1764460800abc123'), 'not ours')
    const { services } = await createServicesFixture({ dataDir })
    expect(readdirSync(dataDir).sort()).toEqual(['counts.json', 'history.jsonl', 'notes.json.tmp-1764460800abc123'].filter((name) => existsSync(join(dataDir, name))).sort())
    await services.dispose()
  })

  it('fsyncs history when a break ends and at quit', async () => {
    const { services, clock, settle } = await createServicesFixture()
    // The façade shows the history read only; the log behind it is what syncs.
    const sync = vi.spyOn(services.history as HistoryLog, 'sync')
    clock.advanceBy(50 * minute)
    clock.advanceBy(5 * minute)
    await settle()
    expect(sync).toHaveBeenCalledTimes(1)
    await services.dispose()
    expect(sync).toHaveBeenCalledTimes(2)
  })
})
