/*
 * Version 3 splits version 2's single "weaker or stiffer side" into two answers and adds the
 * floor-exercise consent:
 *
 *   body.weakerSide     kept as it was: the old answer keeps driving strengthening moves
 *   body.tighterSide    new, "none": stretches get no extra hold until the user picks a side
 *                       (seed 000: the tighter side is often the stronger one, so copying the
 *                       old answer would put the extra stretch on the wrong side for many)
 *   body.floorExercises new, "ask": no floor moves until the user says yes
 *
 * Anything else is carried over untouched; the final schema check judges it.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function migrateV2ToV3(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.body)) return input
  return {
    ...input,
    body: { ...input.body, tighterSide: 'none', floorExercises: 'ask' }
  }
}
