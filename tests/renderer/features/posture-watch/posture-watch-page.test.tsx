import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it, vi } from 'vitest'
import { defaultSettings } from '@shared/settings'
import type { PostureWatchStatus } from '@shared/posture-watch'
import PostureWatchPage from '../../../../src/renderer/src/features/posture-watch/posture-watch-page'

vi.setConfig({ testTimeout: 20_000 })

const off: PostureWatchStatus = {
  phase: 'off',
  posture: null,
  lastCueReason: null,
  lastCueAtMs: null,
  lastCheckAtMs: null,
  calibrated: false,
  failure: null,
  settings: defaultSettings.postureWatch
}

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

it('says why turning the watch on was refused (a locked setting answers, it does not throw)', async () => {
  fake.api.postureWatch.status.mockResolvedValue(off)
  fake.api.settings.update.mockResolvedValue({
    ok: false,
    message: 'postureWatch.enabled is set by your organisation and cannot be changed',
    refusal: { key: 'messages.settings.locked', values: { setting: { key: 'prefs.field.postureWatch.enabled.label' } } }
  })
  render(<PostureWatchPage />)
  await userEvent.click(await screen.findByRole('button', { name: 'Turn on the posture watch' }))
  expect((await screen.findByRole('alert')).textContent).toMatch(/is set by your organisation, so it cannot be changed here\./)
  // The status is not read back after a refused change: nothing changed.
  expect(fake.api.postureWatch.status).toHaveBeenCalledTimes(1)
})
