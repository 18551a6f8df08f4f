/** The message of a thrown value, whatever was thrown (promises reject with anything). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
