import { z } from 'zod'
import { safetyTiers } from '../routes'
import { bodyAreaSchema } from '../settings'
import { isInsideViewBox, parseSvgPath, parseViewBox } from './svg-path'

/**
 * Schemas for Upright's health content. Every content type is inferred from these, so the
 * data files, the renderer and the tests cannot drift apart; tests parse all content with them.
 */

/** Lower-case words joined by hyphens: stable ids that also work in URLs and test names. */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'ids are kebab-case' })

/** User-facing text: trimmed, non-empty, and short enough to stay readable on a break screen. */
function text(maxLength: number) {
  return z
    .string()
    .min(1)
    .max(maxLength)
    .refine((value) => value.trim() === value, { message: 'no leading or trailing spaces' })
}

// ---------------------------------------------------------------------------------------------
// Sources

/** Keys of CONTENT-FACTS section E; content cites them so every number can be traced. */
export const sourceKeySchema = z.enum([
  'OSHA-eT',
  'OSHA-GWP',
  'OSHA-QT',
  'OSHA-Tel',
  'OSHA-Env',
  'CalOSHA-26',
  'CalOSHA-16',
  'CalOSHA-Chair',
  'CCOHS-SP',
  'CCOHS-SB',
  'CCOHS-MP',
  'CCOHS-Chair',
  'HSE-FAQ',
  'LRD',
  'NIBI',
  'NIBI-Laptop',
  'SLDC-HSE',
  'RMM-HSE',
  'TUC-WS',
  'Cornell-SS',
  'Cornell-DG',
  'Cornell-Laptop',
  'AOA',
  'AAO',
  'UCLA',
  'Mayo-Sit',
  'Mayo-Office',
  'Mayo-Sh',
  'Mayo-Basic',
  'Mayo-BD',
  'Mayo-Back',
  'NHS-LBP',
  'NHS-Back',
  'NHS-Neck',
  'NHS-Posture',
  'NHS-Sit',
  'HSE-IE-Balance',
  'NHS-Flex',
  'NHS-Str',
  'NHS-Tayside',
  'NHSinform-Back',
  'VA',
  'ARUK-Neck',
  'SIRA-NSW',
  'Healthwise',
  'CSP',
  'McLean-2001',
  'Galinsky-2000',
  'Galinsky-2007',
  'Henning-1997',
  'NICE-NG59',
  'G-Care',
  'KCE',
  'FDA-Wellness',
  'KS-FDA',
  'FDA-Disclaimer-Note',
  'FDA-HCP-Note',
  'Seed-Uneven',
  // Addendum G of CONTENT-FACTS (bridge, hand moves, walking breaks, warm-up, eyes, red flags)
  'Mayo-BridgeHD',
  'Mayo-Core',
  'Mayo-CoreEx',
  'VA-Hips',
  'CUH-Back',
  'CUH-Gen',
  'NHS-Preg',
  'KP-Finger',
  'UHSussex',
  'CCOHS-Str',
  'Lifespan-ASHT',
  'CalOSHA-35',
  'Cornell-Guide',
  'Mayo-CTS',
  'NHS-RSI',
  'HSE-MSD-FAQ',
  'Buckley-2015',
  'Dunstan-2012',
  'Bailey-Locke-2015',
  'Henson-2016',
  'Mayo-Stretch',
  'NHSinform-WU',
  'AAO-PR',
  'Mayo-Back2015',
  'Mayo-Neck2012',
  'Mayo-Neck',
  'Sheffield-Neck',
  'MPFT-Neck',
  'NHS-Chest',
  'GPonline'
])
export type SourceKey = z.infer<typeof sourceKeySchema>

/** The general dose rules G1–G4, used where a source gives no dose for an exercise. */
export const doseRuleKeySchema = z.enum(['G1', 'G2', 'G3', 'G4'])
export type DoseRuleKey = z.infer<typeof doseRuleKeySchema>

/**
 * How much weight a source carries: `copy` means the text was read in a secondary copy of the
 * original, and `seed` marks the product's seed articles, which are not authoritative.
 */
export const sourceKindSchema = z.enum(['guideline', 'clinic', 'study', 'copy', 'commentary', 'seed'])

