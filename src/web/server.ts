import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type IpcHandlers, dispatch } from '../app/ipc/dispatch'
import type { EventHub } from '../app/services/event-hub'
import { type EventStreamLimits, EventStreams } from './event-stream'
import { isOwnRequest } from './host-guard'
import { readStaticFile } from '../app/static-files'
import { errorMessage } from '../shared/error-message'

const maxBodyBytes = 64 * 1024
/** A request (headers and body) must arrive within this; a slow client is answered 408. */
const defaultRequestTimeoutMs = 30_000

// Same policy as the pages' meta tag, sent as a header too so every response carries it.
// 'wasm-unsafe-eval' lets the posture watch compile its own .wasm files; it allows no eval of script.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export interface HarnessOptions {
  port: number
  rendererDir: string
  handlers: IpcHandlers
  events: EventHub
  requestTimeoutMs?: number
  streamLimits?: EventStreamLimits
}

export interface HarnessServer extends Server {
  /** The open event streams (the soak benchmark and tests watch the count). */
  readonly eventStreams: EventStreams
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(JSON.stringify(body))
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > maxBodyBytes) throw new BodyTooLargeError('request body too large')
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** `application/json`, optionally with `charset=utf-8`: exactly, not as a prefix. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase())
  if (mediaType !== 'application/json') return false
  return parameters.every((parameter) => parameter === 'charset=utf-8' || parameter === 'charset="utf-8"')
}

function sendMethodNotAllowed(response: ServerResponse, allow: string): void {
  response.setHeader('allow', allow)
  sendJson(response, 405, { error: `use ${allow}` })
}

async function handleInvoke(request: IncomingMessage, response: ServerResponse, channel: string, handlers: IpcHandlers): Promise<void> {
  if (request.method !== 'POST') {
    sendMethodNotAllowed(response, 'POST')
    return
  }
  if (!isJsonContentType(request.headers['content-type'])) {
    // Also stops "simple" cross-site form posts, which cannot set this content type.
    sendJson(response, 415, { error: 'content-type must be application/json' })
    return
  }
  let envelope: unknown
  try {
    envelope = JSON.parse(await readBody(request))
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError
    sendJson(response, tooLarge ? 413 : 400, { error: tooLarge ? error.message : 'request body is not valid JSON' })
    return
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    sendJson(response, 400, { error: 'request body must be an object {"input": …}' })
    return
  }
  const input = (envelope as { input?: unknown }).input
  const result = await dispatch(handlers, channel, input)
  if (result.ok) sendJson(response, 200, { value: result.value })
  // A refusal with the channel's own answer (IpcRefusal) keeps its 409 and carries the answer for the page.
  else sendJson(response, result.status, 'answer' in result && result.answer !== undefined ? { error: result.message, value: result.answer } : { error: result.message })
}

/**
 * The web harness: serves the built renderer and answers the page's API over HTTP with
 * the very handler table and dispatch function ipcMain uses. Loopback only.
 */
export function createHarnessServer(options: HarnessOptions): HarnessServer {
  // PORT=0 lets the OS pick a free port (tests run several harnesses at once); the guard
  // then compares against the port actually bound.
  const ownPort = (): number => (server.address() as AddressInfo | null)?.port ?? options.port
  const requestTimeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs
  const streams = new EventStreams(options.events, options.streamLimits)
  const server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs,
      // How often Node checks those timeouts; by default 30 s, too coarse for a short limit.
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs)
    },
    (request, response) => {
      response.setHeader('x-content-type-options', 'nosniff')
      response.setHeader('referrer-policy', 'no-referrer')
      response.setHeader('x-frame-options', 'DENY')
      response.setHeader('content-security-policy', contentSecurityPolicy)
      if (!isOwnRequest(request.headers, ownPort())) {
        sendJson(response, 403, { error: 'forbidden: this server only answers its own pages on 127.0.0.1' })
        return
      }
      let url: URL
      try {
        url = new URL(request.url ?? '/', `http://127.0.0.1:${ownPort()}`)
      } catch {
        sendJson(response, 400, { error: 'bad request URL' })
        return
      }
      const invokeMatch = /^\/api\/invoke\/([^/]+)$/.exec(url.pathname)
      const route = async (): Promise<void> => {
        if (invokeMatch?.[1] !== undefined) {
          let channel: string
          try {
            channel = decodeURIComponent(invokeMatch[1])
          } catch {
            sendJson(response, 400, { error: 'the channel name is not valid percent-encoding' })
            return
          }
          await handleInvoke(request, response, channel, options.handlers)
        } else if (url.pathname === '/api/events') {
          if (request.method !== 'GET') sendMethodNotAllowed(response, 'GET')
          else streams.open(response)
        } else if (url.pathname.startsWith('/api/')) {
          sendJson(response, 404, { error: `no such endpoint ${url.pathname}` })
        } else if (request.method !== 'GET' && request.method !== 'HEAD') {
          sendMethodNotAllowed(response, 'GET, HEAD')
        } else {
          const file = await readStaticFile(options.rendererDir, url.pathname)
          if (!file) {
            sendJson(response, 404, { error: `not found: ${url.pathname}` })
            return
          }
          response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-cache' })
          response.end(request.method === 'HEAD' ? undefined : file.body)
        }
      }
      route().catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 500, { error: errorMessage(error) })
        else response.end()
      })
    }
  )
  server.on('close', () => {
    streams.closeAll()
  })
  return Object.assign(server, { eventStreams: streams })
}
