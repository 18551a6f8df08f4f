/*
 * Electron accelerator strings ("CommandOrControl+Alt+B"): modifiers and one key joined by "+".
 * Checked here so a typo is explained at the field; main still decides whether the OS lets
 * Upright register it (another app may own the shortcut).
 * https://www.electronjs.org/docs/latest/api/accelerator
 */

const modifiers = new Set(
  ['Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta'].map(
    (name) => name.toLowerCase()
  )
)

const namedKeys = new Set(
  [
    'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
    'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'PrintScreen',
    'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause',
    'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
    'numdec', 'numadd', 'numsub', 'nummult', 'numdiv'
  ].map((name) => name.toLowerCase())
)

const functionKey = /^f([1-9]|1\d|2[0-4])$/i
const singleCharacterKey = /^[a-z0-9)!@#$%^&*(:;:+=<,_\->.?/~`{\][|\\}"']$/i

function isKey(part: string): boolean {
  return singleCharacterKey.test(part) || functionKey.test(part) || namedKeys.has(part.toLowerCase())
}

export const acceleratorFormatHint =
  'Modifiers and one key joined by “+”, for example CommandOrControl+Alt+B or Ctrl+Shift+F9. Modifiers: CommandOrControl, Command, Control, Alt, Option, Shift, Super. Leave empty for no shortcut.'

/** Null when the text is empty (no shortcut) or a well-formed accelerator; otherwise why not. */
export function acceleratorProblem(text: string): string | null {
  if (text === '') return null
  if (/\s/.test(text)) return 'Leave out spaces: join the parts with “+”, as in CommandOrControl+Alt+B.'
  // "Plus" names the + key, so a literal "+" can only separate parts.
  const parts = text.split('+')
  if (parts.some((part) => part === '')) return 'Join the parts with a single “+”, as in CommandOrControl+Alt+B.'
  const key = parts[parts.length - 1] ?? ''
  const mods = parts.slice(0, -1)
  const unknown = mods.find((part) => !modifiers.has(part.toLowerCase()))
  if (unknown !== undefined) return `“${unknown}” is not a modifier. Use CommandOrControl, Alt, Shift, Super and the like before the key.`
  if (modifiers.has(key.toLowerCase())) return 'End with a key, such as B or F9, after the modifiers.'
  if (!isKey(key)) return `“${key}” is not a key name Upright knows. Use a letter, a digit, F1–F24 or a named key such as Space.`
  if (new Set(mods.map((part) => part.toLowerCase())).size !== mods.length) return 'Use each modifier once.'
  // A bare letter as a system-wide shortcut would swallow that key in every app.
  if (mods.length === 0 && !functionKey.test(key)) return 'Add at least one modifier (such as CommandOrControl or Alt), or use a function key.'
  return null
}
