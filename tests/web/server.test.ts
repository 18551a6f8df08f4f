import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcRefusal } from '../../src/app/ipc/dispatch'
import { createIpcHandlers } from '../../src/app/ipc/handlers'
import { EventHub } from '../../src/app/services/event-hub'
import { type HarnessServer, createHarnessServer, isJsonContentType } from '../../src/web/server'
import { createServicesFixture } from '../helpers/app-services-fixture'
import { stubHandlers } from '../helpers/stub-handlers'

let rendererDir: string
let server: HarnessServer | null = null
const sockets: Socket[] = []

beforeEach(() => {
  rendererDir = mkdtempSync(join(tmpdir(), 'upright-harness-'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>')
})

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  if (server) {
    server.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
    server = null
  }
  rmSync(rendererDir, { recursive: true, force: true })
})

async function start(options: Partial<Parameters<typeof createHarnessServer>[0]> = {}): Promise<{ port: number; events: EventHub }> {
  const events = options.events ?? new EventHub()
  server = createHarnessServer({ port: 0, rendererDir, handlers: stubHandlers(), events, ...options })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return { port: (server?.address() as AddressInfo).port, events }
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(port: number, method: string, path: string, options: { body?: string; contentType?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: options.contentType ? { 'content-type': options.contentType } : {} },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body })
        })
      }
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

const invoke = (port: number, channel: string, input: unknown, contentType = 'application/json') =>
  send(port, 'POST', `/api/invoke/${channel}`, { body: JSON.stringify({ input }), contentType })

/** A raw connection that asks for the event stream and then never reads. */
function stalledStream(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)
      socket.once('data', () => {
        socket.pause()
        resolve(socket)
      })
    })
    sockets.push(socket)
  })
}

describe('harness server: client errors are 4xx, never 500 (defect 6)', () => {
  it('answers an unknown stretch id with 404', async () => {
    const fixture = await createServicesFixture()
    const { port } = await start({ handlers: createIpcHandlers(fixture.services) })
    const answer = await invoke(port, 'routine:forStretch', { id: 'no-such' })
    expect(answer.status).toBe(404)
    expect(answer.body).toContain('no stretch with id')
    expect((await invoke(port, 'routine:forStretch', { id: 'chin-tuck' })).status).toBe(200)
    await fixture.services.dispose()
  })

  it('answers a refusal with 409, and with the refusal as the channel states it when there is one', async () => {
    const answer = { ok: false, message: 'break.level is locked', refusal: { key: 'messages.settings.locked', values: { setting: 'x' } } }
    const { port } = await start({
      handlers: stubHandlers({
        'settings:update': () => {
          throw new IpcRefusal('break.level is locked', answer)
        },
        'break:start': () => {
          throw new IpcRefusal('a break cannot start now')
        }
      })
    })
    const refused = await invoke(port, 'settings:update', {})
    expect(refused.status).toBe(409)
    expect(JSON.parse(refused.body)).toEqual({ error: 'settings:update: break.level is locked', value: answer })
    const plain = await invoke(port, 'break:start', undefined)
    expect(plain.status).toBe(409)
    expect(JSON.parse(plain.body)).toEqual({ error: 'break:start: a break cannot start now' })
  })

  it('answers a channel name that is not valid percent-encoding with 400', async () => {
    const { port } = await start()
    const answer = await send(port, 'POST', '/api/invoke/%E0%A4%A', { body: '{}', contentType: 'application/json' })
    expect(answer.status).toBe(400)
  })

  it('refuses POST on the event stream with 405 instead of opening one', async () => {
    const { port } = await start()
    const answer = await send(port, 'POST', '/api/events')
    expect(answer.status).toBe(405)
    expect(answer.headers['allow']).toBe('GET')
    expect(server?.eventStreams.size).toBe(0)
    expect((await send(port, 'GET', '/api/invoke/app:info')).status).toBe(405)
    expect((await send(port, 'DELETE', '/index.html')).status).toBe(405)
  })

  it('checks the content type exactly, not as a prefix', async () => {
    expect(isJsonContentType('application/json')).toBe(true)
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true)
    expect(isJsonContentType('Application/JSON;charset=UTF-8')).toBe(true)
    expect(isJsonContentType('application/jsonp')).toBe(false)
    expect(isJsonContentType('application/json-patch+json')).toBe(false)
    expect(isJsonContentType('application/json; charset=latin1')).toBe(false)
    expect(isJsonContentType(undefined)).toBe(false)
    const { port } = await start()
    expect((await invoke(port, 'app:info', undefined, 'application/jsonx')).status).toBe(415)
    expect((await invoke(port, 'app:info', undefined, 'application/json; charset=utf-8')).status).toBe(200)
  })

  it('cuts a request whose body arrives too slowly', async () => {
    const { port } = await start({ requestTimeoutMs: 300 })
    const startedMs = Date.now()
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/invoke/app:info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`
        )
      })
      sockets.push(socket)
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('close', () => {
        resolve(text)
      })
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408/)
    expect(Date.now() - startedMs).toBeLessThan(10_000)
  })

  it('has a 30 s request timeout by default', async () => {
    await start()
    expect(server?.requestTimeout).toBe(30_000)
  })
})

describe('harness server: bounded event stream (defect 5)', () => {
  it('drops a client that stops reading once its queue passes the limit', async () => {
    const { port, events } = await start({ streamLimits: { maxClients: 8, maxBufferedBytes: 64 * 1024 } })
    await stalledStream(port)
    expect(server?.eventStreams.size).toBe(1)
    const big = 'x'.repeat(64 * 1024)
    for (let index = 0; index < 400 && server?.eventStreams.size === 1; index += 1) {
      events.publish('history:changed', { kind: big })
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(server?.eventStreams.size).toBe(0)
    expect(events.listenerCount).toBe(0)
  })

  it('refuses streams past the cap with 503 and takes new ones once others close', async () => {
    const { port } = await start({ streamLimits: { maxClients: 2, maxBufferedBytes: 64 * 1024 } })
    const first = await stalledStream(port)
    await stalledStream(port)
    const refused = await send(port, 'GET', '/api/events')
    expect(refused.status).toBe(503)
    first.destroy()
    await vi.waitFor(() => {
      expect(server?.eventStreams.size).toBe(1)
    })
    await stalledStream(port)
    expect(server?.eventStreams.size).toBe(2)
  })
})
