import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** electron-builder.yml, read as text: the fuses must be set at package time (DESIGN §6). */
const builderConfig = readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8')

function fuses(): Record<string, string> {
  const block = /^electronFuses:\n((?: {2}\S.*\n)+)/m.exec(builderConfig)?.[1] ?? ''
  return Object.fromEntries(block.split('\n').filter(Boolean).map((line) => line.trim().split(/:\s*/) as [string, string]))
}

describe('packaging (defect 8)', () => {
  it('flips the Electron fuses through electron-builder', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true'
    })
  })

  it('packs the app into an asar, which the integrity fuse checks', () => {
    expect(builderConfig).toMatch(/^asar: true$/m)
  })
})
