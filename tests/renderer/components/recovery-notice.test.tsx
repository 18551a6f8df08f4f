import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecoveryNotice } from '../../../src/renderer/src/components/recovery-notice'
import { rendererI18n } from '../../../src/renderer/src/lib/i18n'
import { showLanguage } from '../../../src/shared/i18n/create-i18n'
import type { Message } from '../../../src/shared/message'

const fake = await vi.hoisted(async () => (await import('../helpers/fake-api')).createFakeApi())
vi.mock('../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

afterEach(async () => {
  fake.reset()
  await act(() => showLanguage(rendererI18n, { language: 'en', locale: 'en-GB' }))
})

const setAside: Message = {
  key: 'messages.storage.setAside',
  values: {
    file: { key: 'messages.storage.file.settings' },
    problem: { key: 'messages.storage.problem.corrupt', values: { detail: 'Unexpected end of JSON input' } },
    keptAt: '/data/settings.corrupt-1.json',
    fallback: { key: 'messages.storage.fallback.settings' }
  }
}
const readOnly: Message = { key: 'messages.storage.write.readOnly', values: { dataDir: '/data' } }

describe('RecoveryNotice', () => {
  it('words every notice from main in the window language and follows a language change', async () => {
    fake.api.notice.get.mockResolvedValue({ messages: [setAside, readOnly] })
    render(<RecoveryNotice />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(
      'Your settings file could not be used. It is not valid JSON (Unexpected end of JSON input). It was kept as /data/settings.corrupt-1.json. Upright is using the default settings.'
    )
    expect(alert.textContent).toContain("Upright's data folder (/data) is read-only")

    await act(() => showLanguage(rendererI18n, { language: 'de', locale: 'de' }))
    expect(alert.textContent).toContain(
      'Die Datei mit Ihren Einstellungen konnte nicht verwendet werden. Sie enthält kein gültiges JSON (Unexpected end of JSON input). Sie wurde als /data/settings.corrupt-1.json aufbewahrt. Upright verwendet die Standardeinstellungen.'
    )
    expect(alert.textContent).not.toMatch(/could not|read-only|Dismiss/)
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeTruthy()
  })

  it('shows nothing when all is well, and a notice pushed later at once', async () => {
    fake.api.notice.get.mockResolvedValue({ messages: [] })
    render(<RecoveryNotice />)
    await act(() => Promise.resolve())
    expect(screen.queryByRole('alert')).toBeNull()
    act(() => fake.emit('notice:changed', { messages: [readOnly] }))
    expect((await screen.findByRole('alert')).textContent).toContain('is read-only')
  })
})
