import { afterEach, describe, expect, it } from 'vitest'
import { setupChecklistReminder } from '../../../src/main/electron/checklist-reminder'
import type { Schedule } from '../../../src/main/electron/schedule'
import { Notification, resetElectronFakes } from '../fakes/electron'
import { englishI18n } from '../../helpers/english-content'

const dayMs = 24 * 60 * 60 * 1000

/** A manual clock for the reminder: timers run only when the test moves time on. */
function manualTime(startMs: number) {
  let nowMs = startMs
  let timers: { atMs: number; callback: () => void }[] = []
  const schedule: Schedule = (delayMs, callback) => {
    const timer = { atMs: nowMs + delayMs, callback }
    timers.push(timer)
    return () => {
      timers = timers.filter((pending) => pending !== timer)
    }
  }
  return {
    schedule,
    now: () => nowMs,
    pending: () => timers.length,
    advanceTo(targetMs: number): void {
      for (;;) {
        const due = timers.filter((timer) => timer.atMs <= targetMs).sort((a, b) => a.atMs - b.atMs)[0]
        if (!due) break
        timers = timers.filter((timer) => timer !== due)
        nowMs = due.atMs
        due.callback()
      }
      nowMs = targetMs
    }
  }
}

afterEach(() => {
  resetElectronFakes()
  Notification.instances.length = 0
})

describe('setupChecklistReminder', () => {
  it('notifies when the re-check falls due, opens the checklist on click, and repeats daily until done', () => {
    const time = manualTime(0)
    let dueAtMs: number | null = 28 * dayMs
    let changed = (): void => undefined
    const opened: string[] = []
    setupChecklistReminder({
      i18n: englishI18n,
      dueAtMs: () => dueAtMs,
      nowMs: time.now,
      onDueChange: (listener) => {
        changed = listener
        return () => undefined
      },
      openChecklist: () => opened.push('checklist'),
      schedule: time.schedule
    })
    expect(time.pending()).toBe(1) // one timer, set for the due moment
    time.advanceTo(28 * dayMs - 1)
    expect(Notification.instances).toHaveLength(0)
    time.advanceTo(28 * dayMs)
    expect(Notification.instances.map((notification) => notification.title)).toEqual(['Time to re-check your desk'])
    Notification.instances[0]?.click()
    expect(opened).toEqual(['checklist'])
    time.advanceTo(29 * dayMs)
    expect(Notification.instances).toHaveLength(2)

    // The user finishes a pass: the next reminder moves four weeks on.
    dueAtMs = 29 * dayMs + 28 * dayMs
    changed()
    expect(time.pending()).toBe(1)
    time.advanceTo(40 * dayMs)
    expect(Notification.instances).toHaveLength(2)
  })

  it('sets no timer before the first pass', () => {
    const time = manualTime(0)
    setupChecklistReminder({
      i18n: englishI18n,
      dueAtMs: () => null,
      nowMs: time.now,
      onDueChange: () => () => undefined,
      openChecklist: () => undefined,
      schedule: time.schedule
    })
    expect(time.pending()).toBe(0)
  })
})
