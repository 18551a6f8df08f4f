/**
 * Pages of the main window, addressed as `index.html#/<route>`. `tray` is the tray menu as a
 * page, for the web harness, which has no system tray (the navigation lists it only there).
 * `posture-watch` is the camera page: Electron loads it in its own window while the watch is
 * on; the harness lists it in the navigation.
 */
export const mainRoutes = ['today', 'checklist', 'stretches', 'stats', 'preferences', 'safety', 'tray', 'posture-watch'] as const
export type MainRoute = (typeof mainRoutes)[number]

export function isMainRoute(value: string): value is MainRoute {
  return (mainRoutes as readonly string[]).includes(value)
}

/** The three red-flag tiers of the safety page (DESIGN §5), which links can point at. */
export const safetyTiers = ['emergency', 'urgent', 'professional'] as const
export type SafetyTier = (typeof safetyTiers)[number]

/** The safety page opened at one tier: `#/safety?tier=urgent`. */
export function safetyTierHref(tier: SafetyTier): string {
  return `#/safety?tier=${tier}`
}

/** The tier a safety-page hash path asks for ("safety?tier=urgent" → "urgent"), if any. */
export function safetyTierOf(path: string): SafetyTier | null {
  const query = path.split('?')[1] ?? ''
  const tier = new URLSearchParams(query).get('tier')
  return safetyTiers.find((known) => known === tier) ?? null
}
