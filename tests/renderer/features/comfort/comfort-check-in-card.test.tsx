import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ComfortCheckInCard } from '../../../../src/renderer/src/features/comfort/comfort-check-in-card'
import { day, stats } from '../stats/stats-fixtures'

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

describe('ComfortCheckInCard', () => {
  it("asks for today's stats only and shows today's answer", async () => {
    fake.api.stats.get.mockResolvedValue(stats([day('2026-03-06', { comfortAverage: 2, comfortCheckIns: 1 })], { comfortAlert: false }))
    render(<ComfortCheckInCard />)
    expect((await screen.findByRole('status')).textContent).toContain('2 out of 10')
    expect(fake.api.stats.get).toHaveBeenCalledWith({ days: 1 })
    expect(fake.api.on).toHaveBeenCalledWith('history:changed', expect.any(Function))
  })
})
