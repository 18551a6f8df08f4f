import type { EyeCue, Explainer, HabitTip, NotificationText, PostureCard } from './schema'

/** The five-point check shown with every posture cue and on the Today page. */
export const postureCard: PostureCard = {
  title: 'Quick posture check',
  points: [
    { id: 'sit-back', short: 'Sit back', text: 'Sit all the way back so the backrest supports the curve of your lower back.' },
    { id: 'shoulders-down', short: 'Shoulders down', text: 'Let your shoulders drop and relax, away from your ears.' },
    { id: 'screen-eye-level', short: 'Screen at eye level', text: 'Keep the top of the screen at or just below eye level.' },
    { id: 'feet-flat', short: 'Feet flat', text: 'Rest both feet flat on the floor or on a footrest.' },
    { id: 'weight-even', short: 'Weight even', text: 'Spread your weight evenly over both hips instead of leaning to one side.' }
  ]
}

/**
 * Notification variants for the posture cue, a 20-second micro-pause for body and eyes (DESIGN
 * §5: sit back, shoulders down, look about 6 m away for 20 s; AAO 20-20-20). The engine rotates
 * through them so they stay noticeable; every one names the look into the distance.
 */
export const postureCueTexts: readonly NotificationText[] = [
  {
    id: 'full-check',
    title: 'Micro-pause: 20 seconds',
    body: 'Sit back, let your shoulders drop, and look at something about 6 m (20 ft) away for 20 seconds.'
  },
  {
    id: 'sit-back',
    title: 'Sit back and look away',
    body: 'Slide back against the backrest, then rest your eyes on something far away for 20 seconds.'
  },
  {
    id: 'even-out',
    title: 'Even it out, eyes up',
    body: 'Feet flat, weight on both hips, and look across the room or out of a window for 20 seconds.'
  },
  {
    id: 'head-over-shoulders',
    title: 'Head back, eyes far',
    body: 'Bring your head back over your shoulders and look at something about 6 m away for 20 seconds.'
  },
  {
    id: 'soft-shoulders',
    title: 'Shoulders down, blink',
    body: 'Let your shoulders fall away from your ears, blink a few times and look into the distance for 20 seconds.'
  }
]

/**
 * The 20-20-20 rule (AAO); Cal/OSHA adds closing the eyes for a few seconds now and then. How
 * often it comes is the posture cue's interval (settings.posture.intervalMinutes, 20 by default),
 * so the content holds no interval of its own.
 */
export const eyeCue: EyeCue = {
  title: 'Rest your eyes',
  body: 'Look at something at least 20 feet (6 m) away for at least 20 seconds, and blink a few times.',
  lookFeet: 20,
  lookMeters: 6,
  lookSeconds: 20,
  sources: ['AAO', 'AAO-PR', 'CalOSHA-26']
}

/** Daily habits that stop one side doing all the work. */
export const habitTips: readonly HabitTip[] = [
  {
    id: 'stand-on-both-feet',
    title: 'Stand on both feet',
    text: 'When you stand, in a queue or at a standing desk, keep your weight on both legs rather than sinking into one hip.',
    areas: ['hips', 'lower-back'],
    sources: ['NHS-Posture', 'CCOHS-SP']
  },
  {
    id: 'swap-bag-shoulder',
    title: 'Swap your bag shoulder',
    text: 'Change the shoulder or hand that carries your bag each day, or use a backpack with both straps on.',
    areas: ['shoulders', 'upper-back'],
    sources: ['Seed-Uneven']
  },
  {
    id: 'sit-squared-up',
    title: 'Sit squared up',
    text: 'Face your screen with your weight on both hips. If you like to cross your legs, swap which one is on top.',
    areas: ['hips', 'lower-back'],
    sources: ['CCOHS-SP', 'NHS-Posture']
  },
  {
    id: 'switch-mouse-hand',
    title: 'Switch your mouse hand now and then',
    text: 'Try the mouse in your other hand for part of the day, and use keyboard shortcuts to give both hands a rest.',
    areas: ['wrists', 'shoulders'],
    sources: ['OSHA-QT', 'CalOSHA-16']
  },
  {
    id: 'screen-straight-ahead',
    title: 'Keep the screen straight ahead',
    text: 'A screen off to one side means turning the same way all day. Put the one you use most directly in front of you.',
    areas: ['neck', 'upper-back'],
    sources: ['CalOSHA-26', 'CCOHS-SP']
  },
  {
    id: 'phone-hands-free',
    title: 'Take calls hands-free',
    text: 'Use a headset or the speaker rather than holding the phone between your ear and shoulder.',
    areas: ['neck', 'shoulders'],
    sources: ['OSHA-Tel', 'UCLA']
  }
]

/** What the weaker- and tighter-side settings do, and what "left" and "right" mean in a routine. */
export const unevenSidesExplainer: Explainer = {
  title: 'If one side feels weaker or tighter',
  paragraphs: [
    'Weaker side: strengthening moves done one side at a time start with that side, and the other side does one or two fewer repetitions.',
    'Tighter side: one-sided stretches give that side one extra hold. The tighter side is often the stronger one that does most of the work, so the two can differ.',
    'Left and right always name the side being stretched or worked: in a neck side bend, “left” means your left neck muscles stretch as your head tips to the right.',
    'Small differences between sides are common. The everyday habits below help more than any single routine.'
  ]
}
