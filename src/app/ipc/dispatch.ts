import type { z } from 'zod'
import { type InvokeChannel, isInvokeChannel } from '../../shared/ipc/channels'
import { type InvokeInput, type InvokeOutput, invokeContract } from '../../shared/ipc/contract'
import { describeZodError } from '../../shared/settings'
import { errorMessage } from '../../shared/error-message'

/** One handler per channel; a channel without a handler does not compile. */
export type IpcHandlers = {
  [C in InvokeChannel]: (input: InvokeInput<C>) => InvokeOutput<C> | Promise<InvokeOutput<C>>
}

export type DispatchResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 404 | 500; message: string }
  /** `answer`: the refusal in the channel's own result shape, when its contract has one (see IpcRefusal). */
  | { ok: false; status: 409; message: string; answer?: unknown }

/**
 * A valid request the app cannot carry out now (e.g. skip in strict level): 409, not a bug.
 * `answer` is the refusal as the channel's contract states one (settings:update's `ok: false`
 * with its catalog message): both shells hand it to the page as the result, so the page words
 * it like any other refusal, while the harness's HTTP status stays 409 and `message` stays
 * English for logs.
 */
export class IpcRefusal extends Error {
  constructor(
    message: string,
    readonly answer?: unknown
  ) {
    super(message)
  }
}

/** A well-formed request for something that does not exist (an unknown stretch id): 404. */
export class IpcNotFound extends Error {}

/**
 * Electron's structured clone carries `undefined` where JSON (the harness) drops the key;
 * dropping it here gives both shells the same input, so `{ "x": undefined }` means "no x"
 * instead of reaching a handler as a value no schema expects.
 */
export function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined)
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value
  const result: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    if (child !== undefined) result[key] = withoutUndefined(child)
  }
  return result
}

/**
 * The single path every renderer request takes, in Electron (ipcMain) and in the web
 * harness (HTTP) alike: known channel → validated input → handler → validated result.
 * It never throws: a bad payload is a 400 with a message, a handler bug a 500.
 */
export async function dispatch(
  handlers: IpcHandlers,
  channel: unknown,
  rawInput: unknown
): Promise<DispatchResult> {
  if (!isInvokeChannel(channel)) {
    return { ok: false, status: 404, message: `unknown channel ${JSON.stringify(channel)}` }
  }
  const spec = invokeContract[channel]
  const parsedInput = spec.input.safeParse(withoutUndefined(rawInput))
  if (!parsedInput.success) {
    return { ok: false, status: 400, message: `${channel}: ${describeZodError(parsedInput.error)}` }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    const value: unknown = await handler(parsedInput.data)
    const parsedOutput = spec.output.safeParse(value)
    if (!parsedOutput.success) {
      return { ok: false, status: 500, message: `${channel} returned an invalid result: ${describeZodError(parsedOutput.error)}` }
    }
    return { ok: true, value: parsedOutput.data }
  } catch (error) {
    if (error instanceof IpcRefusal) return refusal(channel, spec.output, error)
    if (error instanceof IpcNotFound) return { ok: false, status: 404, message: `${channel}: ${error.message}` }
    return { ok: false, status: 500, message: `${channel} failed: ${errorMessage(error)}` }
  }
}

function refusal(channel: InvokeChannel, output: z.ZodType, error: IpcRefusal): DispatchResult {
  const message = `${channel}: ${error.message}`
  if (error.answer === undefined) return { ok: false, status: 409, message }
  const answer = output.safeParse(error.answer)
  if (!answer.success) {
    return { ok: false, status: 500, message: `${channel} refused with an invalid answer: ${describeZodError(answer.error)}` }
  }
  // The result schema admits success too; a refusal that says "ok" would reach the page as a change made.
  if (!isRefusalAnswer(answer.data)) return { ok: false, status: 500, message: `${channel} refused with an answer that says ok` }
  return { ok: false, status: 409, message, answer: answer.data }
}

function isRefusalAnswer(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false
}
