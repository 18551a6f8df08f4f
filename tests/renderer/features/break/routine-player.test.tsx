import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RoutinePlayer } from '../../../../src/renderer/src/features/break/routine-player'
import { flush } from '../../helpers/flush'
import { twoMoveRoutine } from './break-fixtures'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

function phaseLabel(): string {
  return screen.getByTestId('routine-phase').querySelector('.routine-phase-label')?.textContent ?? ''
}

function countdown(): string {
  return screen.getByTestId('routine-phase').querySelector('.routine-phase-seconds')?.textContent ?? ''
}

describe('RoutinePlayer', () => {
  it('plays the timeline one phase at a time and calls onFinished once at the end', async () => {
    const onFinished = vi.fn()
    render(<RoutinePlayer guided={twoMoveRoutine} timeScale={1} headingId="h" onFinished={onFinished} />)

    expect(phaseLabel()).toBe('Get ready: Neck side bend, left side first')
    expect(countdown()).toBe('5')
    expect(screen.getByRole('heading', { name: 'Neck side bend' })).toBeTruthy()
    expect(screen.getByText('Exercise 1 of 2')).toBeTruthy()
    expect(screen.getByRole('img', { name: /^Left side\. .*tips toward the left shoulder/ })).toBeTruthy()

    await flush(2)
    expect(countdown()).toBe('3')

    await flush(3)
    expect(phaseLabel()).toBe('Left side: Hold')
    expect(countdown()).toBe('20')
    // The side is named by what happens on it, and the drawing shows that side.
    expect(screen.getByTestId('routine-side').textContent).toBe('Left side (your left neck muscles stretch)')
    expect(screen.getByRole('img').getAttribute('data-side')).toBe('left')

    await flush(20)
    expect(phaseLabel()).toBe('Now the right side')
    expect(screen.getByTestId('routine-side').textContent).toBe('Right side (your right neck muscles stretch)')
    expect(screen.getByRole('img').getAttribute('data-side')).toBe('right')

    await flush(24)
    expect(phaseLabel()).toBe('Get ready: Chin tuck')
    expect(screen.queryByTestId('routine-side')).toBeNull()
    expect(screen.getByRole('heading', { name: 'Chin tuck' })).toBeTruthy()
    expect(screen.getByText('Exercise 2 of 2')).toBeTruthy()
    expect(onFinished).not.toHaveBeenCalled()

    await flush(35)
    expect(onFinished).toHaveBeenCalledTimes(1)
    await flush(30)
    expect(onFinished).toHaveBeenCalledTimes(1)
  })

  it('shows the overall time left and a progress bar', async () => {
    render(<RoutinePlayer guided={twoMoveRoutine} timeScale={1} headingId="h" onFinished={vi.fn()} />)
    const bar = screen.getByRole('progressbar', { name: 'Routine progress' })
    expect(bar.getAttribute('aria-valuetext')).toBe('1:24 left')
    await flush(42)
    expect(bar.getAttribute('aria-valuenow')).toBe('50')
    expect(bar.getAttribute('aria-valuetext')).toBe('0:42 left')
  })

  it('announces phase changes in a polite live region, not every second', async () => {
    const { container } = render(<RoutinePlayer guided={twoMoveRoutine} timeScale={1} headingId="h" onFinished={vi.fn()} />)
    const live = container.querySelector('[aria-live="polite"]')
    expect(live?.textContent).toBe('Get ready: Neck side bend, left side first')
    await flush(3)
    expect(live?.textContent).toBe('Get ready: Neck side bend, left side first')
    await flush(2)
    expect(live?.textContent).toBe('Neck side bend. Left side: Hold, 20 seconds.')
    await flush(20)
    expect(live?.textContent).toBe('Now the right side.')
    expect(live?.textContent).not.toMatch(/\d+ seconds left/)
  })

  it('counts engine seconds: at time scale 60 the 84 s routine ends in under 2 real seconds', async () => {
    const onFinished = vi.fn()
    render(<RoutinePlayer guided={twoMoveRoutine} timeScale={60} headingId="h" onFinished={onFinished} />)
    await flush(0.5)
    expect(phaseLabel()).toBe('Right side: Hold')
    await flush(1)
    expect(onFinished).toHaveBeenCalledTimes(1)
  })

  it('stands still while paused and carries on from the same moment', async () => {
    const onFinished = vi.fn()
    const { rerender } = render(<RoutinePlayer guided={twoMoveRoutine} timeScale={1} headingId="h" onFinished={onFinished} />)
    await flush(10)
    expect(countdown()).toBe('15')
    rerender(<RoutinePlayer guided={twoMoveRoutine} timeScale={1} paused headingId="h" onFinished={onFinished} />)
    await flush(60)
    expect(countdown()).toBe('15')
    rerender(<RoutinePlayer guided={twoMoveRoutine} timeScale={1} headingId="h" onFinished={onFinished} />)
    await flush(5)
    expect(countdown()).toBe('10')
  })
})
