import { describe, expect, it } from 'vitest'
import { OrderedFanOut } from '../../../src/app/services/ordered-fan-out'
import { createServicesFixture } from '../../helpers/app-services-fixture'

describe('OrderedFanOut', () => {
  it('gives an event published from inside a delivery to every listener only after the current one', () => {
    const fanOut = new OrderedFanOut<string>()
    const seen: string[] = []
    fanOut.subscribe((event) => {
      seen.push(`first:${event}`)
      if (event === 'break') fanOut.publish('breakEnded')
    })
    fanOut.subscribe((event) => seen.push(`second:${event}`))
    fanOut.publish('break')
    expect(seen).toEqual(['first:break', 'second:break', 'first:breakEnded', 'second:breakEnded'])
  })

  it('stops delivering to a listener that unsubscribed, and recovers after a listener throws', () => {
    const fanOut = new OrderedFanOut<number>()
    const seen: number[] = []
    const stop = fanOut.subscribe((event) => {
      if (event === 1) throw new Error('listener failed')
      seen.push(event)
    })
    expect(() => fanOut.publish(1)).toThrow('listener failed')
    fanOut.publish(2)
    stop()
    fanOut.publish(3)
    expect(seen).toEqual([2])
  })
})

describe('app services: engine events reach listeners in order', () => {
  it('a listener that answers a break does not make a later listener see its end before its start', async () => {
    const { services, clock } = await createServicesFixture()
    services.onEngineEvent((event) => {
      if (event.kind === 'break') services.engine.respondToBreak('skip')
    })
    const kinds: string[] = []
    services.onEngineEvent((event) => {
      if (event.kind === 'break' || event.kind === 'breakEnded') kinds.push(event.kind)
    })
    clock.advanceBy(50 * 60_000)
    expect(kinds).toEqual(['break', 'breakEnded'])
    expect(services.engine.getState().phase).not.toBe('break')
  })
})
