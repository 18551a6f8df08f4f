import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type AppServices, createAppServices } from '../../src/app/services/app-services'
import type { PolicySource } from '../../src/app/services/policy-service'
import type { StorageLibrary } from '../../src/core/storage'
import type { MainRoute } from '../../src/shared/routes'
import { ScriptedActivity } from '../../src/core/simulator/scripted-activity'
import { ScriptedClock } from '../../src/core/simulator/scripted-clock'

export interface ServicesFixture {
  services: AppServices
  clock: ScriptedClock
  activity: ScriptedActivity
  dataDir: string
  /** What the services asked the shell to do, in order: "open:<route>" or "quit". */
  shellCalls: string[]
  logs: string[]
  /** Lets pending history appends reach the file. */
  settle(): Promise<void>
}

/** Real stores in a temp folder, a fake clock and fake input: the app layer as both shells build it. */
export async function createServicesFixture(
  options: {
    startIso?: string
    timeZone?: string
    dataDir?: string
    saveCsv?: (name: string, csv: string) => Promise<string | null>
    storage?: StorageLibrary
    policySource?: PolicySource
  } = {}
): Promise<ServicesFixture> {
  const clock = new ScriptedClock(Date.parse(options.startIso ?? '2026-03-02T09:00:00Z'))
  const activity = new ScriptedActivity(clock)
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'upright-services-'))
  const fixture: Omit<ServicesFixture, 'services'> = {
    clock,
    activity,
    dataDir,
    shellCalls: [],
    logs: [],
    // The history log applies appends in call order and a read waits for every append already
    // asked for. One turn of the event loop more lets their follow-ups (events) run.
    settle: async () => {
      await services.history.readAll()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  // eslint-disable-next-line prefer-const -- settle above reaches the services once they exist
  let services: AppServices
  services = await createAppServices({
    dataDir,
    shell: 'web',
    version: '0.0.0-test',
    platform: 'linux',
    clock,
    activity,
    timeZone: () => options.timeZone ?? 'UTC',
    // British English, whatever this machine's locale: the catalog's words with a 24-hour clock.
    systemLanguages: () => ['en-GB'],
    shellPort: {
      openPage: (route: MainRoute) => {
        fixture.shellCalls.push(`open:${route}`)
      },
      quit: () => {
        fixture.shellCalls.push('quit')
      }
    },
    saveCsv: options.saveCsv,
    storage: options.storage,
    policySource: options.policySource,
    log: (message) => fixture.logs.push(message)
  })
  return { ...fixture, services }
}
