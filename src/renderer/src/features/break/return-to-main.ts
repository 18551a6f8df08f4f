/** How long an end message stays before the web harness returns to the main page. */
export const returnDelayMs = 2000

/**
 * The web harness has no window to close, so the break page goes back to Today instead
 * (in Electron, main closes the break window). A module of its own so tests can stub it.
 */
export function returnToMain(): void {
  window.location.assign('./index.html#/today')
}
