import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../src/renderer/src/components/error-boundary'

let shouldThrow = true

function Fragile() {
  if (shouldThrow) throw new RangeError('Invalid time value')
  return <p>Today is fine</p>
}

afterEach(() => {
  shouldThrow = true
  vi.restoreAllMocks()
})

describe('ErrorBoundary (defect 9)', () => {
  it('shows what failed and a way back instead of a blank window; the rest keeps rendering', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <div>
        <nav>Sections</nav>
        <ErrorBoundary wayBack={<a href="#/today">Back to Today</a>}>
          <Fragile />
        </ErrorBoundary>
      </div>
    )
    expect(screen.getByRole('alert').textContent).toContain('This page ran into a problem')
    expect(screen.getByRole('alert').textContent).toContain('Invalid time value')
    expect(screen.getByRole('link', { name: 'Back to Today' }).getAttribute('href')).toBe('#/today')
    expect(screen.getByText('Sections')).toBeTruthy()
  })

  it('renders the page again on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <ErrorBoundary wayBack={<a href="#/today">Back to Today</a>}>
        <Fragile />
      </ErrorBoundary>
    )
    shouldThrow = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Today is fine')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
