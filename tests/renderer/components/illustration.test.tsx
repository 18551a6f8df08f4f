import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Illustration } from '../../../src/renderer/src/components/illustration'
import type { Illustration as IllustrationData } from '@shared/content/schema'
import { englishContent } from '../../helpers/english-content'

const { stretches } = englishContent

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
      expect(container.querySelectorAll('circle')).toHaveLength(stretch.illustration.circles.length)
      expect(container.querySelectorAll('text')).toHaveLength((stretch.illustration.labels?.length ?? 0) + (stretch.illustration.side ? 1 : 0))
      unmount()
    }
  })

  it('draws the start ghost and the target band under the body, and the arrows on top', () => {
    const { container } = render(
      <Illustration
        drawing={{
          ...drawing,
          strokes: [
            { d: 'M 60 40 L 60 80', role: 'body' },
            { d: 'M 70 30 L 80 40', role: 'motion' },
            { d: 'M 50 40 L 50 80', role: 'start' },
            { d: 'M 10 108 L 110 108', role: 'prop' },
            { d: 'M 58 40 L 58 80', role: 'target' }
          ]
        }}
      />
    )
    expect([...container.querySelectorAll('path')].map((path) => path.getAttribute('class'))).toEqual([
      'illustration-prop',
      'illustration-start',
      'illustration-target',
      'illustration-body',
      'illustration-motion'
    ])
  })
})

describe('Illustration: sides', () => {
  const neck = stretches.find((stretch) => stretch.id === 'neck-side-bend')
  if (neck?.illustration.side === undefined) throw new Error('the neck side bend is one-sided')
  const drawnSide = neck.illustration.side.shows
  const otherSide = drawnSide === 'left' ? 'right' : 'left'

  it('tags the side it was drawn for, and says it in the text alternative', () => {
    const { container } = render(<Illustration drawing={neck.illustration} />)
    expect(container.querySelector('.illustration-side-tag')?.textContent).toBe(drawnSide === 'left' ? 'Left' : 'Right')
    expect(container.querySelector('g')?.getAttribute('transform')).toBeNull()
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^(Left|Right) side\. /)
  })

  it('mirrors the drawing for the other side and keeps the words readable', () => {
    const { container } = render(<Illustration drawing={neck.illustration} side={otherSide} />)
    expect(container.querySelector('g')?.getAttribute('transform')).toBe('matrix(-1 0 0 1 120 0)')
    const tag = container.querySelector('.illustration-side-tag')
    expect(tag?.textContent).toBe(otherSide === 'left' ? 'Left' : 'Right')
    // Words sit outside the mirrored group, moved to the mirrored place rather than flipped.
    expect(tag?.parentElement?.tagName.toLowerCase()).toBe('svg')
    expect(Number(tag?.getAttribute('x'))).toBe(120 - (neck.illustration.side?.tagX ?? 0))
  })
})

/**
 * Stored pictures: the rendered SVG of six drawings is kept as files (open them in a browser to
 * see them), and a hash of every drawing in the library, so any change to a drawing shows up as
 * a failing test that has to be looked at and accepted with `vitest -u`.
 */
describe('Illustration: stored pictures', () => {
  const markup = (id: string, side?: 'left' | 'right'): string => {
    const stretch = stretches.find((candidate) => candidate.id === id)
    if (stretch === undefined) throw new Error(`unknown stretch ${id}`)
    const { container, unmount } = render(<Illustration drawing={stretch.illustration} side={side} />)
    const svg = container.innerHTML.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
    unmount()
    return `${svg}\n`
  }

  it.each(['neck-side-bend', 'upper-trap-stretch', 'wrist-flexor-stretch', 'wrist-extensor-stretch', 'seated-figure-four', 'bird-dog'])(
    '%s matches its stored picture',
    async (id) => {
      await expect(markup(id)).toMatchFileSnapshot(`./__snapshots__/illustrations/${id}.svg`)
    }
  )

  async function sha256(text: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, 16)
  }

  it('every drawing, both sides, matches its stored hash', async () => {
    const hashes: Record<string, string> = {}
    for (const stretch of stretches) {
      const sides = stretch.illustration.side ? (['left', 'right'] as const) : [undefined]
      hashes[stretch.id] = await sha256(sides.map((side) => markup(stretch.id, side)).join(''))
    }
    expect(hashes).toMatchSnapshot()
  })
})
