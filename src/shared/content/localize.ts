import { checklistItems } from './checklist'
import { eyeCue, habitTips, postureCardPointIds, postureCueIds } from './posture'
import { safetyContent } from './safety'
import type {
  ChecklistItem,
  EyeCue,
  Explainer,
  HabitTip,
  Illustration,
  IllustrationData,
  NotificationText,
  PostureCard,
  SafetyContent,
  Stretch,
  StretchData
} from './schema'
import { stretches } from './stretches'

/**
 * Words for the health content in one language: the `content` catalog behind a narrow interface,
 * so this module needs no i18next (src/shared/i18n/content-words.ts adapts an i18next instance).
 * Keys are built from content ids, so they are plain strings here; the catalog test checks that
 * every key the data needs exists in every language.
 */
export interface ContentWords {
  text(key: string, values?: Readonly<Record<string, number | string>>): string
  list(key: string): readonly string[]
  has(key: string): boolean
}

/** All health content in one language: the data's structure and numbers with the catalog's words. */
export interface Content {
  readonly stretches: readonly Stretch[]
  readonly findStretch: (id: string) => Stretch | undefined
  /** "Left side (your left neck muscles stretch)"; null for moves done with both sides at once. */
  readonly sideLabel: (stretch: Stretch, side: 'left' | 'right' | 'both') => string | null
  readonly checklistItems: readonly ChecklistItem[]
  readonly safety: SafetyContent
  readonly postureCard: PostureCard
  /** Notification variants for the posture cue; the engine rotates through them. */
  readonly postureCueTexts: readonly NotificationText[]
  readonly eyeCue: EyeCue
  readonly habitTips: readonly HabitTip[]
  readonly unevenSidesExplainer: Explainer
}

/**
 * An object whose fields are built on first read, then kept. A window builds only the content it
 * shows, and the break window has only its part of the words (src/shared/i18n/catalog-parts.ts):
 * the fields it never reads are never built from words it does not have.
 */
function builtOnRead<T extends object>(builders: { readonly [Key in keyof T]: () => T[Key] }): T {
  const built: Partial<T> = {}
  const object = {} as T
  for (const key of Object.keys(builders) as (keyof T)[]) {
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => {
        if (!(key in built)) built[key] = builders[key]()
        return built[key]
      }
    })
  }
  return object
}

function illustrationIn(words: ContentWords, key: string, data: IllustrationData): Illustration {
  const labelWords = data.labels === undefined ? [] : words.list(`${key}.labels`)
  const { labels, ...geometry } = data
  return {
    ...geometry,
    alt: words.text(`${key}.alt`),
    ...(labels === undefined ? {} : { labels: labels.map((label, index) => ({ ...label, text: labelWords[index] ?? '' })) })
  }
}

function stretchIn(words: ContentWords, data: StretchData): Stretch {
  const key = `stretches.${data.id}`
  const { oneSide, illustration, ...rest } = data
  return {
    ...rest,
    name: words.text(`${key}.name`),
    steps: [...words.list(`${key}.steps`)],
    caution: words.text(`${key}.caution`),
    ...(words.has(`${key}.doseNote`) ? { doseNote: words.text(`${key}.doseNote`) } : {}),
    ...(oneSide === undefined
      ? {}
      : {
          oneSide: {
            role: oneSide.role,
            left: words.text(`${key}.oneSide.left`),
            right: words.text(`${key}.oneSide.right`),
            hint: words.text(`${key}.oneSide.hint`)
          }
        }),
    illustration: illustrationIn(words, `${key}.illustration`, illustration)
  }
}

function safetyIn(words: ContentWords): SafetyContent {
  return builtOnRead<SafetyContent>({
    disclaimer: () => ({
      title: words.text('safety.disclaimer.title'),
      paragraphs: [...words.list('safety.disclaimer.paragraphs')]
    }),
    redFlagTiers: () =>
      safetyContent.redFlagTiers.map((tier) => {
        const key = `safety.redFlagTiers.${tier.id}`
        return {
          id: tier.id,
          title: words.text(`${key}.title`),
          intro: words.text(`${key}.intro`),
          items: tier.items.map((item) => ({ ...item, sources: [...item.sources], text: words.text(`${key}.items.${item.id}`) })),
          action: words.text(`${key}.action`)
        }
      }),
    stopIfItHurts: () => words.text('safety.stopIfItHurts'),
    warmUpAndBreathe: () => ({ text: words.text('safety.warmUpAndBreathe'), sources: [...safetyContent.warmUpAndBreathe.sources] }),
    highDiscomfort: () => ({
      title: words.text('safety.highDiscomfort.title'),
      paragraphs: [...words.list('safety.highDiscomfort.paragraphs')],
      actionLabel: words.text('safety.highDiscomfort.actionLabel')
    }),
    wellnessStatement: () => words.text('safety.wellnessStatement')
  })
}

function checklistIn(words: ContentWords): readonly ChecklistItem[] {
  return checklistItems.map((item) => {
    const key = `checklist.${item.id}`
    return {
      ...item,
      sources: [...item.sources],
      title: words.text(`${key}.title`),
      check: words.text(`${key}.check`),
      why: words.text(`${key}.why`),
      fix: words.text(`${key}.fix`)
    }
  })
}

/** The distances and time of the eye rest, for the texts that name them. */
const eyeNumbers = { seconds: eyeCue.lookSeconds, meters: eyeCue.lookMeters, feet: eyeCue.lookFeet }

/** Builds the content in the words' language; callers keep the result per language (see `contentIn`). */
export function contentFor(words: ContentWords): Content {
  let byId: ReadonlyMap<string, Stretch> | undefined
  const content: Content = builtOnRead<Content>({
    stretches: () => stretches.map((data) => stretchIn(words, data)),
    findStretch: () => (id) => {
      byId ??= new Map(content.stretches.map((stretch) => [stretch.id, stretch]))
      return byId.get(id)
    },
    sideLabel: () => (stretch, side) =>
      side === 'both' || stretch.oneSide === undefined ? null : words.text(`sideLabel.${side}`, { detail: stretch.oneSide[side] }),
    checklistItems: () => checklistIn(words),
    safety: () => safetyIn(words),
    postureCard: () => ({
      title: words.text('posture.card.title'),
      points: postureCardPointIds.map((id) => ({
        id,
        short: words.text(`posture.card.points.${id}.short`),
        text: words.text(`posture.card.points.${id}.text`)
      }))
    }),
    postureCueTexts: () =>
      postureCueIds.map((id) => ({
        id,
        title: words.text(`posture.cues.${id}.title`, eyeNumbers),
        body: words.text(`posture.cues.${id}.body`, eyeNumbers)
      })),
    eyeCue: () => ({
      ...eyeCue,
      sources: [...eyeCue.sources],
      title: words.text('posture.eyeCue.title'),
      body: words.text('posture.eyeCue.body', eyeNumbers)
    }),
    habitTips: () =>
      habitTips.map((tip) => ({
        ...tip,
        areas: [...tip.areas],
        sources: [...tip.sources],
        title: words.text(`posture.habitTips.${tip.id}.title`),
        text: words.text(`posture.habitTips.${tip.id}.text`)
      })),
    unevenSidesExplainer: () => ({
      title: words.text('posture.unevenSides.title'),
      paragraphs: [...words.list('posture.unevenSides.paragraphs')]
    })
  })
  return content
}