export const sourceSchema = z
  .object({
    key: sourceKeySchema,
    title: text(160),
    /** Absent when the text was found but its address was not (OSHA-Env). */
    url: z.url().optional(),
    kind: sourceKindSchema,
    note: text(200).optional()
  })
  .strict()
export type Source = z.infer<typeof sourceSchema>

export const doseRuleSchema = z
  .object({
    key: doseRuleKeySchema,
    sourceKey: sourceKeySchema,
    summary: text(200)
  })
  .strict()
export type DoseRule = z.infer<typeof doseRuleSchema>

// ---------------------------------------------------------------------------------------------
// Workstation checklist

export const checklistGroupSchema = z.enum(['screen', 'chair', 'desk', 'habits'])
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>

export const checklistItemSchema = z
  .object({
    id: contentIdSchema,
    group: checklistGroupSchema,
    /** What to check, as a short heading. */
    title: text(60),
    /** How to check it, with the numbers. */
    check: text(320),
    why: text(160),
    fix: text(320),
    /** True for items that only some people need (bifocals, laptops, phones, bags). */
    mayNotApply: z.boolean(),
    sources: z.array(sourceKeySchema).min(1)
  })
  .strict()
export type ChecklistItem = z.infer<typeof checklistItemSchema>
/** A checklist item as the content data holds it; its words come from the catalog (checklist.<id>.…). */
export type ChecklistItemData = Omit<ChecklistItem, 'title' | 'check' | 'why' | 'fix'>

// ---------------------------------------------------------------------------------------------
// Illustrations

/**
 * The renderer draws `body` (the end position) in currentColor, `start` (where the move
 * begins) as a faint dashed ghost, `prop` (chair, desk, wall, floor) muted, `motion` (arrows)
 * in the accent color and `target` (the muscles that stretch or work) as a wide, light accent
 * band, so one drawing works in light and dark themes and shows both ends of the move.
 */
export const illustrationRoleSchema = z.enum(['body', 'start', 'prop', 'motion', 'target'])
export type IllustrationRole = z.infer<typeof illustrationRoleSchema>

export const illustrationStrokeSchema = z
  .object({
    d: z.string().min(3),
    role: illustrationRoleSchema
  })
  .strict()
export type IllustrationStroke = z.infer<typeof illustrationStrokeSchema>

export const illustrationCircleSchema = z
  .object({
    cx: z.number(),
    cy: z.number(),
    r: z.number().positive(),
    role: illustrationRoleSchema
  })
  .strict()
export type IllustrationCircle = z.infer<typeof illustrationCircleSchema>

/** A short word in the drawing ("palm up"); the side tag is added by the renderer. */
export const illustrationLabelSchema = z
  .object({
    x: z.number(),
    y: z.number(),
    text: text(16),
    /** `start` labels go with the ghost of the start position. */
    role: z.enum(['body', 'start'])
  })
  .strict()
export type IllustrationLabel = z.infer<typeof illustrationLabelSchema>

export const illustrationSchema = z
  .object({
    viewBox: z.string(),
    /** Text alternative for screen readers. */
    alt: text(240),
    strokes: z.array(illustrationStrokeSchema).min(1),
    circles: z.array(illustrationCircleSchema),
    labels: z.array(illustrationLabelSchema).max(4).optional(),
    /**
     * One-sided moves: the side of the body the drawing shows being stretched or worked, and
     * where to put the side tag. The renderer mirrors the drawing for the other side.
     */
    side: z
      .object({ shows: z.enum(['left', 'right']), tagX: z.number(), tagY: z.number() })
      .strict()
      .optional()
  })
  .strict()
  .superRefine((drawing, context) => {
    const box = parseViewBox(drawing.viewBox)
    if (box === null) {
      context.addIssue({ code: 'custom', path: ['viewBox'], message: 'viewBox must be four numbers' })
      return
    }
    drawing.strokes.forEach((stroke, index) => {
      const parsed = parseSvgPath(stroke.d)
      if (!parsed.ok) {
        context.addIssue({ code: 'custom', path: ['strokes', index, 'd'], message: parsed.reason })
        return
      }
      const outside = parsed.points.find((point) => !isInsideViewBox(point, box))
      if (outside !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['strokes', index, 'd'],
          message: `point ${outside.join(',')} lies outside the viewBox`
        })
      }
    })
    drawing.circles.forEach((circle, index) => {
      const corners = [
        [circle.cx - circle.r, circle.cy - circle.r],
        [circle.cx + circle.r, circle.cy + circle.r]
      ] as const
      if (!corners.every((corner) => isInsideViewBox(corner, box))) {
        context.addIssue({ code: 'custom', path: ['circles', index], message: 'circle leaves the viewBox' })
      }
    })
    drawing.labels?.forEach((label, index) => {
      if (!isInsideViewBox([label.x, label.y], box)) {
        context.addIssue({ code: 'custom', path: ['labels', index], message: 'label lies outside the viewBox' })
      }
    })
    if (drawing.side !== undefined && !isInsideViewBox([drawing.side.tagX, drawing.side.tagY], box)) {
      context.addIssue({ code: 'custom', path: ['side'], message: 'side tag lies outside the viewBox' })
    }
    if (!drawing.strokes.some((stroke) => stroke.role === 'body')) {
      context.addIssue({ code: 'custom', path: ['strokes'], message: 'a drawing needs at least one body stroke' })
    }
  })
