import { describe, expect, it } from 'vitest'
import {
  applyEngineEvent,
  recheckNotification,
  watchCueNotification,
  withNotification,
  type NotificationList
} from '../../../../src/renderer/src/features/notifications/harness-notifications'
import { englishContent, englishI18n } from '../../../helpers/english-content'

const { postureCueTexts } = englishContent

const stamp = { wallMs: 0, monotonicMs: 0 }
const gentleBreak = {
  kind: 'break' as const,
  ...stamp,
  postponesLeft: 2,
  canSkip: true,
  canPostpone: true,
  skipsLeft: null,
  durationSeconds: 300,
  level: 'gentle' as const,
  manual: false
}

function labels(list: NotificationList, kind: string): string[] {
  return list.find((item) => item.kind === kind)?.actions.map((action) => action.label) ?? []
}

describe('in-page notifications (the harness)', () => {
  it('shows a posture cue with Done and Dismiss, rotating its text, and drops it once answered', () => {
    const first = applyEngineEvent([], { kind: 'posture', ...stamp, silent: false, manual: false }, 0, false, { t: englishI18n.t, content: englishContent })
    expect(first[0]?.title).toBe(postureCueTexts[0]?.title)
    expect(first[0]?.body).toContain('20 seconds')
    // Exactly Electron's text: the eye instruction is not appended a second time.
    expect(first[0]?.body).toBe(postureCueTexts[0]?.body)
    expect(labels(first, 'posture')).toEqual(['Done', 'Dismiss'])
    const second = applyEngineEvent(first, { kind: 'posture', ...stamp, silent: false, manual: false }, 1, false, { t: englishI18n.t, content: englishContent })
    expect(second).toHaveLength(1)
    expect(second[0]?.title).toBe(postureCueTexts[1]?.title)
    expect(applyEngineEvent(second, { kind: 'postureResponse', ...stamp, response: 'done' }, 2, false, { t: englishI18n.t, content: englishContent })).toEqual([])
  })

  it('shows no cue while the user is busy (a silent cue), and the unanswered one before it goes', () => {
    const first = applyEngineEvent([], { kind: 'posture', ...stamp, silent: false, manual: false }, 0, false, { t: englishI18n.t, content: englishContent })
    expect(applyEngineEvent(first, { kind: 'posture', ...stamp, silent: true, manual: false }, 1, false, { t: englishI18n.t, content: englishContent })).toEqual([])
  })

  it('shows no break warning while the user is busy, and takes down one shown before', () => {
    const words = { t: englishI18n.t, content: englishContent }
    const shown = applyEngineEvent([], { kind: 'breakWarning', ...stamp, dueInSeconds: 60, silent: false }, 0, true, words)
    expect(shown.map((item) => item.kind)).toEqual(['warning'])
    expect(applyEngineEvent(shown, { kind: 'breakWarning', ...stamp, dueInSeconds: 30, silent: true }, 0, true, words)).toEqual([])
  })

  it('offers Postpone on a warning only while the break may be postponed', () => {
    const warning = { kind: 'breakWarning' as const, ...stamp, dueInSeconds: 30, silent: false }
    expect(labels(applyEngineEvent([], warning, 0, true, { t: englishI18n.t, content: englishContent }), 'warning')).toEqual(['Start now', 'Postpone'])
    expect(labels(applyEngineEvent([], warning, 0, false, { t: englishI18n.t, content: englishContent }), 'warning')).toEqual(['Start now'])
    expect(applyEngineEvent([], warning, 0, true, { t: englishI18n.t, content: englishContent })[0]?.title).toBe('Break in 30 seconds')
  })

  it('turns the warning into a gentle break with open, postpone and skip, gone when the break ends', () => {
    const warned = applyEngineEvent([], { kind: 'breakWarning', ...stamp, dueInSeconds: 30, silent: false }, 0, true, { t: englishI18n.t, content: englishContent })
    const gentle = applyEngineEvent(warned, gentleBreak, 0, true, { t: englishI18n.t, content: englishContent })
    expect(gentle.map((item) => item.kind)).toEqual(['gentle'])
    expect(labels(gentle, 'gentle')).toEqual(['Open the break', 'Postpone', 'Skip'])
    expect(labels(applyEngineEvent([], { ...gentleBreak, canSkip: false, canPostpone: false }, 0, true, { t: englishI18n.t, content: englishContent }), 'gentle')).toEqual(['Open the break'])
    expect(applyEngineEvent(gentle, { kind: 'breakEnded', ...stamp, outcome: 'skipped', plannedSeconds: 300, takenSeconds: 0, fromWarning: false, activeMinutesBefore: 50 }, 0, true, { t: englishI18n.t, content: englishContent })).toEqual([])
  })

  it('shows nothing for a normal break (it has its window) and clears its warning', () => {
    const warned = applyEngineEvent([], { kind: 'breakWarning', ...stamp, dueInSeconds: 30, silent: false }, 0, true, { t: englishI18n.t, content: englishContent })
    expect(applyEngineEvent(warned, { ...gentleBreak, level: 'normal' }, 0, true, { t: englishI18n.t, content: englishContent })).toEqual([])
  })

  it('shows the daily limit as a notice of its own that a newer one replaces, leaving the others be', () => {
    const warned = applyEngineEvent([], { kind: 'breakWarning', ...stamp, dueInSeconds: 30, silent: false }, 0, true, { t: englishI18n.t, content: englishContent })
    const limit = { kind: 'dailyLimit' as const, ...stamp, activeMinutes: 480, limitMinutes: 480, silent: false }
    const first = applyEngineEvent(warned, limit, 0, true, { t: englishI18n.t, content: englishContent })
    expect(first.map((item) => item.kind)).toEqual(['warning', 'dailyLimit'])
    expect(first[1]?.title).toBe('8 h at the computer today')
    expect(first[1]?.body).toBe('You have reached your daily limit of 8 h. Time to wrap up for today.')
    expect(labels(first, 'dailyLimit')).toEqual(['Close'])
    const again = applyEngineEvent(first, { ...limit, activeMinutes: 510 }, 0, true, { t: englishI18n.t, content: englishContent })
    expect(again.filter((item) => item.kind === 'dailyLimit').map((item) => item.body)).toEqual([
      'That is 30 min past your daily limit of 8 h. Time to wrap up for today.'
    ])
  })

  it('shows the re-check reminder with Electron\'s words and one action, Open the checklist', () => {
    const list = withNotification([], recheckNotification(englishI18n.t))
    expect(list.map((item) => [item.kind, item.title])).toEqual([['recheck', 'Time to re-check your desk']])
    expect(list[0]?.body).toMatch(/about 3 minutes/)
    expect(labels(list, 'recheck')).toEqual(['Open the checklist'])
  })

  it('shows a posture-watch cue worded for its reason and only Close, one at a time', () => {
    const first = withNotification([], watchCueNotification(englishI18n.t, 'head-forward'))
    const second = withNotification(first, watchCueNotification(englishI18n.t, 'right-shoulder-low'))
    expect(second.map((item) => [item.kind, item.title, item.body])).toEqual([
      ['watch', 'Posture watch', 'Your right shoulder sits lower. Let both shoulders drop and level them.']
    ])
    expect(labels(second, 'watch')).toEqual(['Close'])
  })
})
