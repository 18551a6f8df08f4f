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
