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

describe('useApiResource when its deps change', () => {
  it('shows nothing of the previous deps while the new ones load (no stale routine, no old language)', async () => {
    const loads = new Map([
      ['neck', deferred<string>()],
      ['wrist', deferred<string>()]
    ])
    const { result, rerender } = renderHook(({ id }: { id: string }) => useApiResource(() => loads.get(id)?.promise ?? Promise.reject(new Error(id)), { deps: [id] }), {
      initialProps: { id: 'neck' }
    })
    await act(async () => {
      loads.get('neck')?.resolve('neck routine')
      await loads.get('neck')?.promise
    })
    expect(result.current.value).toBe('neck routine')
    rerender({ id: 'wrist' })
    expect(result.current.value).toBeNull()
    expect(result.current.error).toBeNull()
    await act(async () => {
      loads.get('wrist')?.resolve('wrist routine')
      await loads.get('wrist')?.promise
    })
    expect(result.current.value).toBe('wrist routine')
  })

  it('forgets a failure of the previous deps too', async () => {
    const { result, rerender } = renderHook(({ id }: { id: string }) => useApiResource(() => (id === 'bad' ? Promise.reject(new Error('no such stretch')) : new Promise<string>(() => undefined)), { deps: [id] }), {
      initialProps: { id: 'bad' }
    })
    await waitFor(() => expect(result.current.error).toBe('no such stretch'))
    rerender({ id: 'good' })
    expect(result.current.error).toBeNull()
  })
})
