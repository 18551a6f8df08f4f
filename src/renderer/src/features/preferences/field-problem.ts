import type { TFunction } from 'i18next'
import { messageText } from '@shared/i18n/message-text'
import { type Message, message } from '@shared/message'

/**
 * What a field says about its value (why it is not valid, why it was not saved), kept as
 * messages and worded only when shown, so an error already on screen follows a change of
 * language. Several rules can fail at once: each says its part, once, joined by a space.
 */
export type FieldProblem = readonly Message[]

export function problemText(t: TFunction, problem: FieldProblem): string {
  return [...new Set(problem.map((part) => messageText(t, part)))].join(' ')
}

/**
 * Why a save did not happen: the app's refusal as a catalog message, or a thrown error's own
 * line (already in the window's words, or a technical detail that stays as it is).
 */
export type SaveRefusal = Message | string

/** "Not saved: …" (or another such frame) around a refusal. */
export function refusedProblem(frame: 'fields.notSaved' | 'fields.notCopied', reason: SaveRefusal): FieldProblem {
  return [message(frame, { reason })]
}
