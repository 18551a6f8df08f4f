import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setupAppProtocol } from '../../../src/main/electron/app-protocol'
import { locateRenderer } from '../../../src/main/electron/renderer-location'
import { protocol, resetElectronFakes } from '../fakes/electron'

let rendererDir: string

beforeEach(() => {
  rendererDir = mkdtempSync(join(tmpdir(), 'upright-app-protocol-'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Upright</title>')
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'assets', 'main.js'), 'export {}')
})

afterEach(() => {
  resetElectronFakes()
  rmSync(rendererDir, { recursive: true, force: true })
})

describe('app:// protocol', () => {
  it('serves the built pages with their content type and the CSP header', async () => {
    setupAppProtocol(rendererDir)
    const page = await protocol.request('app://upright/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<title>Upright</title>')
    const script = await protocol.request('app://upright/assets/main.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 outside the renderer folder, for other hosts and for other methods', async () => {
    setupAppProtocol(rendererDir)
    expect((await protocol.request('app://upright/../../etc/passwd')).status).toBe(404)
    expect((await protocol.request('app://upright/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
    expect((await protocol.request('app://other/index.html')).status).toBe(404)
    expect((await protocol.request('app://upright/missing.html')).status).toBe(404)
    expect((await protocol.request('app://upright/index.html', 'POST')).status).toBe(404)
  })

  it('is removed by its disposer', () => {
    const dispose = setupAppProtocol(rendererDir)
    dispose()
    expect(protocol.handlers.has('app')).toBe(false)
  })
})

describe('locateRenderer', () => {
  it('uses app:// for built pages', () => {
    const renderer = locateRenderer('/app/out/main', { isPackaged: false })
    expect(renderer.base).toBe('app://upright/')
    expect(renderer.rendererDir).toBe('/app/out/renderer')
    expect(renderer.pageUrl('break', '/posture')).toBe('app://upright/break.html#/posture')
  })

  it('honours ELECTRON_RENDERER_URL only when not packaged', () => {
    expect(locateRenderer('/app/out/main', { isPackaged: false, devServerUrl: 'http://localhost:5173/' }).base).toBe('http://localhost:5173/')
    const packaged = locateRenderer('/app/out/main', { isPackaged: true, devServerUrl: 'http://evil.example:5173/' })
    expect(packaged.base).toBe('app://upright/')
    expect(packaged.pageUrl('index')).toBe('app://upright/index.html')
  })
})
