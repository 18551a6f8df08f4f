import type { SlouchReason } from '../../shared/posture-watch'

/** What the cue says for the most pronounced reason: what the camera saw, and one thing to do. */
export const slouchCueTexts: Record<SlouchReason, string> = {
  'head-forward': 'You are leaning forward. Sit back and bring your head over your shoulders.',
  'head-drop': 'You are sinking in your seat. Sit tall, with your back against the chair.',
  'right-shoulder-low': 'Your right shoulder sits lower. Let both shoulders drop and level them.',
  'left-shoulder-low': 'Your left shoulder sits lower. Let both shoulders drop and level them.'
}

export function cueTextFor(reasons: readonly SlouchReason[]): string {
  return slouchCueTexts[reasons[0] ?? 'head-forward']
}
