import { describe, expect, it } from 'vitest'
import { acceleratorProblem } from '../../../../src/renderer/src/features/preferences/accelerator'
import { mergeSettingsPatches } from '../../../../src/renderer/src/features/preferences/merge-patch'
import { describeSettingsProblem } from '../../../../src/renderer/src/features/preferences/validation-message'
import { problemText } from '../../../../src/renderer/src/features/preferences/field-problem'
import { messageText } from '../../../../src/shared/i18n/message-text'
import { defaultSettings, settingsPatchSchema, settingsSchema } from '@shared/settings'
import { act } from '@testing-library/react'
import { rendererI18n } from '../../../../src/renderer/src/lib/i18n'
import { showLanguage } from '../../../../src/shared/i18n/create-i18n'

describe('acceleratorProblem', () => {
  it.each(['', 'CommandOrControl+Alt+B', 'Ctrl+Shift+F9', 'F12', 'Alt+Space', 'CmdOrCtrl+Plus', 'Super+num5'])('accepts %j', (text) => {
    expect(acceleratorProblem(text)).toBeNull()
  })

  it.each([
    ['B', /at least one modifier/],
    ['Ctrl+', /single “\+”/],
    ['Ctrl + B', /spaces/],
    ['Hyper+B', /“Hyper” is not a modifier/],
    ['Ctrl+Alt', /End with a key/],
    ['Ctrl+Banana', /“Banana” is not a key/],
    ['Ctrl+Ctrl+B', /each modifier once/]
  ])('explains what is wrong with %j', (text, message) => {
    const problem = acceleratorProblem(text)
    expect(problem && messageText(rendererI18n.t, problem)).toMatch(message)
  })
})

describe('mergeSettingsPatches', () => {
  it('merges sections field by field and working-hours days day by day', () => {
    expect(
      mergeSettingsPatches([
        { break: { intervalMinutes: 40 } },
        { break: { durationMinutes: 3 }, posture: { enabled: false } },
        { workingHours: { days: { mon: [] } } },
        { workingHours: { days: { tue: [{ start: '10:00', end: '12:00' }] }, enabled: true } },
        { break: { intervalMinutes: 45 } }
      ])
    ).toEqual({
      break: { intervalMinutes: 45, durationMinutes: 3 },
      posture: { enabled: false },
      workingHours: { enabled: true, days: { mon: [], tue: [{ start: '10:00', end: '12:00' }] } }
    })
  })
})

describe('describeSettingsProblem', () => {
  const problem = (patch: unknown): string => {
    const result = settingsPatchSchema.safeParse(patch)
    if (result.success) throw new Error('expected a problem')
    return problemText(rendererI18n.t, describeSettingsProblem(result.error))
  }

  it('words bounds, whole numbers and refinements for people', () => {
    expect(problem({ break: { intervalMinutes: 0 } })).toBe('Use a value from 1 to 240.')
    expect(problem({ break: { intervalMinutes: 241 } })).toBe('Use a value from 1 to 240.')
    expect(problem({ break: { maxPostpones: 1.5 } })).toBe('Use a whole number from 0 to 10.')
    expect(problem({ app: { globalShortcut: 'x'.repeat(61) } })).toBe('Use at most 60 characters.')
    expect(problem({ workingHours: { days: { mon: [{ start: '10:00', end: '09:00' }] } } })).toBe(
      'A working-hours range must end after it starts.'
    )
    expect(
      problem({ workingHours: { days: { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } })
    ).toBe('This range overlaps 09:00–12:00; ranges of one day must not overlap.')
  })

  const wholeProblem = (changes: { break?: object; dailyLimit?: object }): string => {
    const result = settingsSchema.safeParse({
      ...defaultSettings,
      break: { ...defaultSettings.break, ...changes.break },
      dailyLimit: { ...defaultSettings.dailyLimit, ...changes.dailyLimit }
    })
    if (result.success) throw new Error('expected a problem')
    return problemText(rendererI18n.t, describeSettingsProblem(result.error))
  }

  it('words every rule of the schema from the catalog, in the language shown', async () => {
    const cases = [
      () => problem({ workingHours: { days: { mon: [{ start: '9:00', end: '12:00' }] } } }),
      () => problem({ workingHours: { days: { mon: [{ start: '10:00', end: '09:00' }] } } }),
      () => problem({ workingHours: { days: { mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } }),
      () => problem({ break: { clockMinutes: [30, 10] } }),
      () => wholeProblem({ break: { schedule: 'clock', clockMinutes: [] } }),
      () => wholeProblem({ break: { schedule: 'clock', clockMinutes: [20, 23], durationMinutes: 5 } }),
      () => wholeProblem({ dailyLimit: { enabled: true, minutes: 30 } })
    ]
    expect(cases.map((words) => words())).toEqual([
      'Enter a time as HH:MM, from 00:00 to 24:00.',
      'A working-hours range must end after it starts.',
      'This range overlaps 09:00–12:00; ranges of one day must not overlap.',
      'List each minute past the hour once, in ascending order.',
      'A clock schedule needs at least one minute past the hour.',
      'Breaks at :20 and :23 would overlap: slots must be at least the break length (5 min) apart.',
      `The daily limit (30 min) must not be below the break interval (${String(defaultSettings.break.intervalMinutes)} min).`
    ])
    await act(() => showLanguage(rendererI18n, { language: 'de', locale: 'de' }))
    try {
      expect(cases.map((words) => words())).toEqual([
        'Geben Sie eine Uhrzeit als HH:MM ein, von 00:00 bis 24:00.',
        'Ein Zeitraum muss nach seinem Beginn enden.',
        'Dieser Zeitraum überschneidet sich mit 09:00–12:00; die Zeiträume eines Tages dürfen sich nicht überschneiden.',
        'Nennen Sie jede Minute nach der vollen Stunde nur einmal und in aufsteigender Reihenfolge.',
        'Ein Zeitplan nach der Uhr braucht mindestens eine Minute nach der vollen Stunde.',
        'Pausen um :20 und :23 würden sich überschneiden: Die Zeitpunkte müssen mindestens eine Pausenlänge (5 Min.) auseinanderliegen.',
        `Das Tageslimit (30 Min.) darf nicht unter dem Pausenabstand (${String(defaultSettings.break.intervalMinutes)} Min.) liegen.`
      ])
    } finally {
      await act(() => showLanguage(rendererI18n, { language: 'en', locale: 'en-GB' }))
    }
  })
})
