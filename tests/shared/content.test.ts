import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checklistItemSchema,
  doseRules,
  doseRuleSchema,
  eyeCueSchema,
  habitTipSchema,
  illustrationSchema,
  notificationTextSchema,
  postureCardSchema,
  safetyContentSchema,
  sourceKeySchema,
  sources,
  sourceSchema,
  splitDoseSource,
  stretchSchema,
  explainerSchema,
  type Illustration
} from '../../src/shared/content'
import { englishContent } from '../helpers/english-content'

// The content as the app shows it: the data's structure with the English catalog's words.
const { checklistItems, eyeCue, habitTips, postureCard, postureCueTexts, stretches, unevenSidesExplainer } = englishContent
const safetyContent = englishContent.safety

/** Every string in a value, with where it was found. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((entry, index) => strings(entry, `${path}[${index}]`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => strings(entry, path === '' ? key : `${path}.${key}`))
  }
  return []
}

const allContent = {
  checklistItems,
  stretches,
  safetyContent,
  postureCard,
  postureCueTexts,
  eyeCue,
  habitTips,
  unevenSidesExplainer,
  sources,
  doseRules
}

/** User-facing prose: everything except ids, keys, addresses and drawing data. */
const prose = strings(allContent).filter(
  ({ path }) => !/(^|\.)(id|key|sourceKey|url|d|viewBox|role|kind|place|position|sides|doseSource)$|\.(areas|sources)\[/.test(path)
)

function expectUnique(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length)
}

describe('content validates against its schemas', () => {
  it.each(stretches.map((stretch) => [stretch.id, stretch] as const))('stretch %s', (_id, stretch) => {
    expect(() => stretchSchema.parse(stretch)).not.toThrow()
  })

  it.each(checklistItems.map((item) => [item.id, item] as const))('checklist item %s', (_id, item) => {
    expect(() => checklistItemSchema.parse(item)).not.toThrow()
  })

  it('safety, posture, habits, sources and dose rules', () => {
    expect(() => safetyContentSchema.parse(safetyContent)).not.toThrow()
    expect(() => postureCardSchema.parse(postureCard)).not.toThrow()
    expect(() => eyeCueSchema.parse(eyeCue)).not.toThrow()
    expect(() => explainerSchema.parse(unevenSidesExplainer)).not.toThrow()
    for (const cue of postureCueTexts) expect(() => notificationTextSchema.parse(cue)).not.toThrow()
    for (const tip of habitTips) expect(() => habitTipSchema.parse(tip)).not.toThrow()
    for (const source of sources) expect(() => sourceSchema.parse(source)).not.toThrow()
    for (const rule of doseRules) expect(() => doseRuleSchema.parse(rule)).not.toThrow()
  })
})

describe('ids', () => {
  it('are unique within each collection', () => {
    expectUnique(stretches.map((stretch) => stretch.id))
    expectUnique(checklistItems.map((item) => item.id))
    expectUnique(habitTips.map((tip) => tip.id))
    expectUnique(postureCueTexts.map((cue) => cue.id))
    expectUnique(postureCard.points.map((point) => point.id))
    expectUnique(safetyContent.redFlagTiers.flatMap((tier) => tier.items).map((item) => item.id))
    expectUnique(sources.map((source) => source.key))
    expectUnique(doseRules.map((rule) => rule.key))
  })
})

