import { type RefCallback, useCallback, useState } from 'react'

/**
 * The rendered width of an element in CSS pixels, kept current as the window or zoom changes.
 * Charts draw at that width (1 SVG unit = 1 px), so their text stays at its real size instead
 * of shrinking with the drawing on a narrow window. `fallbackPx` is used until measured (and
 * where ResizeObserver does not exist, as in jsdom).
 */
export function useElementWidth<T extends Element>(fallbackPx: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallbackPx)
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width
      if (measured) setWidth(Math.round(measured))
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [])
  return [ref, width]
}
