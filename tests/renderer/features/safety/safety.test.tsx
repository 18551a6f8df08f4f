import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FirstRunNotice } from '../../../../src/renderer/src/features/safety/first-run-notice'
import SafetyPage from '../../../../src/renderer/src/features/safety/safety-page'
import type { OnboardingState } from '@shared/app-state'
import { englishContent } from '../../../helpers/english-content'
import { applySettingsPatch, defaultSettings, settingsSchema } from '@shared/settings'
import { engineState } from '../../../helpers/engine-state-fixture'

const safetyContent = englishContent.safety

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

const notAcknowledged: OnboardingState = { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: false }

beforeEach(() => {
  fake.reset()
  fake.api.onboarding.get.mockResolvedValue(notAcknowledged)
  fake.api.onboarding.update.mockImplementation((patch) => Promise.resolve({ ok: true, value: { ...notAcknowledged, ...patch } }))
})

describe('SafetyPage', () => {
  afterEach(() => {
    window.location.hash = ''
  })

  it('shows the disclaimer, the three red-flag tiers in order, and "stop if it hurts"', () => {
    render(<SafetyPage />)
    expect(screen.getByRole('heading', { level: 1, name: 'Safety' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: safetyContent.disclaimer.title })).toBeTruthy()
    const titles = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(titles.slice(1)).toEqual(safetyContent.redFlagTiers.map((tier) => tier.title))
    for (const tier of safetyContent.redFlagTiers) {
      const region = screen.getByRole('region', { name: tier.title })
      expect(within(region).getAllByRole('listitem')).toHaveLength(tier.items.length)
      expect(within(region).getByText(tier.action)).toBeTruthy()
    }
    expect(screen.getByText(safetyContent.stopIfItHurts)).toBeTruthy()
    expect(screen.getByText(safetyContent.wellnessStatement)).toBeTruthy()
  })

  it('shows every word the disclaimer holds (content no page shows is not kept)', () => {
    const { container } = render(<SafetyPage />)
    const words = Object.values(safetyContent.disclaimer).flat()
    expect(words.length).toBeGreaterThan(2)
    for (const text of words) expect(container.textContent).toContain(text)
  })

  it.each(safetyContent.redFlagTiers.map((tier) => [tier.id, tier.title] as const))(
    'opened at #/safety?tier=%s, focuses that tier',
    async (id, title) => {
      window.location.hash = `#/safety?tier=${id}`
      render(<SafetyPage />)
      await vi.waitFor(() => {
        expect(document.activeElement?.textContent).toBe(title)
      })
    }
  )
})

describe('FirstRunNotice (the welcome)', () => {
  beforeEach(() => {
    fake.api.settings.get.mockResolvedValue(defaultSettings)
    fake.api.settings.update.mockImplementation((patch) => Promise.resolve({ ok: true as const, settings: settingsSchema.parse(applySettingsPatch(defaultSettings, patch)) }))
    fake.api.engine.state.mockResolvedValue(engineState({ nextBreakInSeconds: 49 * 60 }))
  })

  it('says what happens and when the first break comes, with one line of safety and a link to Safety', async () => {
    render(<FirstRunNotice />)
    const welcome = await screen.findByRole('region', { name: 'Welcome to Upright' })
    expect(await within(welcome).findByText('Your first break comes in about 49 minutes of screen time.')).toBeTruthy()
    expect(within(welcome).getByText(/not medical advice/)).toBeTruthy()
    expect(within(welcome).getByRole('link', { name: 'Safety and when to get help' }).getAttribute('href')).toBe('#/safety?tier=emergency')
    // One line, not the Safety page's paragraphs.
    expect(within(welcome).queryByText(safetyContent.disclaimer.paragraphs[1] ?? '')).toBeNull()
  })

  it('offers a choice of rhythm, saves it, records the acknowledgement and goes on to the checklist', async () => {
    const user = userEvent.setup()
    render(<FirstRunNotice />)
    const welcome = await screen.findByRole('region', { name: 'Welcome to Upright' })
    expect(within(welcome).getByRole<HTMLInputElement>('radio', { name: /posture cue every 20 minutes/ }).checked).toBe(true)
    await user.click(within(welcome).getByRole('radio', { name: /5-minute break every 25 minutes/ }))
    expect(within(welcome).getByText('Your first break comes in about 25 minutes of screen time.')).toBeTruthy()
    const before = Date.now()
    await user.click(within(welcome).getByRole('button', { name: 'Start, then check my desk' }))
    expect(fake.api.settings.update).toHaveBeenCalledWith({ posture: { enabled: false }, break: { enabled: true, intervalMinutes: 25, durationMinutes: 5 } })
    const patch = fake.api.onboarding.update.mock.calls[0]?.[0]
    expect(patch?.safetyAcknowledgedAtMs).toBeGreaterThanOrEqual(before)
    expect(screen.queryByRole('region', { name: 'Welcome to Upright' })).toBeNull()
    expect(window.location.hash).toBe('#/checklist')
  })

  it('stays hidden once acknowledged', async () => {
    fake.api.onboarding.get.mockResolvedValue({ ...notAcknowledged, safetyAcknowledgedAtMs: 1_700_000_000_000 })
    const { container } = render(<FirstRunNotice />)
    await vi.waitFor(() => {
      expect(fake.api.onboarding.get).toHaveBeenCalled()
    })
    await Promise.resolve()
    expect(container.textContent).toBe('')
  })

  it('keeps the welcome and says so when saving fails', async () => {
    const user = userEvent.setup()
    fake.api.onboarding.update.mockRejectedValue(new Error('onboarding:update failed (500)'))
    render(<FirstRunNotice />)
    await user.click(await screen.findByRole('button', { name: 'Start, then check my desk' }))
    expect((await screen.findByRole('alert')).textContent).toContain('onboarding:update failed (500)')
    expect(screen.getByRole('region', { name: 'Welcome to Upright' })).toBeTruthy()
  })
})
