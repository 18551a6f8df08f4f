import type { EyeCueData, HabitTipData } from './schema'

/** The five-point check shown with every posture cue and on the Today page (words: posture.card). */
export const postureCardPointIds = ['sit-back', 'shoulders-down', 'screen-eye-level', 'feet-flat', 'weight-even'] as const

/**
 * Notification variants for the posture cue, a 20-second micro-pause for body and eyes (DESIGN
 * §5: sit back, shoulders down, look about 6 m away for 20 s; AAO 20-20-20). The engine rotates
 * through them so they stay noticeable; every one names the look into the distance.
 */
export const postureCueIds = ['full-check', 'sit-back', 'even-out', 'head-over-shoulders', 'soft-shoulders'] as const

/**
 * The 20-20-20 rule (AAO); Cal/OSHA adds closing the eyes for a few seconds now and then. How
 * often it comes is the posture cue's interval (settings.posture.intervalMinutes, 20 by default),
 * so the content holds no interval of its own.
 */
export const eyeCue: EyeCueData = {
  lookFeet: 20,
  lookMeters: 6,
  lookSeconds: 20,
  sources: ['AAO', 'AAO-PR', 'CalOSHA-26']
}

/** Daily habits that stop one side doing all the work. */
export const habitTips: readonly HabitTipData[] = [
  {
    id: 'stand-on-both-feet',
    areas: ['hips', 'lower-back'],
    sources: ['NHS-Posture', 'CCOHS-SP']
  },
  {
    id: 'swap-bag-shoulder',
    areas: ['shoulders', 'upper-back'],
    sources: ['Seed-Uneven']
  },
  {
    id: 'sit-squared-up',
    areas: ['hips', 'lower-back'],
    sources: ['CCOHS-SP', 'NHS-Posture']
  },
  {
    id: 'switch-mouse-hand',
    areas: ['wrists', 'shoulders'],
    sources: ['OSHA-QT', 'CalOSHA-16']
  },
  {
    id: 'screen-straight-ahead',
    areas: ['neck', 'upper-back'],
    sources: ['CalOSHA-26', 'CCOHS-SP']
  },
  {
    id: 'phone-hands-free',
    areas: ['neck', 'shoulders'],
    sources: ['OSHA-Tel', 'UCLA']
  }
]
