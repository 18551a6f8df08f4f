/** The harness's break "window" is break.html in the same tab. A module of its own so tests can stub it. */
export function openBreakPage(): void {
  window.location.assign('./break.html')
}
