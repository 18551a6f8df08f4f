import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ScheduleTimeline } from '../../../../src/renderer/src/features/preferences/schedule-timeline'
import { previewFixture } from './fake-settings-api'

describe('ScheduleTimeline', () => {
  it('marks cues, warnings and breaks along the next hours, with a list saying the same', () => {
    const { container } = render(<ScheduleTimeline preview={previewFixture} breakMinutes={5} />)
    expect(container.querySelectorAll('[data-kind="posture"]')).toHaveLength(2)
    expect(container.querySelectorAll('[data-kind="breakWarning"]')).toHaveLength(1)
    const breakMark = container.querySelector('[data-kind="break"]')
    // Drawn 600 px wide (jsdom cannot measure), 6 px in from each end: 588 px for 240 minutes.
    // The break starts at minute 50 and lasts 5.
    expect(Number(breakMark?.getAttribute('x'))).toBeCloseTo(6 + (50 / 240) * 588)
    expect(Number(breakMark?.getAttribute('width'))).toBeCloseTo((5 / 240) * 588)
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')

    expect(screen.getByText(/Next 4 hours if you stay at the computer: 1 break, 2 posture cues/)).toBeTruthy()
    const list = container.querySelector('.timeline-list')
    expect([...(list?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.replace(/^.*?: /, ''))).toEqual([
      'Posture cue',
      'Posture cue',
      'Break warning',
      'Break (5 minutes)'
    ])
  })

  it('says when nothing is due', () => {
    render(<ScheduleTimeline preview={{ ...previewFixture, timeline: [] }} breakMinutes={5} />)
    expect(screen.getByText(/^Nothing is due in the next 4 hours/)).toBeTruthy()
    expect(document.querySelector('svg')).toBeNull()
  })
})
