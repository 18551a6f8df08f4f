import { type Display, type Rectangle, screen } from 'electron'

/** The display the user is looking at, as far as we can tell: the one under the mouse pointer. */
export function activeDisplay(): Display {
  return screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
}

/** A window of at most `width` × `height`, centred in `area` and never larger than it. */
export function centredIn(area: Rectangle, width: number, height: number): Rectangle {
  const fittedWidth = Math.min(width, area.width)
  const fittedHeight = Math.min(height, area.height)
  return {
    x: Math.round(area.x + (area.width - fittedWidth) / 2),
    y: Math.round(area.y + (area.height - fittedHeight) / 2),
    width: fittedWidth,
    height: fittedHeight
  }
}
