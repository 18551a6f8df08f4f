import type { z } from 'zod'

function sentence(text: string): string {
  const trimmed = text.trim()
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `Use at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}.`
        : `Use a value of at least ${String(issue.minimum)}.`
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${String(issue.maximum)} characters.`
      if (issue.origin === 'array') return `Use at most ${String(issue.maximum)}.`
      return `Use a value of at most ${String(issue.maximum)}.`
    case 'invalid_type':
      return issue.expected === 'int' ? 'Use a whole number.' : 'Enter a number.'
    default:
      return sentence(issue.message)
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
