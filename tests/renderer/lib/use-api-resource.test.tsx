import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useApiResource } from '../../../src/renderer/src/lib/use-api-resource'

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve: (value: T) => void = () => undefined
  let reject: (reason: unknown) => void = () => undefined
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useApiResource', () => {
  it('shows the loaded value, then every pushed one', async () => {
    let push: (value: number) => void = () => undefined
    const { result } = renderHook(() =>
      useApiResource(() => Promise.resolve(1), {
        live: (onValue) => {
          push = onValue
          return () => undefined
        }
      })
    )
    await waitFor(() => expect(result.current.value).toBe(1))
    act(() => push(2))
    expect(result.current.value).toBe(2)
  })

  it('drops a slow load that answers after a push: the push is newer', async () => {
    const load = deferred<string>()
    let push: (value: string) => void = () => undefined
    const { result } = renderHook(() =>
      useApiResource(() => load.promise, {
        live: (onValue) => {
          push = onValue
          return () => undefined
        }
      })
    )
    act(() => push('changed in another window'))
    await act(async () => {
      load.resolve('stale')
      await load.promise
    })
    expect(result.current.value).toBe('changed in another window')
  })

  it('drops a slow load that answers after a local change', async () => {
    const load = deferred<string>()
    const { result } = renderHook(() => useApiResource(() => load.promise))
    act(() => result.current.set('chosen by the user'))
    await act(async () => {
      load.resolve('stale')
      await load.promise
    })
    expect(result.current.value).toBe('chosen by the user')
  })

  it('reports a failed load as one line and keeps the value null', async () => {
    const { result } = renderHook(() => useApiResource(() => Promise.reject(new Error('settings:get failed: disk'))))
    await waitFor(() => expect(result.current.error).toBe('settings:get failed: disk'))
    expect(result.current.value).toBeNull()
  })

  it('unsubscribes on unmount and loads again when its deps change', async () => {
    let unsubscribed = 0
    const loads: string[] = []
    const { result, rerender, unmount } = renderHook(
      ({ id }: { id: string }) =>
        useApiResource(
          () => {
            loads.push(id)
            return Promise.resolve(`routine for ${id}`)
          },
          {
            deps: [id],
            live: () => () => {
              unsubscribed += 1
            }
          }
        ),
      { initialProps: { id: 'neck' } }
    )
    await waitFor(() => expect(result.current.value).toBe('routine for neck'))
    rerender({ id: 'neck' })
    rerender({ id: 'wrist' })
    await waitFor(() => expect(result.current.value).toBe('routine for wrist'))
    expect(loads).toEqual(['neck', 'wrist'])
    unmount()
    expect(unsubscribed).toBe(2)
  })
})
