import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStaticFile } from '../../src/app/static-files'

describe('readStaticFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'upright-static-'))
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<h1>hi</h1>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'secret')

  it('serves files of the renderer with their content type, / as index.html', async () => {
    expect((await readStaticFile(rendererDir, '/'))?.contentType).toBe('text/html; charset=utf-8')
    expect((await readStaticFile(rendererDir, '/assets/app.js'))?.body.toString()).toBe('console.log(1)')
  })

  it('never serves anything outside the renderer folder', async () => {
    expect(await readStaticFile(rendererDir, '/../secret.txt')).toBeNull()
    expect(await readStaticFile(rendererDir, '/%2e%2e/secret.txt')).toBeNull()
    expect(await readStaticFile(rendererDir, '/..%2Fsecret.txt')).toBeNull()
    expect(await readStaticFile(rendererDir, '/%E0%A4%A')).toBeNull()
    expect(await readStaticFile(rendererDir, '/missing.js')).toBeNull()
  })
})
