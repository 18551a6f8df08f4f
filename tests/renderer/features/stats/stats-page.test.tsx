import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HistoryExportResult } from '@shared/history-export'
import { defaultSettings } from '@shared/settings'
import type { StatsResult } from '@shared/stats'
import StatsPage from '../../../../src/renderer/src/features/stats/stats-page'
import { day, dayKeys, stats } from './stats-fixtures'

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())

vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

function week(): StatsResult {
  const keys = dayKeys(7)
  return stats(
    keys.map((key, index) =>
      index === 6
        ? day(key, {
            breaksCompleted: 3,
            breaksSkipped: 1,
            breaksPostponed: 2,
            breaksMissed: 1,
            naturalBreaks: 1,
            postureDone: 7,
            postureIgnored: 2,
            postureUnanswered: 3,
            activeMinutes: 200,
            longestStretchMinutes: 75.4
          })
        : index === 4
          ? day(key, { breaksCompleted: 5, activeMinutes: 300 })
          : day(key)
    ),
    { streakDays: 2 }
  )
}

function emptyWeek(): StatsResult {
  return stats(dayKeys(7).map((key) => day(key)))
}

beforeEach(() => {
  fake.reset()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('StatsPage', () => {
  it('shows today at a glance with the numbers from stats', async () => {
    fake.api.stats.get.mockResolvedValue(week())
    render(<StatsPage />)
    const glance = await screen.findByRole('region', { name: 'Today at a glance' })
    const tile = (label: string): string => within(glance).getByText(label).closest('div')?.textContent ?? ''
    expect(tile('Active time')).toContain('3 h 20 min')
    // due: 3 completed + 1 skipped + 1 missed
    expect(tile('Breaks completed')).toContain('3 of 5')
    expect(tile('Breaks completed')).toContain('1 missed')
    expect(tile('Breaks completed')).toContain('2 postpones')
    expect(tile('Natural breaks')).toContain('1')
    expect(tile('Posture cues')).toContain('7 done')
    expect(tile('Posture cues')).toContain('2 dismissed, 3 unanswered')
    expect(tile('Longest stretch without a break')).toContain('1 h 15 min')
    expect(tile('Streak')).toContain('2 days')
    expect(fake.api.stats.get).toHaveBeenCalledWith({ days: 7 })
  })

  it('draws one block per break, coloured by outcome, postpones as a count, and a table with the same numbers', async () => {
    fake.api.stats.get.mockResolvedValue(week())
    const { container } = render(<StatsPage />)
    await screen.findByRole('img', { name: /Breaks per day over the last 7 days/ })
    const days = container.querySelectorAll('.chart-day')
    expect(days).toHaveLength(7)
    const today = container.querySelector('[data-day="2026-03-06"]')
    const groups = [...(today?.querySelectorAll<SVGGElement>('g[data-kind]') ?? [])]
    expect(groups.map((group) => [group.dataset['kind'], group.dataset['count'], group.querySelectorAll('rect').length])).toEqual([
      ['completed', '3', 3],
      ['natural', '1', 1],
      ['skipped', '1', 1],
      ['missed', '1', 1]
    ])
    // Postpones are not breaks: a number on the bar, not a segment.
    expect(today?.querySelector<SVGTextElement>('[data-postpones]')?.dataset['postpones']).toBe('2')
    // Busiest day has 6 breaks → axis top 6; 5 completed on 4 March, each block 1/6 of the 202-unit plot.
    expect(container.querySelector('svg')?.dataset['yMax']).toBe('6')
    const fourth = container.querySelectorAll('[data-day="2026-03-04"] rect')
    expect(fourth).toHaveLength(5)
    expect(Number(fourth[0]?.getAttribute('height'))).toBeCloseTo((1 / 6) * 202)
    expect(screen.getByText('Share of breaks taken (right scale)')).toBeTruthy()
    expect(screen.getByText('Today')).toBeTruthy()

    const table = screen.getByRole('table', { name: 'Breaks per day over the last 7 days' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(8)
    // Newest first: today's row.
    // completed, natural, skipped, missed, postponed, share taken: (3 + 1) / (3 + 1 + 1 + 1)
    expect(rows[1]?.textContent).toMatch(/3\s*1\s*1\s*1\s*2\s*67 %/)
    expect(within(table).getAllByText('no breaks')).toHaveLength(5)
  })

  it('shows the table instead of the chart on request', async () => {
    fake.api.stats.get.mockResolvedValue(week())
    const { container } = render(<StatsPage />)
    const toggle = await screen.findByRole('button', { name: 'Show as table' })
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(container.querySelector('.chart-figure')?.hasAttribute('hidden')).toBe(false)
    await userEvent.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(container.querySelector('.chart-figure')?.hasAttribute('hidden')).toBe(true)
    expect(screen.getByRole('table').closest('.visually-hidden')).toBeNull()
  })

  it('explains what will appear when nothing is recorded yet', async () => {
    fake.api.stats.get.mockResolvedValue(emptyWeek())
    render(<StatsPage />)
    expect(await screen.findByRole('heading', { name: 'Nothing recorded in the last 7 days yet' })).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Today at a glance' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Export history as CSV' })).toBeTruthy()
  })

  describe('daily limit in the period summary', () => {
    const withLimit = (enabled: boolean) => ({ ...defaultSettings, dailyLimit: { ...defaultSettings.dailyLimit, enabled } })
    const reachedOn = (reachedDays: readonly number[]): StatsResult =>
      stats(dayKeys(7).map((key, index) => day(key, { breaksCompleted: 2, activeMinutes: 500, dailyLimitDays: reachedDays.includes(index) ? 1 : 0 })))
    const summaryText = async (): Promise<string> => {
      await screen.findByRole('heading', { name: 'Last 7 days' })
      return document.querySelector('.period-summary')?.textContent ?? ''
    }

    it('tells on how many days of the period the limit was reached', async () => {
      fake.api.settings.get.mockResolvedValue(withLimit(true))
      fake.api.stats.get.mockResolvedValue(reachedOn([2, 6]))
      render(<StatsPage />)
      await waitFor(async () => {
        expect(await summaryText()).toContain('Daily limit reached on 2 days.')
      })
    })

    it('says the limit was not reached when it is on and no reminder was recorded', async () => {
      fake.api.settings.get.mockResolvedValue(withLimit(true))
      fake.api.stats.get.mockResolvedValue(reachedOn([]))
      render(<StatsPage />)
      await waitFor(async () => {
        expect(await summaryText()).toContain('Daily limit not reached.')
      })
    })

    it('still tells recorded reminders after the limit was turned off', async () => {
      fake.api.settings.get.mockResolvedValue(withLimit(false))
      fake.api.stats.get.mockResolvedValue(reachedOn([3]))
      render(<StatsPage />)
      expect(await summaryText()).toContain('Daily limit reached on 1 day.')
    })

    it('says nothing about it when the limit is off and nothing was recorded', async () => {
      fake.api.settings.get.mockResolvedValue(withLimit(false))
      fake.api.stats.get.mockResolvedValue(reachedOn([]))
      render(<StatsPage />)
      await waitFor(() => {
        expect(fake.api.settings.get).toHaveBeenCalled()
      })
      await act(async () => {
        await Promise.resolve()
      })
      const text = await summaryText()
      expect(text).toContain('Active time')
      expect(text).not.toMatch(/daily limit/i)
    })
  })

  it('asks for 30 days when the period changes', async () => {
    fake.api.stats.get.mockImplementation((query) => Promise.resolve(stats(dayKeys(query.days).map((key) => day(key, { breaksCompleted: 1 })))))
    render(<StatsPage />)
    await screen.findByRole('heading', { name: 'Last 7 days' })
    await userEvent.click(screen.getByRole('radio', { name: 'Last 30 days' }))
    expect(await screen.findByRole('heading', { name: 'Last 30 days' })).toBeTruthy()
    expect(fake.api.stats.get).toHaveBeenLastCalledWith({ days: 30 })
  })

  it('reports a failed period switch instead of passing off the old period as the new one', async () => {
    fake.api.stats.get.mockResolvedValueOnce(week()).mockRejectedValueOnce(new Error('stats:get failed (500)'))
    render(<StatsPage />)
    await screen.findByRole('heading', { name: 'Last 7 days' })
    await userEvent.click(screen.getByRole('radio', { name: 'Last 30 days' }))
    expect((await screen.findByRole('alert')).textContent).toContain('stats:get failed (500)')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy()
  })

  it('fetches again when history changes', async () => {
    fake.api.stats.get.mockResolvedValueOnce(emptyWeek()).mockResolvedValue(week())
    render(<StatsPage />)
    await screen.findByRole('heading', { name: 'Nothing recorded in the last 7 days yet' })
    act(() => {
      fake.emit('history:changed', { kind: 'break' })
    })
    expect(await screen.findByRole('region', { name: 'Today at a glance' })).toBeTruthy()
    expect(fake.api.stats.get).toHaveBeenCalledTimes(2)
  })

  it('says so, with a way to retry, when stats cannot be loaded', async () => {
    fake.api.stats.get.mockRejectedValueOnce(new Error('stats:get failed (500)')).mockResolvedValue(week())
    render(<StatsPage />)
    expect((await screen.findByRole('alert')).textContent).toContain('stats:get failed (500)')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('region', { name: 'Today at a glance' })).toBeTruthy()
  })
})

