import { z } from 'zod'

/*
 * Bounds for every time, count and duration read from a file or IPC (DESIGN §4): a value
 * outside them is bad input (400, a skipped history line, a file set aside), never a blank
 * page or a 500 further in.
 */

/**
 * The latest time any file or message may carry: the end of year 9999. Inside the Date range
 * (±8.64e15 ms) with room for the arithmetic the app does on it (a re-check weeks later), and
 * every formatter (toISOString, Intl, Luxon) still renders it.
 */
export const maxEpochMs = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** A wall-clock time in epoch milliseconds, 1970 to 9999. */
export const epochMsSchema = z.int().min(0).max(maxEpochMs)
/** The same, where the clock may give fractions (a sped-up harness clock). */
export const wallMsSchema = z.number().min(0).max(maxEpochMs)

/** A count of events: far beyond any real history, well inside what a page can show. */
export const maxCount = 1_000_000_000
export const countSchema = z.int().min(0).max(maxCount)

/** A duration in minutes or seconds: never longer than the span the times above allow. */
export const maxDurationMinutes = Math.ceil(maxEpochMs / 60_000)
export const durationMinutesSchema = z.number().min(0).max(maxDurationMinutes)
export const durationSecondsSchema = z.number().min(0).max(maxDurationMinutes * 60)
