import type { TimelinePhase } from '@shared/content/routine-schema'
import { useTranslation } from 'react-i18next'
import { phaseAnnouncement } from './routine-progress'
import type { RoutineMove } from './use-routine-move'

/**
 * The end of both routine views: the "Up next" line and the screen-reader announcement of the
 * phase. Each view keeps its own class for the "Up next" line, as their layouts differ.
 */
export function RoutineMoveFooter({ move, phase, nextClassName }: { move: RoutineMove; phase: TimelinePhase; nextClassName: string }) {
  const { t } = useTranslation()
  return (
    <>
      {move.next ? <p className={nextClassName}>{t('routine.upNext', { name: move.next.name })}</p> : null}
      {/* Polite and keyed to the phase, so it speaks at each change and never every second. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {phaseAnnouncement(t, phase, move.name)}
      </p>
    </>
  )
}
