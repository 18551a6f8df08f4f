import { z } from 'zod'
import { type DeviceUser, deviceUser, UnreadableProbeOutput } from './device-use'

/*
 * `pactl -f json list source-outputs` (PulseAudio ≥ 16 and PipeWire's pipewire-pulse): one
 * object per recording stream. Only the fields read here are checked; the rest is ignored so a
 * newer pactl with more fields still parses.
 */
const propertiesSchema = z.record(z.string(), z.unknown()).catch({})

const sourceOutputSchema = z.object({
  index: z.number().int().nonnegative(),
  /** index of the source recorded from */
  source: z.number().int().nonnegative(),
  corked: z.boolean().optional(),
  properties: propertiesSchema.optional()
})
export type PactlSourceOutput = z.infer<typeof sourceOutputSchema>

const sourceSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string(),
  monitor_of_sink: z.string().nullable().optional(),
  properties: propertiesSchema.optional()
})
export type PactlSource = z.infer<typeof sourceSchema>

function parseJsonList<T>(what: string, text: string, schema: z.ZodType<T>): T[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new UnreadableProbeOutput(what, 'not JSON')
  }
  const parsed = z.array(schema).max(10_000).safeParse(value)
  if (!parsed.success) throw new UnreadableProbeOutput(what, 'not a list of streams in the expected shape')
  return parsed.data
}

export function parsePactlSourceOutputs(text: string): PactlSourceOutput[] {
  return parseJsonList('pactl source-outputs', text, sourceOutputSchema)
}

/** `pactl -f json list sources`: used only to tell monitor sources (a sink's playback) from microphones. */
export function parsePactlSources(text: string): PactlSource[] {
  return parseJsonList('pactl sources', text, sourceSchema)
}

const property = (properties: Record<string, unknown> | undefined, key: string): string | null => {
  const value = properties?.[key]
  return typeof value === 'string' ? value : null
}

/** A monitor source carries what the speakers play: recording it is screen/audio capture, not a call. */
function isMonitorSource(source: PactlSource): boolean {
  const monitorOf = source.monitor_of_sink
  return (
    source.name.endsWith('.monitor') ||
    (typeof monitorOf === 'string' && monitorOf !== '' && monitorOf !== 'n/a') ||
    property(source.properties, 'device.class') === 'monitor'
  )
}

function isMonitorStream(output: PactlSourceOutput, monitorIndexes: ReadonlySet<number>): boolean {
  if (monitorIndexes.has(output.source)) return true
  // PipeWire marks a stream that captures a sink; its target name ends in ".monitor".
  return (
    property(output.properties, 'stream.capture.sink') === 'true' ||
    (property(output.properties, 'target.object') ?? '').endsWith('.monitor')
  )
}

function pidOf(output: PactlSourceOutput): number | null {
  const pid = Number(property(output.properties, 'application.process.id'))
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null
}

/** Streams that may need the sources list to be judged: the probe asks for it only then. */
export function candidateMicrophoneOutputs(outputs: readonly PactlSourceOutput[], ownPids: ReadonlySet<number>): PactlSourceOutput[] {
  return outputs.filter((output) => {
    const pid = pidOf(output)
    // A corked (paused) stream records nothing.
    return output.corked !== true && (pid === null || !ownPids.has(pid)) && !isMonitorStream(output, new Set())
  })
}

/**
 * Apps recording from a microphone: uncorked streams that are not ours and not on a monitor
 * source. Without the sources list (`sources` null) only the stream's own properties can show a
 * monitor.
 */
export function microphoneUsersFromPactl(
  outputs: readonly PactlSourceOutput[],
  sources: readonly PactlSource[] | null,
  ownPids: ReadonlySet<number>
): DeviceUser[] {
  const monitorIndexes = new Set((sources ?? []).filter(isMonitorSource).map((source) => source.index))
  return candidateMicrophoneOutputs(outputs, ownPids)
    .filter((output) => !isMonitorStream(output, monitorIndexes))
    .map((output) =>
      deviceUser(
        'microphone',
        property(output.properties, 'application.name') ?? property(output.properties, 'application.process.binary') ?? 'unknown',
        pidOf(output)
      )
    )
}
