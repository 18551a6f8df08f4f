import { describe, expect, it } from 'vitest'
import { messageText } from '../../src/shared/i18n/message-text'
import { displayableLanguages } from '../../src/shared/i18n/catalogs'
import { sentenceAboutSettings, settingLabel } from '../../src/shared/setting-labels'
import { settingLeafKeys } from '../../src/shared/setting-keys'
import { i18nShowing, inEnglish } from '../helpers/message-words'

describe('settingLabel', () => {
  it('names every setting, so a refusal about any of them can say which', () => {
    expect(settingLeafKeys.filter((key) => settingLabel(key) === null)).toEqual([])
  })

  it('knows no setting that does not exist', () => {
    expect(settingLabel('break.levle')).toBeNull()
    expect(settingLabel('workingHours.days.xyz')).toBeNull()
    expect(settingLabel('constructor')).toBeNull()
  })

  it.each(displayableLanguages())('gives every setting a name in %s, without any key or placeholder left in it', async (language) => {
    const instance = await i18nShowing(language)
    for (const key of settingLeafKeys) {
      const label = settingLabel(key)
      if (label === null) throw new Error(`no label for ${key}`)
      const text = messageText(instance.t, label)
      expect(text, key).not.toMatch(/prefs\.|messages\.|\{\{/)
      expect(text.length, key).toBeGreaterThan(2)
    }
  })
})

describe('sentenceAboutSettings', () => {
  const conflict = (keys: readonly string[]) => sentenceAboutSettings(keys, 'messages.policy.conflict', 'messages.policy.conflictSeveral')

  it('names every setting, each in the language’s quotation marks, listed as the language lists', async () => {
    expect(inEnglish(conflict(['dailyLimit.minutes']))).toMatch(/^“Daily limit in minutes of active time” did not fit/)
    expect(inEnglish(conflict(['break.level', 'dailyLimit.minutes']))).toMatch(
      /^“How firmly breaks interrupt” and “Daily limit in minutes of active time” did not fit the settings your organisation sets, so Upright set them back/
    )
    const spanish = await i18nShowing('es')
    expect(messageText(spanish.t, conflict(['break.level', 'app.theme', 'dailyLimit.minutes']))).toMatch(/^«[^«»]+», «[^«»]+» y «[^«»]+» no encajaban/)
  })
})