describe('sources', () => {
  const registered = new Set<string>(sources.map((source) => source.key))

  it('registers every source key the schema allows, and each general dose rule points at one', () => {
    expect([...registered].sort()).toEqual([...sourceKeySchema.options].sort())
    expect(doseRules.map((rule) => rule.key)).toEqual(['G1', 'G2', 'G3', 'G4'])
    for (const rule of doseRules) expect(registered.has(rule.sourceKey)).toBe(true)
  })

  it('every cited key is registered', () => {
    const cited = [
      ...checklistItems.flatMap((item) => item.sources),
      ...habitTips.flatMap((tip) => tip.sources),
      ...eyeCue.sources,
      ...safetyContent.warmUpAndBreathe.sources,
      ...safetyContent.redFlagTiers.flatMap((tier) => tier.items.flatMap((item) => item.sources)),
      ...stretches.flatMap((stretch) => splitDoseSource(stretch.doseSource)).filter((key) => !/^G[1-4]$/.test(key))
    ]
    for (const key of cited) expect(registered, key).toContain(key)
  })

  it('does not attribute the unverified monitor angle or distance figures to OSHA', () => {
    for (const item of checklistItems) {
      if (/15–20°|20–40 in/.test(`${item.check} ${item.fix}`)) {
        expect(item.sources.filter((key) => key.startsWith('OSHA'))).toEqual([])
      }
    }
  })
})

describe('workstation checklist', () => {
  it('has at least 16 items, each with sources, numbers where they matter, and every topic covered', () => {
    expect(checklistItems.length).toBeGreaterThanOrEqual(16)
    for (const item of checklistItems) expect(item.sources.length).toBeGreaterThan(0)
    const byId = new Map(checklistItems.map((item) => [item.id, item]))
    for (const id of [
      'screen-height',
      'screen-angle',
      'screen-distance',
      'glare',
      'bifocals',
      'lumbar-support',
      'seat-height',
      'seat-depth',
      'feet-supported',
      'elbows-shoulders',
      'keyboard-mouse-height',
      'straight-wrists',
      'laptop-setup',
      'phone-headset',
      'even-weight',
      'bag-carrying',
      'change-position'
    ]) {
      expect(byId.has(id), id).toBe(true)
    }
    expect(byId.get('screen-angle')?.check).toMatch(/15–20°/)
    // AOA 51–71 cm, AAO 46–64 cm: no source goes to 75 cm.
    expect(byId.get('screen-distance')?.check).toMatch(/50–70 cm \(20–28 in\)/)
    expect(byId.get('seat-depth')?.check).toMatch(/three fingers/)
    expect(byId.get('change-position')?.check).not.toMatch(/better still/)
    expect(byId.get('change-position')?.title).toMatch(/30–50 minutes/)
  })
})

