import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadPolicy, maxPolicyFileBytes } from '../../../src/app/services/policy-service'
import { messageText } from '../../../src/shared/i18n/message-text'
import { i18nShowing, inEnglish } from '../../helpers/message-words'

let folder: string
const policyPath = (): string => join(folder, 'policy.json')

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'upright-policy-'))
})

afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

function ignoredBecause(pattern: RegExp): void {
  const loaded = loadPolicy({ filePath: policyPath() })
  expect(loaded.policy).toBeNull()
  const notice = inEnglish(loaded.notice)
  expect(notice).toContain(policyPath())
  expect(notice).toMatch(pattern)
  expect(notice).toMatch(/Upright is using its own defaults/)
  expect(inEnglish(loaded.trayLine)).toBe("Organisation's settings file ignored")
  expect(loaded.logLine).toMatch(/was ignored because/)
}

describe('loadPolicy', () => {
  it('uses a good file', () => {
    writeFileSync(policyPath(), JSON.stringify({ defaults: { break: { level: 'strict' } }, locked: ['break.level'] }))
    const loaded = loadPolicy({ filePath: policyPath() })
    expect(loaded.notice).toBeNull()
    expect([...(loaded.policy?.locked ?? [])]).toEqual(['break.level'])
  })

  it('has no policy, and says nothing, without a source or a file', () => {
    expect(loadPolicy(null)).toEqual({ policy: null, notice: null, trayLine: null, logLine: null })
    expect(loadPolicy({ filePath: policyPath() })).toEqual({ policy: null, notice: null, trayLine: null, logLine: null })
    expect(loadPolicy({ filePath: join(folder, 'missing-folder', 'policy.json') })).toEqual({ policy: null, notice: null, trayLine: null, logLine: null })
  })

  it('ignores a path that is not a readable file', () => {
    mkdirSync(policyPath())
    ignoredBecause(/ignored\. (It is not a file|It could not be read \(EISDIR\))\./)
  })

  it('ignores a file that is not JSON', () => {
    writeFileSync(policyPath(), '{ "locked": [')
    ignoredBecause(/ignored\. It is not valid JSON/)
  })

  it('ignores a file with an unknown key, naming it', () => {
    writeFileSync(policyPath(), JSON.stringify({ defaults: { break: { lvl: 'strict' } } }))
    ignoredBecause(/defaults\.break.*lvl/)
  })

  it('ignores a file with a value of the wrong type, naming the field', () => {
    writeFileSync(policyPath(), JSON.stringify({ defaults: { posture: { enabled: 'yes' } } }))
    ignoredBecause(/defaults\.posture\.enabled/)
  })

  it('ignores an oversized file without reading it all', () => {
    writeFileSync(policyPath(), `{"defaults": {}}${' '.repeat(maxPolicyFileBytes)}`)
    ignoredBecause(/larger than 64 KiB/)
  })

  it('words the notice and the tray line in the language shown, not in English', async () => {
    writeFileSync(policyPath(), '{ "locked": [')
    const loaded = loadPolicy({ filePath: policyPath() })
    if (loaded.notice === null || loaded.trayLine === null) throw new Error('expected a notice')
    const { t } = await i18nShowing('fr')
    expect(messageText(t, loaded.notice)).toMatch(/^Le fichier de réglages de votre organisation \(.*\) a été ignoré\. Il ne contient pas de JSON valide/)
    expect(messageText(t, loaded.trayLine)).toBe('Fichier de réglages de l’organisation ignoré')
  })
})
