import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BusyDetectionList } from '../../../../src/renderer/src/features/preferences/busy-detection-list'

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

afterEach(() => {
  fake.reset()
})

describe('BusyDetectionList', () => {
  it('names what this computer lets Upright notice, what turned off, and what it cannot see', async () => {
    fake.api.busy.capabilities.mockResolvedValue([
      { signal: 'camera', state: 'watching', detail: 'Camera (/proc, /dev/video*)' },
      { signal: 'microphone', state: 'off', detail: 'Turned off: the tool it needs is not installed' },
      { signal: 'fullscreen', state: 'none', detail: "Other apps' fullscreen windows cannot be seen; only Upright's own." }
    ])
    render(<BusyDetectionList />)
    const list = await screen.findByRole('list', { name: 'What Upright can notice on this computer' })
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual([
      'Camera in use by another app: noticed — Camera (/proc, /dev/video*)',
      'Microphone in use by another app: turned off — Turned off: the tool it needs is not installed',
      "Fullscreen windows: not noticed here — Other apps' fullscreen windows cannot be seen; only Upright's own."
    ])
  })

  it('says so when the question fails', async () => {
    fake.api.busy.capabilities.mockRejectedValue(new Error('no'))
    render(<BusyDetectionList />)
    expect(await screen.findByText('Could not ask what this computer lets Upright notice.')).toBeTruthy()
  })
})
