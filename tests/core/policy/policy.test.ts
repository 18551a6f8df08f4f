import { describe, expect, it } from 'vitest'
import { applyPolicy, describeLockedChange, lockedChangeMessage, lockedKeysIn, parsePolicy, type Policy, refusedLockedChange } from '../../../src/core/policy'
import { messageText } from '../../../src/shared/i18n/message-text'
import { messageSchema } from '../../../src/shared/message'
import { i18nShowing, inEnglish } from '../../helpers/message-words'
import { defaultSettings, type Settings } from '../../../src/shared/settings'

function policyFrom(document: unknown): Policy {
  const parsed = parsePolicy(JSON.stringify(document))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.policy
}

function messageFor(text: string): string {
  const parsed = parsePolicy(text)
  if (parsed.ok) throw new Error('expected the policy to be refused')
  return parsed.message
}

const userSettings: Settings = {
  ...defaultSettings,
  break: { ...defaultSettings.break, intervalMinutes: 40, level: 'gentle' },
  app: { ...defaultSettings.app, theme: 'dark' }
}

describe('parsePolicy', () => {
  it('reads defaults at any depth and the locked keys', () => {
    const policy = policyFrom({
      defaults: { break: { intervalMinutes: 30, level: 'strict' }, workingHours: { enabled: true, days: { sat: [{ start: '10:00', end: '12:00' }] } } },
      locked: ['break.level', 'app.sounds']
    })
    expect([...policy.values.keys()]).toEqual(['break.intervalMinutes', 'break.level', 'workingHours.enabled', 'workingHours.days.sat'])
    expect(policy.values.get('break.level')).toBe('strict')
    expect([...policy.locked]).toEqual(['break.level', 'app.sounds'])
  })

  it('takes an empty object as a policy that changes nothing', () => {
    const policy = policyFrom({})
    expect(policy.values.size).toBe(0)
    expect(policy.locked.size).toBe(0)
  })

  it('refuses text that is not JSON', () => {
    expect(messageFor('{"defaults": ')).toMatch(/^it is not valid JSON/)
  })

  it('refuses an unknown key in the defaults, naming its path', () => {
    expect(messageFor(JSON.stringify({ defaults: { break: { intervalMinuets: 30 } } }))).toMatch(/defaults\.break.*intervalMinuets/)
    expect(messageFor(JSON.stringify({ defaults: { brake: {} } }))).toMatch(/brake/)
  })

  it('refuses a value of the wrong type or out of range, naming the field', () => {
    expect(messageFor(JSON.stringify({ defaults: { break: { intervalMinutes: '30' } } }))).toMatch(/defaults\.break\.intervalMinutes/)
    expect(messageFor(JSON.stringify({ defaults: { break: { intervalMinutes: 0 } } }))).toMatch(/defaults\.break\.intervalMinutes/)
    expect(messageFor(JSON.stringify({ defaults: { break: { level: 'harsh' } } }))).toMatch(/defaults\.break\.level/)
  })

  it('refuses an unknown or non-leaf locked key, naming it', () => {
    expect(messageFor(JSON.stringify({ locked: ['break.levle'] }))).toMatch(/locked\.0: "break\.levle" is not a setting/)
    expect(messageFor(JSON.stringify({ locked: ['break'] }))).toMatch(/"break" is not a setting/)
    expect(messageFor(JSON.stringify({ locked: 'break.level' }))).toMatch(/locked/)
  })

  it('refuses unknown top-level keys and a file that is not an object', () => {
    expect(messageFor(JSON.stringify({ defaults: {}, lock: [] }))).toMatch(/lock/)
    expect(messageFor('[]')).toMatch(/^it is not a valid policy/)
  })
})

