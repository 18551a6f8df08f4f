import { z } from 'zod'
import { type Message, message } from '@shared/message'
import { settingsIssueMessage, settingsSchema } from '@shared/settings'
import type { FieldProblem } from './field-problem'

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

function describeIssue(issue: z.core.$ZodIssue): Message {
  const range = issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type' ? numberRange(issue.path) : null
  // Both ends at once, so a person fixing one bound does not run into the other.
  if (range !== null && (issue.code !== 'invalid_type' || issue.expected === 'int')) {
    return message(range.whole ? 'fields.rangeWhole' : 'fields.rangeValue', { min: range.min, max: range.max })
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? message(issue.origin === 'string' ? 'fields.atLeastChars' : 'fields.atLeast', { count: Number(issue.minimum) })
        : message('fields.atLeastValue', { count: Number(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string') return message('fields.atMostChars', { count: Number(issue.maximum) })
      if (issue.origin === 'array') return message('fields.atMost', { count: Number(issue.maximum) })
      return message('fields.atMostValue', { count: Number(issue.maximum) })
    case 'invalid_type':
      return message(issue.expected === 'int' ? 'fields.wholeNumber' : 'fields.enterNumber')
    default:
      // The schema's own rules (time format, range order, clock slots, daily limit) name their
      // catalog message; anything else (which the controls do not let through) is zod's line.
      return settingsIssueMessage(issue) ?? message('messages.settings.invalid', { detail: issue.message })
  }
}

/**
 * Turns the settings schema's verdict into words for the person at the field. The zod
 * defaults ("Too small: expected number to be >=1") read like a stack trace; the bounds
 * themselves still come from the one schema, so the page never disagrees with main.
 */
export function describeSettingsProblem(error: z.ZodError): FieldProblem {
  return error.issues.map(describeIssue)
}