describe('stretches', () => {
  const required = [
    'neck-side-bend',
    'chin-tuck',
    'shoulder-rolls',
    'upper-trap-stretch',
    'chest-opener',
    'seated-thoracic-rotation',
    'seated-cat-cow',
    'seated-side-bend',
    'wrist-flexor-stretch',
    'wrist-extensor-stretch',
    'standing-hip-flexor-stretch',
    'seated-figure-four',
    'seated-hamstring-stretch',
    'calf-raises',
    'standing-back-extension',
    'seated-knee-to-chest',
    'childs-pose',
    'bird-dog',
    'superman',
    'pelvic-tilt',
    'lateral-leg-raise',
    'eye-break-20-20-20'
  ]

  it('include at least 22 moves with every required one', () => {
    expect(stretches.length).toBeGreaterThanOrEqual(22)
    const ids = new Set(stretches.map((stretch) => stretch.id))
    for (const id of required) expect(ids.has(id), id).toBe(true)
  })

  it.each(stretches.map((stretch) => [stretch.id, stretch] as const))(
    '%s has 3–6 steps, a dose, a caution and a drawing with a body',
    (_id, stretch) => {
      expect(stretch.steps.length).toBeGreaterThanOrEqual(3)
      expect(stretch.steps.length).toBeLessThanOrEqual(6)
      expect(stretch.dose.reps).toBeGreaterThanOrEqual(1)
      expect(stretch.dose.sets).toBeGreaterThanOrEqual(1)
      expect(stretch.caution.length).toBeGreaterThan(10)
      expect(stretch.doseSource.length).toBeGreaterThan(0)
      expect(stretch.illustration.strokes.some((stroke) => stroke.role === 'body')).toBe(true)
      if (stretch.sides === 'each') expect(stretch.oneSide).toBeDefined()
    }
  )

  it('keep floor moves on the floor and everything else desk-friendly', () => {
    const floorIds = stretches.filter((stretch) => stretch.place === 'floor').map((stretch) => stretch.id)
    expect(floorIds.sort()).toEqual(['bird-dog', 'childs-pose', 'glute-bridge', 'pelvic-tilt', 'superman'])
  })

  it('add the glute bridge, hand and finger moves, and the walking break, each with a sourced dose', () => {
    const byId = new Map(stretches.map((stretch) => [stretch.id, stretch]))
    expect(byId.get('glute-bridge')?.dose).toMatchObject({ kind: 'hold', holdSeconds: 5, reps: 5 })
    expect(byId.get('glute-bridge')?.doseSource).toContain('VA-Hips')
    expect(byId.get('glute-bridge')?.caution).toMatch(/pregnant/)
    expect(byId.get('tendon-glides')?.doseSource).toContain('UHSussex')
    expect(byId.get('finger-spread')?.doseSource).toContain('Lifespan-ASHT')
    expect(byId.get('prayer-stretch')?.dose).toMatchObject({ kind: 'hold', holdSeconds: 5, holdSecondsRange: { max: 7 }, reps: 3 })
    const walk = byId.get('walk-away-from-desk')
    expect(walk?.standalone).toBe(true)
    expect(walk?.dose).toMatchObject({ kind: 'hold', holdSeconds: 120, holdSecondsRange: { min: 60, max: 300 } })
    expect(walk?.doseSource).toContain('Dunstan-2012')
  })

  it('follow the sources where a dose was pinned down', () => {
    const byId = new Map(stretches.map((stretch) => [stretch.id, stretch]))
    const superman = byId.get('superman')
    // DESIGN §5 and the seed: 10–15 s holds; no authoritative rep count, so G3's starting 5.
    expect(superman?.doseSource).toBe('Seed-Uneven, G3')
    expect(superman?.dose).toMatchObject({ kind: 'hold', holdSeconds: 10, holdSecondsRange: { min: 10, max: 15 }, reps: 5 })
    expect(superman?.caution).toMatch(/head back/)
    expect(superman?.caution).toMatch(/spreads into a leg/)
    expect(byId.get('chin-tuck')?.dose).toMatchObject({ kind: 'reps', reps: 10 })
    expect(byId.get('bird-dog')?.dose).toMatchObject({ kind: 'hold', reps: 6, holdSecondsRange: { max: 10 }, setsRange: { max: 3 } })
    expect(byId.get('seated-thoracic-rotation')?.dose).toMatchObject({ kind: 'hold', holdSeconds: 5, reps: 5 })
    expect(byId.get('seated-knee-to-chest')?.caution).toMatch(/osteoporosis/)
    expect(byId.get('eye-break-20-20-20')?.dose).toMatchObject({ kind: 'hold', holdSeconds: 20, reps: 1 })
  })

  it('never hold a stretch longer than the 30 s the general rules allow', () => {
    for (const stretch of stretches) {
      if (stretch.dose.kind !== 'hold' || stretch.standalone === true) continue
      expect(stretch.dose.holdSecondsRange?.max ?? stretch.dose.holdSeconds, stretch.id).toBeLessThanOrEqual(30)
    }
  })

  it('never cue fewer holds than the cited minimum of 2 per side (G1, Healthwise)', () => {
    for (const stretch of stretches) {
      const keys = splitDoseSource(stretch.doseSource)
      if (stretch.dose.kind !== 'hold' || !(keys.includes('G1') || keys.includes('Healthwise'))) continue
      expect(stretch.dose.repsRange?.min ?? stretch.dose.reps, stretch.id).toBeGreaterThanOrEqual(2)
      expect(stretch.dose.repsRange?.max ?? stretch.dose.reps, stretch.id).toBeLessThanOrEqual(4)
    }
  })

  it('each have their own drawing', () => {
    expect(new Set(stretches.map((stretch) => stretch.illustration)).size).toBe(stretches.length)
    expectUnique(stretches.map((stretch) => stretch.illustration.alt))
  })
})

