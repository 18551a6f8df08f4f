import type { EventChannel } from '../../shared/ipc/channels'
import type { EventPayload } from '../../shared/ipc/contract'

export type HubListener = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void

/** Fans main → renderer pushes out to whoever shows them: Electron windows or harness SSE clients. */
export class EventHub {
  private readonly listeners = new Set<HubListener>()

  publish<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload)
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}
