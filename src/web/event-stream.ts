import type { ServerResponse } from 'node:http'
import { isEventChannel } from '../shared/ipc/channels'
import type { EventHub } from '../app/services/event-hub'

export interface EventStreamLimits {
  /** Open streams at most; one more is refused with 503 (a tab opens one, a few tabs a few). */
  maxClients: number
  /** Bytes queued for one client that stopped reading; past this it is dropped, not buffered. */
  maxBufferedBytes: number
}

export const defaultEventStreamLimits: EventStreamLimits = { maxClients: 32, maxBufferedBytes: 1024 * 1024 }

/**
 * Server-sent events for the harness's pages, with backpressure: a client that stops reading
 * is cut off once its queue passes the limit (its page reconnects and refetches), so memory
 * stays bounded however many stalled clients there are.
 */
export class EventStreams {
  private readonly clients = new Set<ServerResponse>()

  constructor(
    private readonly events: EventHub,
    private readonly limits: EventStreamLimits = defaultEventStreamLimits
  ) {}

  get size(): number {
    return this.clients.size
  }

  /** Returns false (having answered 503) when the cap is reached. */
  open(response: ServerResponse): boolean {
    if (this.clients.size >= this.limits.maxClients) {
      response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' })
      response.end(JSON.stringify({ error: `too many event streams (at most ${this.limits.maxClients})` }))
      return false
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive'
    })
    response.write(': connected\n\n')
    this.clients.add(response)
    const unsubscribe = this.events.subscribe((event, payload) => {
      if (!isEventChannel(event) || response.destroyed) return
      response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
      if (response.writableLength > this.limits.maxBufferedBytes) response.destroy()
    })
    response.on('close', () => {
      unsubscribe()
      this.clients.delete(response)
    })
    return true
  }

  closeAll(): void {
    for (const client of this.clients) client.destroy()
  }
}
