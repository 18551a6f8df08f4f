import { useTranslation } from 'react-i18next'
import type { Illustration as IllustrationData, IllustrationRole } from '@shared/content/schema'
import { parseViewBox } from '@shared/content/svg-path'
import './illustration.css'

export interface IllustrationProps {
  drawing: IllustrationData
  /**
   * Hide the drawing from assistive technology when the same words are already next to it
   * (e.g. a small card where the name is the heading); otherwise it reads the drawing's alt text.
   */
  decorative?: boolean
  /**
   * For one-sided moves: the side to show. The drawing is mirrored when it was drawn for the
   * other side, and its tag names the side shown. Without it the drawing shows its own side.
   */
  side?: 'left' | 'right'
  className?: string
}

/** Back to front: props, the ghost of the start position, the target band, the body, the arrows. */
const layerOrder: Readonly<Record<IllustrationRole, number>> = { prop: 0, start: 1, target: 2, body: 3, motion: 4 }

/**
 * Draws an exercise's line drawing. Roles map to theme colours (body: currentColor, start: a
 * faint dashed ghost, prop: muted, motion and target: accent) so one drawing works in light and
 * dark themes and shows both where the move starts and where it ends.
 */
export function Illustration({ drawing, decorative = false, side, className }: IllustrationProps) {
  const { t } = useTranslation()
  const classes = className ? `illustration ${className}` : 'illustration'
  const shownSide = drawing.side === undefined ? undefined : (side ?? drawing.side.shows)
  const mirrored = drawing.side !== undefined && shownSide !== drawing.side.shows
  const box = parseViewBox(drawing.viewBox)
  // Mirror about the middle of the canvas; words are placed afterwards so they stay readable.
  const width = box === null ? 0 : box.width
  const left = box === null ? 0 : box.minX
  const mirrorX = (x: number): number => (mirrored ? 2 * left + width - x : x)
  const alt = shownSide === undefined ? drawing.alt : t(`illustration.alt.${shownSide}`, { alt: drawing.alt })
  const a11y = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': alt }
  const strokes = drawing.strokes
    .map((stroke, index) => ({ stroke, index }))
    .sort((a, b) => layerOrder[a.stroke.role] - layerOrder[b.stroke.role] || a.index - b.index)
  return (
    <svg viewBox={drawing.viewBox} className={classes} focusable="false" data-side={shownSide} {...a11y}>
      <g transform={mirrored ? `matrix(-1 0 0 1 ${2 * left + width} 0)` : undefined}>
        {strokes.map(({ stroke, index }) => (
          <path key={`s${index}`} d={stroke.d} className={`illustration-${stroke.role}`} />
        ))}
        {drawing.circles.map((circle, index) => (
          <circle key={`c${index}`} cx={circle.cx} cy={circle.cy} r={circle.r} className={`illustration-${circle.role}`} />
        ))}
      </g>
      {drawing.labels?.map((label) => (
        <text key={`${label.x},${label.y}`} x={mirrorX(label.x)} y={label.y} className={`illustration-label illustration-label-${label.role}`}>
          {label.text}
        </text>
      ))}
      {drawing.side !== undefined && shownSide !== undefined ? (
        <text x={mirrorX(drawing.side.tagX)} y={drawing.side.tagY} className="illustration-side-tag">
          {t(`illustration.tag.${shownSide}`)}
        </text>
      ) : null}
    </svg>
  )
}