describe('CSV export', () => {
  it('downloads the CSV the web harness returns through a link', async () => {
    fake.api.stats.get.mockResolvedValue(week())
    fake.api.history.export.mockResolvedValue({ status: 'download', fileName: 'upright-history.csv', csv: 'local_time,epoch_ms\r\n' })
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:upright-test')
    const revokeObjectURL = vi.fn()
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }))
    const clicked: { download: string; href: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href })
    })

    render(<StatsPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Export history as CSV' }))

    expect(await screen.findByText('Downloaded upright-history.csv.')).toBeTruthy()
    expect(clicked).toEqual([{ download: 'upright-history.csv', href: 'blob:upright-test' }])
    const blob = createObjectURL.mock.calls[0]?.[0]
    expect(await blob?.text()).toBe('local_time,epoch_ms\r\n')
    await waitFor(() => {
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:upright-test')
    })
  })

  it.each<[HistoryExportResult, string]>([
    [{ status: 'saved', path: '/home/ana/upright.csv' }, 'Saved to /home/ana/upright.csv.'],
    [{ status: 'cancelled' }, 'Export cancelled; nothing was saved.']
  ])('shows the desktop outcome %o', async (result, message) => {
    fake.api.stats.get.mockResolvedValue(week())
    fake.api.history.export.mockResolvedValue(result)
    render(<StatsPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Export history as CSV' }))
    expect(await screen.findByText(message)).toBeTruthy()
  })
})
