import {
  type EventChannel,
  type InvokeChannel,
  eventChannels,
  invokeChannels
} from './channels'
import type { EventPayload, InvokeInput, InvokeOutput } from './contract'

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never
type ArgsOf<C extends InvokeChannel> = InvokeInput<C> extends undefined ? [] : [input: InvokeInput<C>]

/** `window.upright`: one method per declared channel, grouped by domain. Nothing generic. */
export type UprightApi = {
  [D in Domain<InvokeChannel>]: {
    [C in InvokeChannel as C extends `${D}:${infer V}` ? V : never]: (
      ...args: ArgsOf<C>
    ) => Promise<InvokeOutput<C>>
  }
} & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

export type InvokeTransport = (channel: InvokeChannel, input: unknown) => Promise<unknown>
export type SubscribeTransport = (event: EventChannel, listener: (payload: unknown) => void) => () => void

/**
 * Builds the page API from the channel list over a transport (ipcRenderer in the preload,
 * fetch + EventSource in the web harness), so both expose exactly the same surface.
 */
export function buildApi(invoke: InvokeTransport, subscribe: SubscribeTransport): UprightApi {
  const groups: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of invokeChannels) {
    const [domain = '', verb = ''] = channel.split(':')
    const group = (groups[domain] ??= {})
    group[verb] = (input?: unknown) => invoke(channel, input)
  }
  const on = (event: EventChannel, listener: (payload: unknown) => void): (() => void) => {
    if (!(eventChannels as readonly string[]).includes(event)) throw new Error(`unknown event ${String(event)}`)
    return subscribe(event, listener)
  }
  // The mapped type above is the contract; this object is built to match it by construction.
  return { ...groups, on } as unknown as UprightApi
}
