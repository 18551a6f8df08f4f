import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DetectedFrame, PostureWatchStatus } from '../../../src/shared/posture-watch'
import { frameAt } from '../../helpers/detected-frame'
import { noticesInEnglish } from '../../helpers/message-words'
import { createServicesFixture, type ServicesFixture } from '../../helpers/app-services-fixture'

const upright = Array.from({ length: 3 }, () => frameAt(0.28))
const slumped = Array.from({ length: 3 }, () => frameAt(0.45, 0.2))
const nobody: DetectedFrame[] = Array.from({ length: 3 }, () => ({ ...frameAt(0), faceBox: null, faceScore: 0 }))

let fixture: ServicesFixture | null = null
afterEach(async () => {
  await fixture?.services.dispose()
  fixture = null
})

async function watching(): Promise<ServicesFixture & { pushed: PostureWatchStatus[] }> {
  fixture = await createServicesFixture()
  const pushed: PostureWatchStatus[] = []
  fixture.services.events.subscribe((event, payload) => {
    if (event === 'postureWatch:status') pushed.push(payload as PostureWatchStatus)
  })
  const { postureWatch, settings } = fixture.services
  settings.update({ postureWatch: { enabled: true } })
  postureWatch.consent()
  postureWatch.calibrate(Array.from({ length: 6 }, () => frameAt(0.28)))
  return { ...fixture, pushed }
}

