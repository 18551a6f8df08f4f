import { rendererI18n } from '../../lib/i18n'
import { z } from 'zod'
import { messageText } from '@shared/i18n/message-text'
import { settingsIssueMessage, settingsSchema } from '@shared/settings'

function sentence(text: string): string {
  const trimmed = text.trim()
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`
}

/** A number setting's allowed range, read from the one schema, by the path of an issue. */
function numberRange(path: readonly PropertyKey[]): { min: number; max: number; whole: boolean } | null {
  let schema: z.ZodType = settingsSchema
  for (const key of path) {
    if (!(schema instanceof z.ZodObject) || typeof key !== 'string') return null
    const field: unknown = schema.shape[key]
    if (!(field instanceof z.ZodType)) return null
    schema = field
  }
  if (!(schema instanceof z.ZodNumber) || schema.minValue === null || schema.maxValue === null) return null
  return { min: schema.minValue, max: schema.maxValue, whole: schema.isInt }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const range = issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type' ? numberRange(issue.path) : null
  // Both ends at once, so a person fixing one bound does not run into the other.
  if (range !== null && (issue.code !== 'invalid_type' || issue.expected === 'int')) {
    return rendererI18n.t(range.whole ? 'fields.rangeWhole' : 'fields.rangeValue', { min: range.min, max: range.max })
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? rendererI18n.t(issue.origin === 'string' ? 'fields.atLeastChars' : 'fields.atLeast', { count: Number(issue.minimum) })
        : rendererI18n.t('fields.atLeastValue', { count: Number(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string') return rendererI18n.t('fields.atMostChars', { count: Number(issue.maximum) })
      if (issue.origin === 'array') return rendererI18n.t('fields.atMost', { count: Number(issue.maximum) })
      return rendererI18n.t('fields.atMostValue', { count: Number(issue.maximum) })
    case 'invalid_type':
      return issue.expected === 'int' ? rendererI18n.t('fields.wholeNumber') : rendererI18n.t('fields.enterNumber')
    default: {
      // The schema's own rules (time format, range order, clock slots, daily limit) name their catalog message.
      const message = settingsIssueMessage(issue)
      return message === null ? sentence(issue.message) : messageText(rendererI18n.t, message)
    }
  }
}

/**
 * Turns the settings schema's verdict into words for the person at the field. The zod
 * defaults ("Too small: expected number to be >=1") read like a stack trace; the bounds
 * themselves still come from the one schema, so the page never disagrees with main.
 */
export function describeSettingsProblem(error: z.ZodError): string {
  const messages = error.issues.map(describeIssue)
  return [...new Set(messages)].join(' ')
}
