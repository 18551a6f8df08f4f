import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWebBridge } from '../../../src/renderer/src/lib/web-bridge'

function answerWith(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })))
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the web bridge', () => {
  it('resolves a 409 that carries the refusal as the channel states it (a locked setting), so the page words it', async () => {
    const refused = { ok: false, message: 'break.level is locked', refusal: { key: 'messages.settings.locked', values: { setting: 'x' } } }
    answerWith(409, { error: 'settings:update: break.level is locked', value: refused })
    await expect(createWebBridge().settings.update({ break: { level: 'gentle' } })).resolves.toEqual(refused)
  })

  it('rejects a 409 without such a value with the server’s line, and returns the value of a 200', async () => {
    answerWith(409, { error: 'break:start: a break cannot start now' })
    await expect(createWebBridge().break.start()).rejects.toThrow('break:start: a break cannot start now')
    answerWith(200, { value: null })
    await expect(createWebBridge().break.start()).resolves.toBeNull()
  })
})
