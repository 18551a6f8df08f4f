import type { BreakSound } from '@shared/settings'

export type BreakSoundMoment = 'start' | 'end'

/** The bundled file for a sound and moment (public/sounds, made by scripts/make-sounds.mjs). */
export function breakSoundUrl(sound: Exclude<BreakSound, 'off'>, moment: BreakSoundMoment): string {
  return `./sounds/${sound}-${moment}.wav`
}

/**
 * Plays the break sound the user chose, at their volume. A page the browser will not let
 * make sound yet (the harness before any click) stays quiet rather than failing the break.
 */
export function playBreakSound(sound: BreakSound, volumePercent: number, moment: BreakSoundMoment): void {
  if (sound === 'off' || volumePercent <= 0) return
  const audio = new Audio(breakSoundUrl(sound, moment))
  audio.volume = Math.min(1, volumePercent / 100)
  audio.play().catch(() => undefined)
}
