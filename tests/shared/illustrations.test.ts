import { describe, expect, it } from 'vitest'
import { parseSvgPath, type PathPoint, type Stretch } from '../../src/shared/content'
import { englishContent } from '../helpers/english-content'

const { sideLabel, stretches } = englishContent

/**
 * The drawings must show the move (review defect 9): where it starts and ends, the side, and the
 * particular differences that were hard to see. These checks read the drawing data; the
 * renderer test draws every one and compares a few with stored pictures.
 */

function stretchOf(id: string): Stretch {
  const stretch = stretches.find((candidate) => candidate.id === id)
  if (stretch === undefined) throw new Error(`unknown stretch ${id}`)
  return stretch
}

function points(d: string): readonly PathPoint[] {
  const parsed = parseSvgPath(d)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.points
}

function strokesOf(stretch: Stretch, role: string): (readonly PathPoint[])[] {
  return stretch.illustration.strokes.filter((stroke) => stroke.role === role).map((stroke) => points(stroke.d))
}

function headOf(stretch: Stretch, role: 'body' | 'start') {
  return stretch.illustration.circles.filter((circle) => circle.role === role).sort((a, b) => b.r - a.r)[0]
}

describe('every drawing', () => {
  /** The eye break is a gaze (its arrow); finger glides draw the whole sequence, starting with straight fingers. */
  const noStartPosition = new Set(['eye-break-20-20-20', 'tendon-glides'])

  it.each(stretches.map((stretch) => [stretch.id, stretch] as const))('%s shows where the move starts and ends', (id, stretch) => {
    expect(strokesOf(stretch, 'body').length).toBeGreaterThan(0)
    const ghost = stretch.illustration.strokes.some((stroke) => stroke.role === 'start') || stretch.illustration.circles.some((circle) => circle.role === 'start')
    if (!noStartPosition.has(id)) expect(ghost).toBe(true)
  })

  it.each(stretches.filter((stretch) => stretch.sides === 'each').map((stretch) => [stretch.id, stretch] as const))(
    '%s marks its side and the muscles that stretch or work',
    (_id, stretch) => {
      expect(stretch.illustration.side).toBeDefined()
      expect(strokesOf(stretch, 'target').length + stretch.illustration.circles.filter((circle) => circle.role === 'target').length).toBeGreaterThan(0)
    }
  )

  it('marks no side on moves done with both sides at once', () => {
    for (const stretch of stretches.filter((candidate) => candidate.sides === 'both')) expect(stretch.illustration.side, stretch.id).toBeUndefined()
  })
})

describe('one side convention: the side being stretched or worked', () => {
  const oneSided = stretches.filter((stretch) => stretch.sides === 'each')

  it('covers every one-sided move', () => {
    expect(oneSided.length).toBeGreaterThanOrEqual(15)
    for (const stretch of oneSided) expect(stretch.oneSide, stretch.id).toBeDefined()
  })

  it.each(oneSided.map((stretch) => [stretch.id, stretch] as const))('%s names the side in the player by what happens on it', (_id, stretch) => {
    const left = sideLabel(stretch, 'left') ?? ''
    const right = sideLabel(stretch, 'right') ?? ''
    expect(left).toMatch(/^Left side \(.*\bleft\b.*\)$/)
    expect(right).toMatch(/^Right side \(.*\bright\b.*\)$/)
    // The label is about one side only: it never sends you to the other one by name.
    expect(left).not.toMatch(/\bright\b/)
    expect(right).not.toMatch(/\bleft\b/)
    const verb = stretch.oneSide?.role === 'stretch' ? /stretch|turn|move/ : /work|lift|pull|reach|hold/
    expect(stretch.oneSide?.left).toMatch(verb)
    expect(stretch.oneSide?.right).toMatch(verb)
    // The hint says how to do the left side, in the same terms.
    expect(stretch.oneSide?.hint).toMatch(/^Left side: .*\bleft\b/)
  })

  it('fixes the two moves that used to name the side you bend toward', () => {
    expect(sideLabel(stretchOf('neck-side-bend'), 'left')).toBe('Left side (your left neck muscles stretch)')
    expect(stretchOf('neck-side-bend').oneSide?.hint).toMatch(/toward your right shoulder, so the left side of your neck stretches/)
    expect(sideLabel(stretchOf('seated-side-bend'), 'left')).toBe('Left side (your left side stretches)')
    expect(stretchOf('seated-side-bend').oneSide?.hint).toMatch(/bend to the right, so your left side stretches/)
  })

  it('has no label for moves done with both sides', () => {
    expect(sideLabel(stretchOf('chin-tuck'), 'both')).toBeNull()
  })
})

