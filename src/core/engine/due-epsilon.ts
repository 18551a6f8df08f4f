/** Rounding slack for "is this due now", so float sums never push an event 1 ms late. */
export const EPSILON_MS = 1e-3
