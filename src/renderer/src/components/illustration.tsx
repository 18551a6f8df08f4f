import type { Illustration as IllustrationData } from '../../../shared/content/schema'
import './illustration.css'

export interface IllustrationProps {
  drawing: IllustrationData
  /**
   * Hide the drawing from assistive technology when the same words are already next to it
   * (e.g. a small card where the name is the heading); otherwise it reads the drawing's alt text.
   */
  decorative?: boolean
  className?: string
}

/**
 * Draws an exercise's line drawing. Roles map to theme colours (body: currentColor, prop:
 * muted, motion: accent) so one drawing works in light and dark themes.
 */
export function Illustration({ drawing, decorative = false, className }: IllustrationProps) {
  const classes = className ? `illustration ${className}` : 'illustration'
  const a11y = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': drawing.alt }
  return (
    <svg viewBox={drawing.viewBox} className={classes} focusable="false" {...a11y}>
      {drawing.strokes.map((stroke, index) => (
        <path key={`s${index}`} d={stroke.d} className={`illustration-${stroke.role}`} />
      ))}
      {drawing.circles.map((circle, index) => (
        <circle key={`c${index}`} cx={circle.cx} cy={circle.cy} r={circle.r} className={`illustration-${circle.role}`} />
      ))}
    </svg>
  )
}
