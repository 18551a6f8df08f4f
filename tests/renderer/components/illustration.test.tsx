import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Illustration } from '../../../src/renderer/src/components/illustration'
import type { Illustration as IllustrationData } from '../../../src/shared/content/schema'
import { stretches } from '../../../src/shared/content/stretches'

const drawing: IllustrationData = {
  viewBox: '0 0 120 120',
  alt: 'A figure by a chair with an arrow.',
  strokes: [
    { d: 'M 10 108 L 110 108', role: 'prop' },
    { d: 'M 60 40 L 60 80', role: 'body' },
    { d: 'M 70 30 L 80 40', role: 'motion' }
  ],
  circles: [{ cx: 60, cy: 32, r: 6, role: 'body' }]
}

describe('Illustration', () => {
  it('draws every stroke and circle, classed by role so the theme colours them', () => {
    const { container } = render(<Illustration drawing={drawing} />)
    const svg = container.querySelector('svg')
    expect(svg?.getAttribute('viewBox')).toBe('0 0 120 120')
    expect([...container.querySelectorAll('path')].map((path) => path.getAttribute('class'))).toEqual([
      'illustration-prop',
      'illustration-body',
      'illustration-motion'
    ])
    expect(container.querySelector('circle')?.getAttribute('class')).toBe('illustration-body')
    expect(container.querySelector('circle')?.getAttribute('r')).toBe('6')
  })

  it('is an image named by its alt text', () => {
    render(<Illustration drawing={drawing} />)
    expect(screen.getByRole('img', { name: drawing.alt })).toBeTruthy()
  })

  it('hides from assistive technology when decorative', () => {
    const { container } = render(<Illustration drawing={drawing} decorative />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('renders every stretch drawing in the library', () => {
    for (const stretch of stretches) {
      const { container, unmount } = render(<Illustration drawing={stretch.illustration} />)
      expect(container.querySelectorAll('path')).toHaveLength(stretch.illustration.strokes.length)
      unmount()
    }
  })
})
