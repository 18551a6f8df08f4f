import type { EnginePhase, EngineEvent } from '../../shared/engine-state'
import type { EngineSink } from './ports'

/**
 * The engine's events on their way to the sink. They are queued while a wakeup changes the state
 * and delivered at its end, so a sink may call back into the engine (the simulator answers a break
 * from inside its sink): the inner wakeup delivers what is still queued first, in order.
 */
export class EventOutbox {
  private readonly queue: EngineEvent[] = []
  private lastPhase: EnginePhase | null = null

  constructor(private readonly sink: EngineSink) {}

  push(event: EngineEvent): void {
    this.queue.push(event)
  }

  /** The phase after a wakeup: a change is a `stateChanged` event (the first phase is not a change). */
  notePhase(phase: EnginePhase, stamp: { wallMs: number; monotonicMs: number }): void {
    if (phase === this.lastPhase) return
    const first = this.lastPhase === null
    this.lastPhase = phase
    if (!first) this.push({ kind: 'stateChanged', phase, ...stamp })
  }

  deliver(): void {
    for (let event = this.queue.shift(); event; event = this.queue.shift()) this.sink(event)
  }
}
