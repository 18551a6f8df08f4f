import { describe, expect, it } from 'vitest'
import { PresenceTracker } from '../../../src/core/engine/presence-tracker'

const SECOND_MS = 1000
const MINUTE_MS = 60 * SECOND_MS
const THRESHOLD_SECONDS = 120

/** An idle source under the test's control, counting how often it is asked. */
function idleSource(initialSeconds = 0): { idleSeconds: () => number; set: (seconds: number) => void; samples: () => number } {
  let seconds = initialSeconds
  let samples = 0
  return {
    idleSeconds: () => {
      samples += 1
      return seconds
    },
    set: (value) => {
      seconds = value
    },
    samples: () => samples
  }
}

function tracker(idle = idleSource(), locked = false): PresenceTracker {
  return new PresenceTracker(idle, THRESHOLD_SECONDS, { nowMs: 0, locked })
}

describe('PresenceTracker idle sampling', () => {
  it('samples the idle time once a wakeup, and treats a nonsense value as no idle time', () => {
    const idle = idleSource(Number.NaN)
    const presence = tracker(idle)
    presence.startWake(10 * SECOND_MS)
    expect(presence.idleSeconds()).toBe(0)
    expect(presence.idleSeconds()).toBe(0)
    expect(idle.samples()).toBe(1)
    idle.set(-5)
    presence.startWake(20 * SECOND_MS)
    expect(presence.idleSeconds()).toBe(0)
    expect(idle.samples()).toBe(2)
  })

  it('needs no sample while the threshold cannot have been reached since the last one', () => {
    const idle = idleSource(30)
    const presence = tracker(idle)
    presence.startWake(0)
    expect(presence.idleAwayAtMs(0)).toBeNull()
    expect(idle.samples()).toBe(1)
    // 30 s idle at 0 s: the threshold (120 s) cannot be reached before 90 s
    presence.startWake(89 * SECOND_MS)
    expect(presence.idleAwayAtMs(0)).toBeNull()
    expect(idle.samples()).toBe(1)
    idle.set(120)
    presence.startWake(90 * SECOND_MS)
    expect(presence.idleAwayAtMs(Number.NEGATIVE_INFINITY)).toBe(-30 * SECOND_MS)
    expect(idle.samples()).toBe(2)
  })

  it('backdates an absence to the last input, but never before the given moment', () => {
    const idle = idleSource(200)
    const presence = tracker(idle)
    presence.startWake(10 * MINUTE_MS)
    expect(presence.idleAwayAtMs(5 * MINUTE_MS)).toBe(10 * MINUTE_MS - 200 * SECOND_MS)
    presence.startWake(11 * MINUTE_MS)
    expect(presence.idleAwayAtMs(11 * MINUTE_MS - 10 * SECOND_MS)).toBe(11 * MINUTE_MS - 10 * SECOND_MS)
  })

  it('looks again once a threshold while active, sampling at once when the look is overdue', () => {
    const idle = idleSource(0)
    const presence = tracker(idle)
    presence.startWake(0)
    expect(presence.activeLookAtMs()).toBe(THRESHOLD_SECONDS * SECOND_MS)
    expect(idle.samples()).toBe(1)
    presence.startWake(60 * SECOND_MS)
    expect(presence.activeLookAtMs()).toBe(THRESHOLD_SECONDS * SECOND_MS)
    expect(idle.samples()).toBe(1)
    idle.set(50)
    presence.startWake(THRESHOLD_SECONDS * SECOND_MS)
    expect(presence.activeLookAtMs()).toBe((2 * THRESHOLD_SECONDS - 50) * SECOND_MS)
    expect(idle.samples()).toBe(2)
  })

  it('forgets its promises when the threshold changes, even within the same wakeup', () => {
    const idle = idleSource(70)
    const presence = tracker(idle)
    presence.startWake(0)
    expect(presence.idleAwayAtMs(Number.NEGATIVE_INFINITY)).toBeNull()
    presence.applyThreshold(60)
    expect(presence.idleAwayAtMs(Number.NEGATIVE_INFINITY)).toBe(-70 * SECOND_MS)
    expect(idle.samples()).toBe(2)
  })
})

