import { describe, expect, it } from 'vitest'
import { createStorageHealth, describeWriteFailure } from '../../../src/app/services/storage-health'
import { messageText } from '../../../src/shared/i18n/message-text'
import { i18nShowing, inEnglish, noticesInEnglish } from '../../helpers/message-words'

const systemError = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code })

describe('what a failing write tells the user', () => {
  it('names a full disk, a read-only folder or the error, with a short tray line each', () => {
    expect(inEnglish(describeWriteFailure(systemError('ENOSPC'), '/data').message)).toMatch(/^The disk holding Upright's data \(\/data\) is full/)
    expect(inEnglish(describeWriteFailure(systemError('EROFS'), '/data').short)).toBe('Not saving: the data folder is read-only')
    expect(inEnglish(describeWriteFailure(systemError('EIO'), '/data').message)).toBe('Upright could not save to its data folder (/data): EIO: failed.')
  })

  it('is a message each window words: German for a German window, with the folder kept', async () => {
    const { t } = await i18nShowing('de')
    const full = describeWriteFailure(systemError('ENOSPC'), '/data')
    expect(messageText(t, full.message)).toBe(
      'Das Laufwerk mit den Daten von Upright (/data) ist voll, daher werden Änderungen und der Verlauf nicht gespeichert. Geben Sie etwas Speicherplatz frei, dann wird wieder gespeichert.'
    )
    expect(messageText(t, full.short)).toBe('Speichern nicht möglich: Laufwerk voll')
  })

  it('keeps start notices and a failing write until dismissed; the tray line lasts while writes fail', () => {
    const logs: string[] = []
    const health = createStorageHealth({ dataDir: '/data', onChange: () => undefined, log: (line) => logs.push(line) })
    expect(health.current()).toEqual([])
    health.addStartNotice({ key: 'messages.storage.fallback.counts' })
    health.writeFailed(systemError('EACCES'))
    expect(noticesInEnglish(health.current())).toBe(
      "Both counts start fresh. Upright's data folder (/data) is read-only, so changes and history are not being saved."
    )
    // The log keeps the technical error in English, whatever the windows show.
    expect(logs).toEqual(['Upright: could not save to /data: EACCES: failed'])
    health.dismiss()
    expect(health.current()).toEqual([])
    expect(inEnglish(health.trayLine())).toBe('Not saving: the data folder is read-only')
    health.writeSucceeded()
    expect(health.trayLine()).toBeNull()
  })
})
