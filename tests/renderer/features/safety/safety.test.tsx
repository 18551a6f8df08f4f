import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FirstRunNotice } from '../../../../src/renderer/src/features/safety/first-run-notice'
import SafetyPage from '../../../../src/renderer/src/features/safety/safety-page'
import type { OnboardingState } from '../../../../src/shared/app-state'
import { safetyContent } from '../../../../src/shared/content/safety'

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

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

describe('FirstRunNotice', () => {
  it('shows the notice until acknowledged, then records when', async () => {
    const user = userEvent.setup()
    render(<FirstRunNotice />)
    const notice = await screen.findByRole('region', { name: safetyContent.disclaimer.title })
    expect(within(notice).getByText(safetyContent.disclaimer.paragraphs[0] ?? '')).toBeTruthy()
    expect(within(notice).getByRole('link', { name: 'When to get help' }).getAttribute('href')).toBe('#/safety?tier=emergency')
    const before = Date.now()
    await user.click(within(notice).getByRole('button', { name: safetyContent.disclaimer.acknowledgeLabel }))
    const patch = fake.api.onboarding.update.mock.calls[0]?.[0]
    expect(patch?.safetyAcknowledgedAtMs).toBeGreaterThanOrEqual(before)
    expect(screen.queryByRole('region', { name: safetyContent.disclaimer.title })).toBeNull()
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

  it('keeps the notice and says so when saving fails', async () => {
    const user = userEvent.setup()
    fake.api.onboarding.update.mockRejectedValue(new Error('onboarding:update failed (500)'))
    render(<FirstRunNotice />)
    await user.click(await screen.findByRole('button', { name: safetyContent.disclaimer.acknowledgeLabel }))
    expect((await screen.findByRole('alert')).textContent).toContain('onboarding:update failed (500)')
    expect(screen.getByRole('region', { name: safetyContent.disclaimer.title })).toBeTruthy()
  })
})