describe('posture watch service', () => {
  it('is off by default: no window is asked for and no check is due', async () => {
    fixture = await createServicesFixture()
    expect(fixture.services.postureWatch.status()).toMatchObject({ phase: 'off', posture: null, calibrated: false })
    expect(fixture.services.postureWatch.isCheckDue()).toBe(false)
  })

  it('asks for consent, then calibration, then watches; the calibration survives a restart', async () => {
    fixture = await createServicesFixture()
    const { postureWatch, settings } = fixture.services
    const phases: string[] = []
    postureWatch.onPhaseChange((phase) => phases.push(phase))
    settings.update({ postureWatch: { enabled: true } })
    expect(postureWatch.status().phase).toBe('consent')
    expect(postureWatch.calibrate(upright).phase).toBe('consent')
    postureWatch.consent()
    expect(postureWatch.calibrate(Array.from({ length: 6 }, () => frameAt(0.28)))).toMatchObject({ phase: 'watching', posture: 'upright', calibrated: true })
    expect(phases).toEqual(['consent', 'calibrating', 'watching'])

    const saved = readFileSync(join(fixture.dataDir, 'posture-watch.json'), 'utf8')
    expect(Object.keys((JSON.parse(saved) as { watch: { reference: object } }).watch.reference).sort()).toEqual(
      ['calibratedAtMs', 'faceCenterY', 'faceHeight', 'faceWidth', 'shoulderSlope']
    )
    const dataDir = fixture.dataDir
    await fixture.services.dispose()
    fixture = await createServicesFixture({ dataDir })
    expect(fixture.services.postureWatch.status()).toMatchObject({ phase: 'watching', calibrated: true })
  })

  it('checks only while counting active time and not busy', async () => {
    const f = await watching()
    expect(f.services.postureWatch.isCheckDue()).toBe(true)
    f.services.engine.pause('indefinite')
    expect(f.services.postureWatch.isCheckDue()).toBe(false)
  })

  it('gives a cue after several slouched samples and records it as a watch cue in history', async () => {
    const f = await watching()
    const cues: string[][] = []
    f.services.postureWatch.onCue((cue) => cues.push(cue.reasons))
    f.services.postureWatch.report(slumped)
    expect(f.services.postureWatch.report(slumped).posture).toBe('upright')
    const status = f.services.postureWatch.report(slumped)
    expect(status).toMatchObject({ posture: 'slouching', lastCueReason: expect.stringMatching(/^head-(drop|forward)$/) as unknown })
    expect(cues).toHaveLength(1)
    expect(f.pushed.at(-1)?.posture).toBe('slouching')
    await f.settle()
    const { events } = await f.services.history.read({})
    expect(events.filter((event) => event.kind === 'posture')).toEqual([
      expect.objectContaining({ kind: 'posture', response: 'unanswered', source: 'watch', reason: expect.any(String) as unknown })
    ])
  })

  it('says away when nobody is in front of the camera', async () => {
    const f = await watching()
    f.services.postureWatch.report(nobody)
    expect(f.services.postureWatch.report(nobody).posture).toBe('away')
  })

  it('turns itself off with the reason when the camera fails, and the app goes on', async () => {
    const f = await watching()
    expect(f.services.postureWatch.fail('camera-busy')).toMatchObject({ phase: 'off', failure: 'camera-busy', posture: null })
    expect(f.services.settings.get().postureWatch.enabled).toBe(false)
    expect(f.services.engine.getState().phase).toBe('active')
    f.services.settings.update({ postureWatch: { enabled: true } })
    expect(f.services.postureWatch.status()).toMatchObject({ phase: 'watching', failure: null })
  })

  it('says when it rests because posture cues and breaks are both off, and when it looks again', async () => {
    const f = await watching()
    const { postureWatch, settings } = f.services
    expect(postureWatch.status().restingBecause).toBeNull()
    settings.update({ posture: { enabled: false } })
    // One track still counts active time: the watch goes on looking.
    expect(postureWatch.status().restingBecause).toBeNull()
    expect(postureWatch.isCheckDue()).toBe(true)
    settings.update({ break: { enabled: false } })
    expect(f.services.engine.getState().phase).toBe('disabled')
    expect(postureWatch.isCheckDue()).toBe(false)
    expect(postureWatch.status()).toMatchObject({ phase: 'watching', restingBecause: 'disabled' })
    // The page learns it from the push, without asking.
    expect(f.pushed.at(-1)?.restingBecause).toBe('disabled')
    settings.update({ posture: { enabled: true } })
    expect(f.pushed.at(-1)?.restingBecause).toBeNull()
    expect(postureWatch.isCheckDue()).toBe(true)
  })

  it('says it rests while paused, away or on a break, pushed the moment the engine changes', async () => {
    const f = await watching()
    const { postureWatch, engine } = f.services
    const pushedBefore = f.pushed.length
    engine.pause('indefinite')
    expect(f.pushed.at(-1)?.restingBecause).toBe('paused')
    expect(postureWatch.isCheckDue()).toBe(false)
    engine.resume()
    expect(f.pushed.at(-1)?.restingBecause).toBeNull()
    engine.lock()
    expect(f.pushed.at(-1)?.restingBecause).toBe('away')
    engine.unlock()
    expect(f.pushed.at(-1)?.restingBecause).toBeNull()
    expect(engine.startBreakNow()).toBe(true)
    expect(f.pushed.at(-1)?.restingBecause).toBe('break')
    expect(postureWatch.isCheckDue()).toBe(false)
    // Each change pushed once, not on every engine:state.
    expect(f.pushed.length - pushedBefore).toBe(5)
  })

  it('says it rests during a call, pushed at the next question even though the engine phase stays the same', async () => {
    const f = await watching()
    const { postureWatch, engine } = f.services
    engine.setBusy(true)
    expect(engine.getState().phase).toBe('active')
    expect(postureWatch.isCheckDue()).toBe(false)
    expect(f.pushed.at(-1)?.restingBecause).toBe('busy')
    engine.setBusy(false)
    expect(postureWatch.isCheckDue()).toBe(true)
    expect(f.pushed.at(-1)?.restingBecause).toBeNull()
  })

  it('puts both tracks off ahead of a pause, and a pause ahead of a call', async () => {
    const f = await watching()
    const { postureWatch, engine, settings } = f.services
    engine.setBusy(true)
    engine.pause('indefinite')
    // The pause is what the user chose and what ends the rest first to their mind; the call waits behind it.
    expect(postureWatch.status().restingBecause).toBe('paused')
    settings.update({ posture: { enabled: false }, break: { enabled: false } })
    // Resuming would not help: only turning a track on ends this rest, so it is what the page says.
    expect(engine.getState().phase).toBe('paused')
    expect(postureWatch.status().restingBecause).toBe('disabled')
  })

  it('turns off when calibration finds no face', async () => {
    fixture = await createServicesFixture()
    fixture.services.settings.update({ postureWatch: { enabled: true } })
    fixture.services.postureWatch.consent()
    expect(fixture.services.postureWatch.calibrate(nobody)).toMatchObject({ phase: 'off', failure: 'face-not-found', calibrated: false })
  })

  it('shows in the tray while on, and the tray turns it off in one click', async () => {
    const f = await watching()
    const menu = f.services.trayMenu()
    expect(menu.status).toMatch(/posture watch on/)
    expect(menu.items).toContainEqual(expect.objectContaining({ id: 'posture-watch-off' }))
    f.services.runTrayAction('posture-watch-off')
    expect(f.services.postureWatch.status().phase).toBe('off')
    expect(f.services.trayMenu().items).not.toContainEqual(expect.objectContaining({ id: 'posture-watch-off' }))
  })

  it('recalibrates on request without asking for consent again', async () => {
    const f = await watching()
    expect(f.services.postureWatch.recalibrate().phase).toBe('calibrating')
    expect(f.services.postureWatch.calibrate(Array.from({ length: 5 }, () => frameAt(0.3))).phase).toBe('watching')
  })

  it('sets a damaged calibration file aside and asks to calibrate again', async () => {
    fixture = await createServicesFixture()
    const dataDir = fixture.dataDir
    await fixture.services.dispose()
    writeFileSync(join(dataDir, 'posture-watch.json'), '{"version":1,"watch":{"consentedAtMs":"yesterday"}}')
    fixture = await createServicesFixture({ dataDir })
    // Says what the file holds in plain words, not the envelope key ("it holds invalid watch").
    const notice = noticesInEnglish(fixture.services.notices.current())
    expect(notice).toMatch(/^The posture watch calibration file could not be used\. It holds values this version of Upright cannot use \(consentedAtMs: /)
    expect(notice).toMatch(/The watch will ask you to calibrate again\.$/)
    expect(notice).not.toMatch(/invalid watch/)
    expect(fixture.services.postureWatch.status().calibrated).toBe(false)
  })

  it.each([
    ['consentedAtMs beyond year 9999', { consentedAtMs: 8_000_000_000_000_000, reference: null }],
    [
      'calibratedAtMs beyond year 9999',
      { consentedAtMs: 0, reference: { faceCenterY: 0.35, faceWidth: 0.16, faceHeight: 0.22, shoulderSlope: 0, calibratedAtMs: 8_000_000_000_000_000 } }
    ]
  ])('sets aside a file with %s, as every other time field read from a file', async (_what, watch) => {
    fixture = await createServicesFixture()
    const dataDir = fixture.dataDir
    await fixture.services.dispose()
    writeFileSync(join(dataDir, 'posture-watch.json'), JSON.stringify({ version: 1, watch }))
    fixture = await createServicesFixture({ dataDir })
    expect(noticesInEnglish(fixture.services.notices.current())).toMatch(/posture watch calibration file could not be used/)
    expect(fixture.services.postureWatch.status().calibrated).toBe(false)
  })
})
