import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadPolicy, maxPolicyFileBytes } from '../../../src/app/services/policy-service'

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
  expect(loaded.notice).toContain(policyPath())
  expect(loaded.notice).toMatch(pattern)
  expect(loaded.notice).toMatch(/Upright is using its own defaults/)
  expect(loaded.trayLine).toBe("Organisation's settings file ignored")
}

describe('loadPolicy', () => {
  it('uses a good file', () => {
    writeFileSync(policyPath(), JSON.stringify({ defaults: { break: { level: 'strict' } }, locked: ['break.level'] }))
    const loaded = loadPolicy({ filePath: policyPath() })
    expect(loaded.notice).toBeNull()
    expect([...(loaded.policy?.locked ?? [])]).toEqual(['break.level'])
  })

  it('has no policy, and says nothing, without a source or a file', () => {
    expect(loadPolicy(null)).toEqual({ policy: null, notice: null, trayLine: null })
    expect(loadPolicy({ filePath: policyPath() })).toEqual({ policy: null, notice: null, trayLine: null })
    expect(loadPolicy({ filePath: join(folder, 'missing-folder', 'policy.json') })).toEqual({ policy: null, notice: null, trayLine: null })
  })

  it('ignores a path that is not a readable file', () => {
    mkdirSync(policyPath())
    ignoredBecause(/because (it is not a file|it could not be read \(EISDIR\))/)
  })

  it('ignores a file that is not JSON', () => {
    writeFileSync(policyPath(), '{ "locked": [')
    ignoredBecause(/because it is not valid JSON/)
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
})
