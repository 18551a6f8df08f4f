import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BreakApp } from '../../../../src/renderer/src/features/break/break-app'
import { englishContent } from '../../../helpers/english-content'
import { ShellContext } from '../../../../src/renderer/src/lib/shell'
import { flush } from '../../helpers/flush'
import { useBreakWindowFakes } from './fake-break-api'

const { postureCard } = englishContent

const fake = await vi.hoisted(async () => (await import('./fake-break-api')).createFakeBreakApi())

vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))
vi.mock('../../../../src/renderer/src/features/break/return-to-main', () => ({ returnDelayMs: 2000, returnToMain: fake.returnToMain }))

useBreakWindowFakes(fake)

beforeEach(() => {
  window.location.hash = '#/posture'
})

afterEach(() => {
  window.location.hash = ''
})

describe('posture card (break.html#/posture)', () => {
  it('shows the five posture points and the eye cue, without loading a break routine', async () => {
    render(<BreakApp />)
    await flush()
    expect(screen.getByRole('heading', { level: 1, name: postureCard.title })).toBeTruthy()
    expect(screen.getAllByRole('listitem')).toHaveLength(5)
    expect(screen.getByRole('heading', { name: 'Rest your eyes' })).toBeTruthy()
    expect(fake.api.routine.forBreak).not.toHaveBeenCalled()
  })

  it('Done records the check, then returns to the main page', async () => {
    render(<BreakApp />)
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))
    await flush()
    expect(fake.api.posture.respond).toHaveBeenCalledWith({ response: 'done' })
    expect(screen.getByRole('status').textContent).toBe('Nice — posture checked.')
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull()
    await flush(2)
    expect(fake.returnToMain).toHaveBeenCalledTimes(1)
  })

  it('in Electron, Done leaves the window to main (which closes it) instead of navigating', async () => {
    render(
      <ShellContext.Provider value="electron">
        <BreakApp />
      </ShellContext.Provider>
    )
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))
    await flush()
    expect(fake.api.posture.respond).toHaveBeenCalledWith({ response: 'done' })
    expect(screen.getByRole('status').textContent).toBe('Nice — posture checked.')
    await flush(2)
    expect(fake.returnToMain).not.toHaveBeenCalled()
  })

  it('Not now and Esc both answer "ignore"', async () => {
    const first = render(<BreakApp />)
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }))
    await flush()
    expect(fake.api.posture.respond).toHaveBeenLastCalledWith({ response: 'ignore' })
    first.unmount()

    render(<BreakApp />)
    fireEvent.keyDown(window, { key: 'Escape' })
    await flush()
    expect(fake.api.posture.respond).toHaveBeenCalledTimes(2)
    expect(fake.api.posture.respond).toHaveBeenLastCalledWith({ response: 'ignore' })
  })
})
