import { rmSync } from 'node:fs'
import type { SettingsPatch } from '../../../src/shared/settings'
import { createServicesFixture, type ServicesFixture } from '../../helpers/app-services-fixture'

export const MINUTE_MS = 60_000

export interface TestServices extends ServicesFixture {
  /** Moves the fake clock to this many minutes after the start, firing the engine's timers. */
  at(minutes: number): void
  /** Stops the engine, flushes history and removes the temp folder. */
  dispose(): Promise<void>
}

/**
 * The real application services (stores, history, engine) in a temp folder, on a fake clock
 * and fake input, with some settings changed: what the Electron shell wires its adapters to.
 */
export async function createTestServices(options: { settings?: SettingsPatch; timeZone?: string } = {}): Promise<TestServices> {
  const fixture = await createServicesFixture({ timeZone: options.timeZone })
  if (options.settings) {
    const result = fixture.services.settings.update(options.settings)
    if (!result.ok) throw new Error(result.message)
  }
  return {
    ...fixture,
    at: (minutes) => {
      fixture.clock.advanceTo(minutes * MINUTE_MS)
    },
    dispose: async () => {
      await fixture.services.dispose()
      rmSync(fixture.dataDir, { recursive: true, force: true })
    }
  }
}
