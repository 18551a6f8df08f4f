import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import StretchesPage from '../../../../src/renderer/src/features/stretches/stretches-page'
import { englishContent } from '../../../helpers/english-content'
import type { GuidedRoutine } from '@shared/routine'
import { defaultSettings, type Settings } from '@shared/settings'
import { appInfo } from '../../helpers/app-info-fixture'
import { chinTuckItem, chinTuckPhases, timeline } from '../break/break-fixtures'

const { stretches } = englishContent

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

const chinTuckRoutine: GuidedRoutine = {
  routine: { durationSeconds: 35, seed: 1, totalSeconds: 35, items: [chinTuckItem] },
  timeline: timeline(chinTuckPhases)
}

function withWeakerSide(weakerSide: Settings['body']['weakerSide']): Settings {
  return { ...defaultSettings, body: { ...defaultSettings.body, weakerSide } }
}

beforeEach(() => {
  fake.reset()
  fake.api.settings.get.mockResolvedValue(withWeakerSide('none'))
  fake.api.app.info.mockResolvedValue(appInfo(1))
  fake.api.routine.forStretch.mockResolvedValue(chinTuckRoutine)
})

describe('StretchesPage', () => {
  it('shows a card per stretch with its drawing, areas, dose, steps and caution', () => {
    render(<StretchesPage />)
    expect(screen.getAllByRole('article')).toHaveLength(stretches.length)
    const card = screen.getByRole('article', { name: 'Neck side bend' })
    expect(within(card).getByRole('img', { name: /^Right side\. .*the right side of the neck stretches/ })).toBeTruthy()
    expect(within(card).getByRole('list', { name: 'Target areas' }).textContent).toContain('Neck')
    expect(within(card).getByText('Hold 20 s × 2, 1 set')).toBeTruthy()
    expect(within(card).getByText('One side at a time, then the other')).toBeTruthy()
    expect(within(card).getAllByRole('listitem').some((item) => item.textContent === 'Sit tall with both feet flat and your shoulders loose.')).toBe(true)
    expect(within(card).getByText(/Stop if you feel pins and needles/)).toBeTruthy()
  })

  it('filters by body area and place, and says how many are shown', async () => {
    const user = userEvent.setup()
    render(<StretchesPage />)
    const status = screen.getByRole('status')
    expect(status.textContent).toBe(`Showing all ${stretches.length} stretches.`)

    const wrists = screen.getByRole('button', { name: 'Wrists' })
    await user.click(wrists)
    expect(wrists.getAttribute('aria-pressed')).toBe('true')
    const wristCount = stretches.filter((stretch) => stretch.areas.includes('wrists')).length
    expect(screen.getAllByRole('article')).toHaveLength(wristCount)
    expect(status.textContent).toBe(`Showing ${wristCount} of ${stretches.length} stretches.`)

    await user.click(screen.getByRole('radio', { name: 'Floor' }))
    expect(screen.queryAllByRole('article')).toHaveLength(0)
    expect(status.textContent).toBe('No stretches match these filters.')

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(screen.getAllByRole('article')).toHaveLength(stretches.length)
  })

  it('filters with the keyboard alone', async () => {
    const user = userEvent.setup()
    render(<StretchesPage />)
    screen.getByRole('button', { name: 'Neck' }).focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Neck' }).getAttribute('aria-pressed')).toBe('true')
    // Arrow keys inside the group are the browser's job (covered in e2e); Space picks a focused radio.
    screen.getByRole('radio', { name: 'At the desk' }).focus()
    await user.keyboard(' ')
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'At the desk' }).checked).toBe(true)
    const shown = stretches.filter((stretch) => stretch.areas.includes('neck') && stretch.place === 'desk').length
    expect(screen.getAllByRole('article')).toHaveLength(shown)
  })

  it('starts a stretch as a guided routine in a dialog', async () => {
    const user = userEvent.setup()
    render(<StretchesPage />)
    await user.click(screen.getByRole('button', { name: 'Start Chin tuck' }))
    expect(fake.api.routine.forStretch).toHaveBeenCalledWith({ id: 'chin-tuck' })
    const dialog = await screen.findByRole('dialog', { name: 'Chin tuck' })
    expect(within(dialog).getByTestId('routine-phase').textContent).toContain('Get ready: Chin tuck')
    expect(within(dialog).getByText('Move gently, never bounce, and stop any move that hurts.')).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Pause' }))
    expect(within(dialog).getByRole('button', { name: 'Resume' })).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('explains the weaker and tighter sides and links to preferences', async () => {
    fake.api.settings.get.mockResolvedValue(withWeakerSide('left'))
    render(<StretchesPage />)
    const summary = screen.getByRole('region', { name: 'Your sides' })
    await act(async () => {
      await Promise.resolve()
    })
    expect(summary.textContent).toContain('One-sided strengthening moves start with your left side; your right side does 1–2 fewer.')
    expect(summary.textContent).toContain('One-sided stretches hold each side the same number of times.')
    expect(within(summary).getByRole('link', { name: /Preferences/ }).getAttribute('href')).toBe('#/preferences')
    expect(screen.getByRole('heading', { name: 'Everyday habits' })).toBeTruthy()
    expect(screen.getByText('Swap your bag shoulder')).toBeTruthy()
  })
})
