import { act } from '@testing-library/react'
import { vi } from 'vitest'

/** Lets fake time run on by `seconds` (none by default) inside act, so timers, promises and renders settle. */
export async function flush(seconds = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(seconds * 1000)
  })
}
