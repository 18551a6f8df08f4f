import type { EventChannel } from '../../shared/ipc/channels'
import type { EventPayload } from '../../shared/ipc/contract'

export type HubListener = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void

/** Fans main → renderer pushes out to whoever shows them: Electron windows or harness SSE clients. */
export class EventHub {
  private readonly listeners = new Set<HubListener>()

  /** A listener that throws (a tray redraw, a closed stream) must not starve the ones after it. */
  constructor(private readonly onListenerError: (error: unknown) => void = (error) => console.error('Upright: an event listener failed', error)) {}

  publish<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event, payload)
      } catch (error) {
        this.onListenerError(error)
      }
    }
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** How many are listening (the soak benchmark checks it stays flat). */
  get listenerCount(): number {
    return this.listeners.size
  }
}
