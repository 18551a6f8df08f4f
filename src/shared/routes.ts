/** Pages of the main window, addressed as `index.html#/<route>`. */
export const mainRoutes = ['today', 'checklist', 'stretches', 'stats', 'preferences', 'safety'] as const
export type MainRoute = (typeof mainRoutes)[number]

export function isMainRoute(value: string): value is MainRoute {
  return (mainRoutes as readonly string[]).includes(value)
}
