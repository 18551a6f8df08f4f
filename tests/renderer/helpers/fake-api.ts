import { type Mock, vi } from 'vitest'
import type { UprightApi } from '@shared/ipc/api'
import { type EventChannel, invokeChannels } from '@shared/ipc/channels'
import type { EventPayload } from '@shared/ipc/contract'

type Domain = Exclude<keyof UprightApi, 'on'>
type Method<D extends Domain, V extends keyof UprightApi[D]> = UprightApi[D][V] extends (...args: never[]) => unknown
  ? UprightApi[D][V]
  : never

/** `window.upright` with every method a vi.fn mock of that method's own signature. */
export type FakeApi = { [D in Domain]: { [V in keyof UprightApi[D]]: Mock<Method<D, V>> } } & {
  on: Mock<UprightApi['on']>
}

/** Implementations for the methods a test's page uses; the rest never answer. */
export type FakeApiOverrides = { [D in Domain]?: { [V in keyof UprightApi[D]]?: Method<D, V> } }

export interface FakeApiHandle {
  api: FakeApi
  /** Pushes an event to the page's listeners, as main would. */
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void
  /** Drops listeners, calls and per-test mock implementations; each method gets its override back. */
  reset(): void
}

/** A method a test gave no answer for stays pending: the page waits, as it would for a slow main. */
const pending = (): Promise<never> => new Promise<never>(() => undefined)

/** An implementation that answers at once with `value`. */
export function resolves<T>(value: T): () => Promise<T> {
  return () => Promise.resolve(value)
}

type Listener = (payload: EventPayload<EventChannel>) => void

/**
 * A fake of the renderer's `api` (src/renderer/src/lib/api.ts), built from the same channel
 * list as the real one so it has every method and only those. Pages under test get it through
 * `vi.mock('…/lib/api', () => ({ api: fake.api }))`.
 */
export function createFakeApi(overrides: FakeApiOverrides = {}): FakeApiHandle {
  const listeners = new Map<EventChannel, Set<Listener>>()
  const mocks: Mock[] = []
  const groups: Record<string, Record<string, Mock>> = {}
  // Looked up by name, as buildApi does: the mapped types above are the contract.
  const implementations = overrides as Record<string, Record<string, (...args: never[]) => unknown> | undefined>
  for (const channel of invokeChannels) {
    const [domain = '', verb = ''] = channel.split(':')
    const mock = vi.fn(implementations[domain]?.[verb] ?? pending)
    mocks.push(mock)
    ;(groups[domain] ??= {})[verb] = mock
  }
  const on = vi.fn<UprightApi['on']>((event, listener) => {
    // Kept per event and called by emit only with that event's payload, so the widening is safe.
    const stored = listener as Listener
    const set = listeners.get(event) ?? new Set<Listener>()
    set.add(stored)
    listeners.set(event, set)
    return () => {
      set.delete(stored)
    }
  })
  return {
    api: { ...groups, on } as unknown as FakeApi,
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    reset() {
      listeners.clear()
      for (const mock of [...mocks, on]) mock.mockReset()
    }
  }
}
