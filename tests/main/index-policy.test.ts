import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { Tray, app, ipcMain, resetElectronFakes } from './fakes/electron'

const userData = mkdtempSync(join(tmpdir(), 'upright-index-policy-'))
const configHome = mkdtempSync(join(tmpdir(), 'upright-index-policy-xdg-'))
const policyPath = join(userData, 'policy.json')
const asked: string[] = []

// The platform's real path (/etc/upright/policy.json here) is not ours to write in a test:
// the composition root is given a temp file instead, and the test sees what it asked for.
vi.mock('../../src/main/electron/policy-path', () => ({
  platformPolicySource: (platform: string) => {
    asked.push(platform)
    return { filePath: policyPath }
  }
}))

afterAll(() => {
  vi.unstubAllEnvs()
  resetElectronFakes()
  rmSync(userData, { recursive: true, force: true })
  rmSync(configHome, { recursive: true, force: true })
})

it("the desktop app reads its platform's policy file and refuses changes to what it locks", async () => {
  writeFileSync(policyPath, JSON.stringify({ defaults: { break: { intervalMinutes: 30 } }, locked: ['break.intervalMinutes'] }))
  app.userDataPath = userData
  app.isPackaged = true
  vi.stubEnv('XDG_CONFIG_HOME', configHome)
  Object.defineProperty(process, 'resourcesPath', { value: join(import.meta.dirname, '../../resources'), configurable: true })
  await import('../../src/main/index')
  await vi.waitFor(() => {
    expect(Tray.all).toHaveLength(1)
  })
  expect(asked).toEqual([process.platform])
  expect(Tray.all[0]?.toolTip).toMatch(/^Upright — Next break in 30 min/)
  await expect(ipcMain.invokeFrom('app://upright/index.html', 'settings:locked')).resolves.toEqual(['break.intervalMinutes'])
  // Refused with the answer settings:update states, for the page to word in its language.
  await expect(ipcMain.invokeFrom('app://upright/index.html', 'settings:update', { break: { intervalMinutes: 40 } })).resolves.toEqual({
    ok: false,
    message: 'break.intervalMinutes is set by your organisation and cannot be changed',
    refusal: { key: 'messages.settings.locked', values: { setting: { key: 'prefs.field.break.intervalMinutes.label' } } }
  })
  app.emit('before-quit', { defaultPrevented: false, preventDefault() {} })
  await vi.waitFor(() => {
    expect(app.quitting).toBe(true)
  })
}, 20_000)