describe('applyPolicy', () => {
  const policy = policyFrom({ defaults: { break: { intervalMinutes: 30, level: 'strict' }, app: { theme: 'light' } }, locked: ['break.level', 'app.sounds'] })

  it('fills the keys the user has not chosen with the policy defaults', () => {
    const applied = applyPolicy(userSettings, new Set(), policy)
    expect(applied).toMatchObject({ ok: true, settings: { break: { intervalMinutes: 30, level: 'strict' }, app: { theme: 'light' } } })
  })

  it("keeps the user's choice over a policy default, but never over a locked key", () => {
    const applied = applyPolicy(userSettings, new Set(['break.intervalMinutes', 'break.level', 'app.theme']), policy)
    expect(applied).toMatchObject({ ok: true, settings: { break: { intervalMinutes: 40, level: 'strict' }, app: { theme: 'dark' } } })
  })

  it("locks a key the file gives no value to at Upright's own default", () => {
    const muted: Settings = { ...defaultSettings, app: { ...defaultSettings.app, sounds: false } }
    const applied = applyPolicy(muted, new Set(['app.sounds']), policy)
    expect(applied).toMatchObject({ ok: true, settings: { app: { sounds: defaultSettings.app.sounds } } })
  })

  it('leaves every other setting as saved', () => {
    const applied = applyPolicy(userSettings, new Set(), policy)
    expect(applied.ok && applied.settings.posture).toEqual(userSettings.posture)
    expect(applied.ok && applied.settings.workingHours).toEqual(userSettings.workingHours)
  })
})

describe('locked changes', () => {
  const policy = policyFrom({ locked: ['break.level', 'workingHours.days.mon'] })

  it('finds the locked keys a patch touches', () => {
    expect(lockedKeysIn({ break: { level: 'gentle', intervalMinutes: 20 } }, policy)).toEqual(['break.level'])
    expect(lockedKeysIn({ workingHours: { days: { mon: [], tue: [] } } }, policy)).toEqual(['workingHours.days.mon'])
    expect(lockedKeysIn({ break: { intervalMinutes: 20 } }, policy)).toEqual([])
  })

  it('says which setting is set by the organisation', () => {
    expect(describeLockedChange(['break.level'])).toBe('break.level is set by your organisation and cannot be changed')
  })

  it('names each setting as Preferences does, in the language shown, listed as that language lists', async () => {
    const german = await i18nShowing('de')
    expect(messageText(german.t, lockedChangeMessage(['break.level']))).toBe(
      '„Wie deutlich Pausen unterbrechen“ ist von Ihrer Organisation festgelegt und kann hier nicht geändert werden.'
    )
    expect(inEnglish(lockedChangeMessage(['workingHours.days.mon', 'workingHours.days.tue', 'workingHours.days.wed']))).toBe(
      '“Working hours on Monday”, “Working hours on Tuesday”, and “Working hours on Wednesday” are set by your organisation, so they cannot be changed here.'
    )
    expect(inEnglish(lockedChangeMessage(['postureWatch.mode', 'break.level']))).toBe(
      '“Posture watch (camera): Camera” and “How firmly breaks interrupt” are set by your organisation, so they cannot be changed here.'
    )
    expect(messageText(german.t, lockedChangeMessage(['break.level', 'app.theme']))).toBe(
      '„Wie deutlich Pausen unterbrechen“ und „Design“ sind von Ihrer Organisation festgelegt und können hier nicht geändert werden.'
    )
    const french = await i18nShowing('fr')
    expect(messageText(french.t, lockedChangeMessage(['workingHours.days.mon', 'workingHours.days.tue', 'workingHours.days.wed']))).toBe(
      '« Heures de travail : Lundi », « Heures de travail : Mardi » et « Heures de travail : Mercredi » sont définis par votre organisation et ne peuvent donc pas être modifiés ici.'
    )
    // The refusal crosses IPC: a list of settings named in a section stays within the message bounds.
    expect(messageSchema.safeParse(lockedChangeMessage(['postureWatch.mode', 'postureWatch.sensitivity', 'break.level'])).success).toBe(true)
    expect(refusedLockedChange(['app.theme'])).toEqual({
      ok: false,
      message: 'app.theme is set by your organisation and cannot be changed',
      refusal: { key: 'messages.settings.locked', values: { setting: { key: 'prefs.app.theme' } } }
    })
  })
})