describe('illustration validation', () => {
  const valid: Illustration = {
    viewBox: '0 0 120 120',
    alt: 'A test figure',
    strokes: [{ d: 'M 10 10 L 20 20 Q 30 30 40 20', role: 'body' }],
    circles: [{ cx: 60, cy: 20, r: 6, role: 'body' }]
  }

  it('accepts absolute paths inside the viewBox', () => {
    expect(illustrationSchema.safeParse(valid).success).toBe(true)
  })

  it.each([
    ['a point outside the viewBox', 'M 10 10 L 130 20'],
    ['a path not starting with M', 'L 10 10 L 20 20'],
    ['a relative command', 'M 10 10 l 5 5'],
    ['a stray character', 'M 10 10 L 20 x'],
    ['an odd number of coordinates', 'M 10 10 L 20']
  ])('rejects %s', (_reason, d) => {
    expect(illustrationSchema.safeParse({ ...valid, strokes: [{ d, role: 'body' }] }).success).toBe(false)
  })

  it('rejects a drawing without a body stroke, or a circle that leaves the canvas', () => {
    expect(illustrationSchema.safeParse({ ...valid, strokes: [{ d: 'M 1 1 L 2 2', role: 'prop' }] }).success).toBe(false)
    expect(illustrationSchema.safeParse({ ...valid, circles: [{ cx: 2, cy: 2, r: 6, role: 'body' }] }).success).toBe(false)
  })
})

describe('safety content', () => {
  const tier = (id: string): string =>
    safetyContent.redFlagTiers
      .find((candidate) => candidate.id === id)
      ?.items.map((item) => item.text)
      .join(' ') ?? ''
  const emergency = tier('emergency')
  const urgent = tier('urgent')
  const professional = tier('professional')

  it('has the three tiers of DESIGN §5, most urgent first', () => {
    expect(safetyContent.redFlagTiers.map((candidate) => candidate.id)).toEqual(['emergency', 'urgent', 'professional'])
    expect(safetyContent.redFlagTiers[0]?.action).toMatch(/emergency number/)
  })

  it('puts the emergency signs in the emergency tier', () => {
    expect(emergency).toMatch(/genitals, bottom or inner thighs/)
    expect(emergency).toMatch(/bladder or bowels/)
    expect(emergency).toMatch(/difficulty peeing/)
    expect(emergency).toMatch(/both legs/)
    expect(emergency).toMatch(/suddenly becomes weak/)
    expect(emergency).toMatch(/clumsy or weak/)
    expect(emergency).toMatch(/unsteady walking/)
    expect(emergency).toMatch(/Chest pain/)
    expect(emergency).toMatch(/accident, a fall or a blow/)
  })

  it('puts the same-day signs in the urgent tier, including those the review found filed too low or missing', () => {
    for (const sign of [
      /fever|high temperature/,
      /[Ww]eight loss/,
      /worse at night/,
      /cough, sneeze or go to the toilet/,
      /between the shoulder blades/,
      /lump, swelling/,
      /change in its shape/,
      /down an arm or a leg/,
      // weakness in one limb that is not sudden (sudden weakness is an emergency)
      /weakness running down an arm or a leg/,
      /had cancer/,
      /weakened immune system/,
      /inject drugs/,
      /steroid tablets long term or have osteoporosis/,
      /after 50/,
      /before 20 or after 55/
    ]) {
      expect(urgent).toMatch(sign)
    }
  })

  it('keeps the stricter tier: nothing urgent is also listed as "make an appointment"', () => {
    expect(professional).toMatch(/more than 1–2 weeks/)
    expect(professional).toMatch(/while doing the exercises/)
    expect(professional).not.toMatch(/night|weight|lump|shoulder blades|cough|running down an arm or a leg/)
  })

  it('sources every red flag', () => {
    for (const item of safetyContent.redFlagTiers.flatMap((candidate) => candidate.items)) {
      expect(item.sources.length, item.id).toBeGreaterThan(0)
    }
  })

  it('says it is not medical advice, and to stop a stretch that hurts', () => {
    const disclaimer = safetyContent.disclaimer.paragraphs.join(' ')
    expect(disclaimer).toMatch(/wellness tool/)
    expect(disclaimer).toMatch(/not medical advice/)
    expect(disclaimer).toMatch(/does not diagnose/)
    expect(disclaimer).toMatch(/hurts, stop/)
    expect(safetyContent.stopIfItHurts).toMatch(/stop any move that hurts/)
  })

  it('keeps the high-discomfort message free of diagnoses and condition names', () => {
    const message = [safetyContent.highDiscomfort.title, ...safetyContent.highDiscomfort.paragraphs].join(' ')
    expect(message).toMatch(/doctor or physical therapist/)
    expect(message).not.toMatch(
      /\b(discs?|sciatica|scoliosis|arthritis|hernia\w*|strain|sprain|spasms?|syndrome|disease|injury|condition)\b|you have/i
    )
  })
})