export type Illustration = z.infer<typeof illustrationSchema>
/** A label's place in the content data; its word comes from the catalog. */
export type IllustrationLabelData = Omit<IllustrationLabel, 'text'>
/** A drawing as the content data holds it: geometry only, its words come from the catalog. */
export type IllustrationData = Omit<Illustration, 'alt' | 'labels'> & { labels?: IllustrationLabelData[] }

// ---------------------------------------------------------------------------------------------
// Stretches and exercises

/** `desk`: doable beside the desk in work clothes. `floor`: needs floor space, so long breaks only. */
export const placeSchema = z.enum(['desk', 'floor'])
export type Place = z.infer<typeof placeSchema>

/** Start position; the routine groups moves by it so nobody gets up and down repeatedly. */
export const positionSchema = z.enum(['seated', 'standing', 'floor'])
export type Position = z.infer<typeof positionSchema>

/** `each`: one side at a time, so the weaker- or tighter-side order applies. */
export const exerciseSidesSchema = z.enum(['both', 'each'])
export type ExerciseSides = z.infer<typeof exerciseSidesSchema>

/**
 * How a one-sided move names its sides. Everywhere in Upright, "left" is the side being
 * stretched (role `stretch`: the tighter-side setting adds a hold there) or worked (role
 * `strength`: the weaker-side setting starts there and the other side does fewer). The words
 * are whole phrases per side, not a "{side}" slot, because languages inflect "left"/"right".
 */
export const oneSideSchema = z
  .object({
    role: z.enum(['stretch', 'strength']),
    /** Shown after the side in the player: "your left neck muscles stretch". */
    left: text(80),
    right: text(80),
    /** How to do the left side, so the convention is never in doubt. */
    hint: text(160)
  })
  .strict()
export type OneSide = z.infer<typeof oneSideSchema>

const countRangeSchema = z
  .object({ min: z.int().min(1), max: z.int().min(1) })
  .strict()
  .refine((range) => range.min <= range.max, { message: 'min must not exceed max' })
export type CountRange = z.infer<typeof countRangeSchema>

function within(value: number, range: CountRange | undefined): boolean {
  return range === undefined || (value >= range.min && value <= range.max)
}

/**
 * Ranges are the span the sources allow. The routine builder may move within them to fit a
 * break; without a range it may only do less than the listed dose (never more), because a
 * shorter set is the conservative direction.
 */
export const holdDoseSchema = z
  .object({
    kind: z.literal('hold'),
    /** Up to 5 minutes for the walking break; stretches stay within the 30 s the rules allow (tested). */
    holdSeconds: z.int().min(1).max(300),
    /** Holds per side per set. */
    reps: z.int().min(1).max(15),
    sets: z.int().min(1).max(3),
    holdSecondsRange: countRangeSchema.optional(),
    repsRange: countRangeSchema.optional(),
    setsRange: countRangeSchema.optional()
  })
  .strict()
  .refine(
    (dose) =>
      within(dose.holdSeconds, dose.holdSecondsRange) &&
      within(dose.reps, dose.repsRange) &&
      within(dose.sets, dose.setsRange),
    { message: 'the listed dose must lie inside its ranges' }
  )

