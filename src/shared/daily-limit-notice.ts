/** "8 h", "7 h 30 min", "45 min": how long someone has worked, in the words of a notice. */
export function hoursAndMinutes(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${String(rest)} min`
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`
}

/**
 * The daily-limit reminder (DESIGN.md §3): one text for Electron's system notification and the
 * harness's in-page one, so both say the same. It asks nothing; the limit interrupts nothing.
 */
export function dailyLimitNotice(event: { activeMinutes: number; limitMinutes: number }): { title: string; body: string } {
  const over = event.activeMinutes - event.limitMinutes
  return {
    title: `${hoursAndMinutes(event.activeMinutes)} at the computer today`,
    body:
      over >= 1
        ? `That is ${hoursAndMinutes(over)} past your daily limit of ${hoursAndMinutes(event.limitMinutes)}. Time to wrap up for today.`
        : `You have reached your daily limit of ${hoursAndMinutes(event.limitMinutes)}. Time to wrap up for today.`
  }
}