describe('PresenceTracker absences', () => {
  it('finds the return at the last input after an idle absence, and now after a lock', () => {
    const idle = idleSource(0)
    const presence = tracker(idle)
    presence.leave(2 * MINUTE_MS, true, 5 * MINUTE_MS)
    idle.set(30)
    presence.startWake(10 * MINUTE_MS)
    expect(presence.findReturnMs(false)).toBe(10 * MINUTE_MS - 30 * SECOND_MS)
    expect(presence.breakCountAtAwayMs).toBe(5 * MINUTE_MS)

    presence.leave(2 * MINUTE_MS, false, 0)
    presence.startWake(10 * MINUTE_MS)
    expect(presence.findReturnMs(false)).toBe(10 * MINUTE_MS)
  })

  it('never dates a return before the absence began', () => {
    const idle = idleSource(100)
    const presence = tracker(idle)
    presence.leave(9 * MINUTE_MS, true, 0)
    presence.startWake(10 * MINUTE_MS)
    expect(presence.findReturnMs(false)).toBe(9 * MINUTE_MS)
  })

  it('keeps a user who unlocked but has not touched anything away, watched through the idle time', () => {
    const idle = idleSource(0)
    const presence = tracker(idle, true)
    presence.leave(0, false, MINUTE_MS)
    presence.startWake(5 * MINUTE_MS)
    expect(presence.findReturnMs(false)).toBeNull()
    expect(presence.awayLookAtMs(5 * MINUTE_MS, true)).toBeNull()
    presence.setLocked(false)
    idle.set(300)
    presence.startWake(5 * MINUTE_MS)
    expect(presence.findReturnMs(false)).toBeNull()
    expect(presence.isAway).toBe(true)
    // now watched by the idle time: the next look comes
    expect(presence.awayLookAtMs(10 * MINUTE_MS, true)).not.toBeNull()
  })

  it('takes a reader as back at once, whatever the idle time', () => {
    const presence = tracker(idleSource(9999))
    presence.leave(0, true, 0)
    presence.startWake(MINUTE_MS)
    expect(presence.findReturnMs(true)).toBe(MINUTE_MS)
  })

  it('looks for the return more often early in an absence, and once just before it becomes a natural break', () => {
    const presence = tracker(idleSource(0))
    presence.leave(0, true, MINUTE_MS)
    presence.startWake(2 * MINUTE_MS)
    // a sixth of two minutes: 20 s
    expect(presence.awayLookAtMs(5 * MINUTE_MS, false)).toBe(2 * MINUTE_MS + 20 * SECOND_MS)
    presence.startWake(4 * MINUTE_MS + 50 * SECOND_MS)
    expect(presence.awayLookAtMs(5 * MINUTE_MS, true)).toBe(5 * MINUTE_MS - SECOND_MS)
    expect(presence.awayLookAtMs(5 * MINUTE_MS, false)).toBeCloseTo(290_000 + 290_000 / 6)
  })

  it('holds an absence by a lock: no idle looks until it ends', () => {
    const presence = tracker(idleSource(0))
    presence.leave(0, true, 0)
    presence.setSuspended(true)
    presence.holdByLockOrSuspend()
    presence.setSuspended(false)
    presence.startWake(MINUTE_MS)
    expect(presence.awayLookAtMs(5 * MINUTE_MS, true)).toBeNull()
    expect(presence.findReturnMs(false)).toBe(MINUTE_MS)
  })

  it('starts a segment away while still locked, and present otherwise', () => {
    const presence = tracker(idleSource(0), true)
    presence.beginSegment(3 * MINUTE_MS, 7 * MINUTE_MS)
    expect(presence.awaySinceMs).toBe(3 * MINUTE_MS)
    expect(presence.breakCountAtAwayMs).toBe(7 * MINUTE_MS)
    presence.setLocked(false)
    presence.beginSegment(4 * MINUTE_MS, 0)
    expect(presence.isAway).toBe(false)
    presence.leave(5 * MINUTE_MS, true, 0)
    presence.endSegment()
    expect(presence.isAway).toBe(false)
    expect(presence.endAbsence()).toBeNull()
  })

  it('ends an absence once, telling when it began', () => {
    const presence = tracker(idleSource(0))
    presence.leave(42, false, 0)
    expect(presence.endAbsence()).toBe(42)
    expect(presence.endAbsence()).toBeNull()
  })
})