export const tempoSchema = z
  .object({
    upSeconds: z.number().positive().max(10),
    pauseSeconds: z.number().min(0).max(10).optional(),
    downSeconds: z.number().positive().max(10)
  })
  .strict()
export type Tempo = z.infer<typeof tempoSchema>

export const repsDoseSchema = z
  .object({
    kind: z.literal('reps'),
    /** Repetitions per side per set. */
    reps: z.int().min(1).max(20),
    sets: z.int().min(1).max(3),
    /** Without a tempo a repetition counts as about 3 seconds. */
    tempo: tempoSchema.optional(),
    repsRange: countRangeSchema.optional(),
    setsRange: countRangeSchema.optional()
  })
  .strict()
  .refine((dose) => within(dose.reps, dose.repsRange) && within(dose.sets, dose.setsRange), {
    message: 'the listed dose must lie inside its ranges'
  })

export const doseSchema = z.discriminatedUnion('kind', [holdDoseSchema, repsDoseSchema])
export type Dose = z.infer<typeof doseSchema>
export type HoldDose = z.infer<typeof holdDoseSchema>
export type RepsDose = z.infer<typeof repsDoseSchema>

const knownDoseSourceKeys = new Set<string>([...sourceKeySchema.options, ...doseRuleKeySchema.options])

/** Splits "G2, Healthwise" into its keys. */
export function splitDoseSource(doseSource: string): string[] {
  return doseSource.split(',').map((key) => key.trim())
}

export const stretchSchema = z
  .object({
    id: contentIdSchema,
    name: text(48),
    areas: z.array(bodyAreaSchema).min(1),
    place: placeSchema,
    position: positionSchema,
    /** Plain sentences in order; the renderer numbers them. */
    steps: z.array(text(200)).min(3).max(6),
    dose: doseSchema,
    sides: exerciseSidesSchema,
    /** For one-sided moves: what "left" and "right" mean for this move. */
    oneSide: oneSideSchema.optional(),
    /** Offered on its own (the walking break), never mixed into a stretch routine. */
    standalone: z.literal(true).optional(),
    caution: text(160),
    /** Comma-separated source keys and/or general dose rules (G1–G4). */
    doseSource: z.string().refine((value) => splitDoseSource(value).every((key) => knownDoseSourceKeys.has(key)), {
      message: 'doseSource must list known source keys or G1–G4'
    }),
    /** Why the dose is what it is, when the sources were thin. */
    doseNote: text(200).optional(),
    illustration: illustrationSchema
  })
  .strict()
  .superRefine((stretch, context) => {
    if (stretch.sides === 'each' && (stretch.oneSide === undefined || stretch.illustration.side === undefined)) {
      context.addIssue({ code: 'custom', path: ['oneSide'], message: 'one-sided moves say what a side means and mark it in the drawing' })
    }
    if (stretch.sides === 'both' && (stretch.oneSide !== undefined || stretch.illustration.side !== undefined)) {
      context.addIssue({ code: 'custom', path: ['oneSide'], message: 'only one-sided moves name a side' })
    }
    if ((stretch.place === 'floor') !== (stretch.position === 'floor')) {
      context.addIssue({ code: 'custom', path: ['position'], message: 'floor moves start on the floor, desk moves do not' })
    }
  })
export type Stretch = z.infer<typeof stretchSchema>
/** The library holds strengthening moves too; "exercise" and "stretch" name the same thing. */
export type Exercise = Stretch
/** Text fields of a stretch; they come from the catalog (stretches.<id>.…). */
type StretchTextField = 'name' | 'steps' | 'caution' | 'doseNote' | 'oneSide' | 'illustration'
/**
 * A stretch as the content data holds it: ids, doses and geometry, no words. The routine
 * builder needs only this; a localized `Stretch` is assignable to it.
 */
export type StretchData = Omit<Stretch, StretchTextField> & {
  oneSide?: Pick<OneSide, 'role'>
  illustration: IllustrationData
}

// ---------------------------------------------------------------------------------------------
// Safety

