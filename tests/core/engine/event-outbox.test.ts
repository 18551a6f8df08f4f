import { describe, expect, it } from 'vitest'
import { EventOutbox } from '../../../src/core/engine/event-outbox'
import type { EngineEvent } from '../../../src/shared/engine-state'

const stamp = (monotonicMs: number): { wallMs: number; monotonicMs: number } => ({ wallMs: 1_000_000 + monotonicMs, monotonicMs })
const resumed = (monotonicMs: number): EngineEvent => ({ kind: 'resumed', ...stamp(monotonicMs) })

describe('EventOutbox', () => {
  it('holds events until delivered, then delivers them once, in order', () => {
    const seen: EngineEvent[] = []
    const outbox = new EventOutbox((event) => seen.push(event))
    outbox.push(resumed(1))
    outbox.push(resumed(2))
    expect(seen).toEqual([])
    outbox.deliver()
    outbox.deliver()
    expect(seen.map((event) => event.monotonicMs)).toEqual([1, 2])
  })

  it('lets a sink push and deliver from inside a delivery without losing or reordering events', () => {
    const seen: number[] = []
    const outbox: EventOutbox = new EventOutbox((event) => {
      seen.push(event.monotonicMs)
      if (event.monotonicMs === 1) {
        outbox.push(resumed(3))
        outbox.deliver()
      }
    })
    outbox.push(resumed(1))
    outbox.push(resumed(2))
    outbox.deliver()
    expect(seen).toEqual([1, 2, 3])
  })

  it('reports a phase change, but not the first phase nor an unchanged one', () => {
    const seen: EngineEvent[] = []
    const outbox = new EventOutbox((event) => seen.push(event))
    outbox.notePhase('active', stamp(0))
    outbox.notePhase('active', stamp(1))
    outbox.notePhase('paused', stamp(2))
    outbox.deliver()
    expect(seen).toEqual([{ kind: 'stateChanged', phase: 'paused', ...stamp(2) }])
  })
})
