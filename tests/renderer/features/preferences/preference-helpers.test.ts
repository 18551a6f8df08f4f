import { describe, expect, it } from 'vitest'
import { acceleratorProblem } from '../../../../src/renderer/src/features/preferences/accelerator'
import { mergeSettingsPatches } from '../../../../src/renderer/src/features/preferences/merge-patch'
import { describeSettingsProblem } from '../../../../src/renderer/src/features/preferences/validation-message'
import { settingsPatchSchema } from '@shared/settings'

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
    expect(acceleratorProblem(text)).toMatch(message)
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
    return describeSettingsProblem(result.error)
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
})