describe('posture content', () => {
  it('has the five quick points and the 20-20-20 numbers', () => {
    expect(postureCard.points.map((point) => point.id)).toEqual([
      'sit-back',
      'shoulders-down',
      'screen-eye-level',
      'feet-flat',
      'weight-even'
    ])
    expect(eyeCue).toMatchObject({ lookFeet: 20, lookMeters: 6, lookSeconds: 20 })
    expect(eyeCue).not.toHaveProperty('intervalMinutes')
    expect(postureCueTexts.length).toBeGreaterThanOrEqual(3)
  })

  it('makes every posture cue the 20-20-20 micro-pause: a look into the distance for 20 seconds', () => {
    for (const cue of postureCueTexts) {
      expect(cue.body, cue.id).toMatch(/20 seconds/)
      expect(cue.body, cue.id).toMatch(/6 m|far away|distance|across the room/)
    }
  })

  it('has habit tips for evening out both sides', () => {
    const ids = habitTips.map((tip) => tip.id)
    for (const id of ['stand-on-both-feet', 'swap-bag-shoulder', 'sit-squared-up', 'switch-mouse-hand']) {
      expect(ids).toContain(id)
    }
  })
})

describe('wording', () => {
  it('has no placeholder text', () => {
    for (const { path, text } of strings(allContent)) {
      expect(text, path).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem|ipsum)\b/i)
    }
  })

  it('makes no treatment claims outside the disclaimers', () => {
    const disclaimers = /^safetyContent\.(disclaimer|wellnessStatement)/
    for (const { path, text } of prose) {
      if (disclaimers.test(path)) continue
      expect(text, path).not.toMatch(/\b(cure|cures|heal|heals|treat|treats|treatment|therapy|diagnos\w*|prevents?)\b/i)
    }
  })

  it('uses US spelling and typographic apostrophes throughout', () => {
    for (const { path, text } of prose) {
      expect(text, path).not.toMatch(/\b(colour|centre|favour|metre|behaviour|organis\w*|realis\w*|tyre|whilst)\b/i)
      expect(text, path).not.toMatch(/[a-z]'[a-z]/i)
    }
  })
})

describe('docs/content-sources.md', () => {
  it('mentions every checklist item and stretch', () => {
    const doc = readFileSync(new URL('../../docs/content-sources.md', import.meta.url), 'utf8')
    for (const item of checklistItems) expect(doc, item.id).toContain(`\`${item.id}\``)
    for (const stretch of stretches) expect(doc, stretch.id).toContain(`\`${stretch.id}\``)
  })

  it('lists every red flag with its tier and sources, and every source key', () => {
    const doc = readFileSync(new URL('../../docs/content-sources.md', import.meta.url), 'utf8')
    for (const tier of safetyContent.redFlagTiers) {
      for (const item of tier.items) expect(doc, item.id).toContain(`\`${item.id}\` | ${item.text} | ${item.sources.join(', ')} |`)
    }
    for (const source of sources) expect(doc, source.key).toContain(`| ${source.key} |`)
  })
})