describe('the differences the review could not see', () => {
  it('wrist flexor and extensor stretches differ: palm up or down, helper hand below or above, palm marked on opposite faces', () => {
    const flexor = stretchOf('wrist-flexor-stretch').illustration
    const extensor = stretchOf('wrist-extensor-stretch').illustration
    expect(flexor.labels?.map((label) => label.text)).toContain('palm up')
    expect(extensor.labels?.map((label) => label.text)).toContain('palm down')
    const palm = (drawing: typeof flexor) => drawing.circles.find((circle) => circle.role === 'target')
    expect(palm(flexor)?.cx).toBeGreaterThan(palm(extensor)?.cx ?? Number.POSITIVE_INFINITY)
    const helperElbow = (stretch: Stretch) => strokesOf(stretch, 'body').find((chain) => chain.length === 3 && chain[0]?.[0] === 42)?.[1]
    const flexorElbow = helperElbow(stretchOf('wrist-flexor-stretch'))
    const extensorElbow = helperElbow(stretchOf('wrist-extensor-stretch'))
    expect(flexorElbow?.[1]).toBeGreaterThan(55)
    expect(extensorElbow?.[1]).toBeLessThan(45)
  })

  it.each(['neck-side-bend', 'upper-trap-stretch'])('%s tips the head well away from upright, on a visible neck', (id) => {
    const stretch = stretchOf(id)
    const upright = headOf(stretch, 'start')
    const tipped = headOf(stretch, 'body')
    expect(upright).toBeDefined()
    expect(Math.abs((tipped?.cx ?? 0) - (upright?.cx ?? 0))).toBeGreaterThanOrEqual(8)
    expect(strokesOf(stretch, 'body').some((chain) => chain[0]?.[0] === 60 && chain[0][1] === 50 && chain.length === 2)).toBe(true)
  })

  it('seated figure-four crosses one leg: its ankle rests on the other knee', () => {
    const legs = strokesOf(stretchOf('seated-figure-four'), 'body').filter((chain) => chain[0]?.[0] === 40 && chain[0][1] === 77)
    expect(legs).toHaveLength(2)
    const [supporting, crossed] = legs
    const knee = supporting?.[1]
    const ankle = crossed?.[2]
    expect(Math.hypot((ankle?.[0] ?? 0) - (knee?.[0] ?? 99), (ankle?.[1] ?? 0) - (knee?.[1] ?? 99))).toBeLessThanOrEqual(4)
  })

  it('bird dog reaches the leg straight back in line with a level back, not above it', () => {
    const bird = stretchOf('bird-dog')
    const backY = 80
    const lifted = strokesOf(bird, 'body').find((chain) => chain[0]?.[0] === 48 && chain.length === 4)
    expect(lifted).toBeDefined()
    for (const point of (lifted ?? []).slice(0, 3)) expect(Math.abs(point[1] - backY)).toBeLessThanOrEqual(1)
  })

  it('bottom to heels ends with the hips over the heels', () => {
    const legs = strokesOf(stretchOf('childs-pose'), 'body').find((chain) => chain.length === 3 && chain[1]?.[1] === 106)
    const hip = legs?.[0]
    const heel = legs?.[2]
    expect(Math.abs((hip?.[0] ?? 0) - (heel?.[0] ?? 99))).toBeLessThanOrEqual(5)
  })

  it('pelvic tilt goes from an arched lower back to one lying flat', () => {
    const pelvic = stretchOf('pelvic-tilt')
    expect(pelvic.illustration.strokes.some((stroke) => stroke.role === 'start' && stroke.d.includes('Q'))).toBe(true)
    expect(pelvic.illustration.strokes.some((stroke) => stroke.role === 'body' && stroke.d === 'M 23 104 L 50 104')).toBe(true)
  })
})
