import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/app/ipc/dispatch'
import { createIpcHandlers } from '../../../src/app/ipc/handlers'
import { createServicesFixture } from '../../helpers/app-services-fixture'
import type { Message } from '../../../src/shared/message'
import { noticesInEnglish } from '../../helpers/message-words'
import { currentSettingsVersion } from '../../../src/core/settings-store'
import { defaultSettings } from '../../../src/shared/settings'

function policyFile(document: unknown): { filePath: string } {
  const filePath = join(mkdtempSync(join(tmpdir(), 'upright-policy-ipc-')), 'policy.json')
  writeFileSync(filePath, typeof document === 'string' ? document : JSON.stringify(document))
  return { filePath }
}

const teamPolicy = { defaults: { break: { intervalMinutes: 30, level: 'strict' } }, locked: ['break.level'] }

describe('managed defaults over IPC', () => {
  it('serves the settings in effect and the locked keys', async () => {
    const { services } = await createServicesFixture({ policySource: policyFile(teamPolicy) })
    const handlers = createIpcHandlers(services)
    expect(await dispatch(handlers, 'settings:get', undefined)).toMatchObject({ ok: true, value: { break: { intervalMinutes: 30, level: 'strict' } } })
    expect(await dispatch(handlers, 'settings:locked', undefined)).toEqual({ ok: true, value: ['break.level'] })
    // The engine runs on them too: the first break is due after the policy's 30 minutes.
    expect(services.engine.getState()).toMatchObject({ nextBreakInSeconds: 30 * 60 })
  })

  it('refuses a change to a locked key with 409, naming the key, and changes nothing', async () => {
    const { services } = await createServicesFixture({ policySource: policyFile(teamPolicy) })
    const handlers = createIpcHandlers(services)
    const result = await dispatch(handlers, 'settings:update', { break: { level: 'gentle', intervalMinutes: 20 } })
    expect(result).toEqual({ ok: false, status: 409, message: 'settings:update: break.level is set by your organisation and cannot be changed' })
    expect(services.settings.get().break).toMatchObject({ intervalMinutes: 30, level: 'strict' })
    expect(await dispatch(handlers, 'settings:update', { break: { intervalMinutes: 20 } })).toMatchObject({ ok: true, value: { ok: true } })
  })

  it('keeps locked values through settings:reset', async () => {
    const { services } = await createServicesFixture({ policySource: policyFile(teamPolicy) })
    const handlers = createIpcHandlers(services)
    await dispatch(handlers, 'settings:update', { break: { intervalMinutes: 20 } })
    expect(await dispatch(handlers, 'settings:reset', undefined)).toMatchObject({
      ok: true,
      value: { ok: true, settings: { break: { intervalMinutes: 30, level: 'strict' } } }
    })
  })

  it('locks nothing without a policy', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    expect(await dispatch(handlers, 'settings:locked', undefined)).toEqual({ ok: true, value: [] })
    expect(await dispatch(handlers, 'settings:update', { break: { level: 'gentle' } })).toMatchObject({ ok: true, value: { ok: true } })
  })

  it('ignores a bad policy file with a notice and a tray line, and starts normally', async () => {
    const { services, logs } = await createServicesFixture({ policySource: policyFile({ locked: ['break.levle'] }) })
    const handlers = createIpcHandlers(services)
    const notice = await dispatch(handlers, 'notice:get', undefined)
    if (!notice.ok) throw new Error('notice:get failed')
    expect(noticesInEnglish((notice.value as { messages: Message[] }).messages)).toMatch(
      /organisation's settings file .* was ignored\. It is not a valid policy \(.*"break\.levle" is not a setting/
    )
    expect(services.trayMenu().items).toContainEqual({ type: 'status', label: "Organisation's settings file ignored" })
    expect(await dispatch(handlers, 'settings:locked', undefined)).toEqual({ ok: true, value: [] })
    expect(services.settings.get().break.level).toBe('normal')
    expect(logs.join('\n')).toMatch(/was ignored/)
  })

  it('starts on the locked values when saved settings break a rule with them, with a notice naming what went back to its default', async () => {
    // Saved before the organisation locked a 90 min break interval: a 60 min daily limit, which is now below it.
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-policy-conflict-'))
    const saved = { ...defaultSettings, dailyLimit: { enabled: true, minutes: 60, remindMinutes: 30 }, app: { ...defaultSettings.app, theme: 'dark' } }
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ version: currentSettingsVersion, settings: saved }))
    const lockedInterval = { defaults: { break: { intervalMinutes: 90 } }, locked: ['break.intervalMinutes'] }
    const { services, logs } = await createServicesFixture({ dataDir, policySource: policyFile(lockedInterval) })
    const handlers = createIpcHandlers(services)
    expect(await dispatch(handlers, 'settings:get', undefined)).toMatchObject({
      ok: true,
      value: { break: { intervalMinutes: 90 }, dailyLimit: { enabled: true, minutes: 480 }, app: { theme: 'dark' } }
    })
    expect(services.engine.getState()).toMatchObject({ nextBreakInSeconds: 90 * 60 })
    const notice = await dispatch(handlers, 'notice:get', undefined)
    if (!notice.ok) throw new Error('notice:get failed')
    expect(noticesInEnglish((notice.value as { messages: Message[] }).messages)).toMatch(
      /Some of your settings did not fit the ones your organisation sets, so Upright set them back to their defaults: dailyLimit\.minutes\./
    )
    expect(logs.join('\n')).toMatch(/dailyLimit\.minutes went back to the default/)
    expect(await dispatch(handlers, 'settings:update', { posture: { intervalMinutes: 25 } })).toMatchObject({ ok: true, value: { ok: true } })
  })
})