export const redFlagSchema = z
  .object({
    id: contentIdSchema,
    text: text(200),
    /** Every red flag is traced to where it comes from (docs/content-sources.md lists them). */
    sources: z.array(sourceKeySchema).min(1)
  })
  .strict()
export type RedFlag = z.infer<typeof redFlagSchema>

/** The three tiers of DESIGN §5, most urgent first; ids double as the safety page anchors. */
export const redFlagTierIdSchema = z.enum(safetyTiers)
export type RedFlagTierId = z.infer<typeof redFlagTierIdSchema>

export const redFlagTierSchema = z
  .object({
    id: redFlagTierIdSchema,
    title: text(60),
    intro: text(200),
    items: z.array(redFlagSchema).min(3),
    /** What to do, in one or two sentences. */
    action: text(200)
  })
  .strict()
export type RedFlagTier = z.infer<typeof redFlagTierSchema>

export const safetyContentSchema = z
  .object({
    disclaimer: z
      .object({
        title: text(60),
        paragraphs: z.array(text(320)).min(2)
      })
      .strict(),
    redFlagTiers: z
      .array(redFlagTierSchema)
      .length(3)
      .refine((tiers) => tiers.map((tier) => tier.id).join() === redFlagTierIdSchema.options.join(), {
        message: 'tiers come in the order emergency, urgent, professional'
      }),
    /** Shown with every routine. */
    stopIfItHurts: text(120),
    /** Move first and keep breathing (CONTENT-FACTS Addendum D); shown before stretches. */
    warmUpAndBreathe: z.object({ text: text(240), sources: z.array(sourceKeySchema).min(1) }).strict(),
    /** For several days running of high discomfort check-ins: no diagnosis, no condition names. */
    highDiscomfort: z
      .object({
        title: text(60),
        paragraphs: z.array(text(320)).min(1),
        actionLabel: text(40)
      })
      .strict(),
    /** One line for the about box and the safety page footer. */
    wellnessStatement: text(240)
  })
  .strict()
export type SafetyContent = z.infer<typeof safetyContentSchema>
/** The safety content's structure: tier order, red-flag ids and their sources; words in the catalog (safety.…). */
export interface SafetyContentData {
  readonly redFlagTiers: readonly { readonly id: RedFlagTierId; readonly items: readonly Omit<RedFlag, 'text'>[] }[]
  readonly warmUpAndBreathe: { readonly sources: readonly SourceKey[] }
}

// ---------------------------------------------------------------------------------------------
// Posture and habits

export const posturePointSchema = z
  .object({
    id: contentIdSchema,
    /** Two or three words for a compact card. */
    short: text(32),
    text: text(140)
  })
  .strict()
export type PosturePoint = z.infer<typeof posturePointSchema>

export const postureCardSchema = z
  .object({
    title: text(40),
    points: z.array(posturePointSchema).length(5)
  })
  .strict()
export type PostureCard = z.infer<typeof postureCardSchema>

/** A system notification: the title and body limits keep it readable on every OS. */
export const notificationTextSchema = z
  .object({
    id: contentIdSchema,
    title: text(48),
    body: text(140)
  })
  .strict()
export type NotificationText = z.infer<typeof notificationTextSchema>

export const eyeCueSchema = z
  .object({
    title: text(48),
    body: text(140),
    lookFeet: z.number().positive(),
    lookMeters: z.number().positive(),
    lookSeconds: z.number().positive(),
    sources: z.array(sourceKeySchema).min(1)
  })
  .strict()
export type EyeCue = z.infer<typeof eyeCueSchema>
export type EyeCueData = Omit<EyeCue, 'title' | 'body'>

export const habitTipSchema = z
  .object({
    id: contentIdSchema,
    title: text(60),
    text: text(240),
    areas: z.array(bodyAreaSchema),
    sources: z.array(sourceKeySchema).min(1)
  })
  .strict()
export type HabitTip = z.infer<typeof habitTipSchema>
export type HabitTipData = Omit<HabitTip, 'title' | 'text'>

/** A short titled explanation, e.g. what the weaker-side setting does. */
export const explainerSchema = z
  .object({
    title: text(60),
    paragraphs: z.array(text(320)).min(1)
  })
  .strict()
export type Explainer = z.infer<typeof explainerSchema>
