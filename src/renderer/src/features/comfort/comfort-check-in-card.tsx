import { useStats } from '../stats/use-stats'
import { ComfortCheckIn } from './comfort-check-in'

/** The check-in for pages that do not load stats themselves (Today): it fetches today only. */
export function ComfortCheckInCard() {
  const { stats } = useStats(1)
  if (!stats) return null
  return <ComfortCheckIn today={stats.today} comfortAlert={stats.comfortAlert} />
}
