import { type Message, message } from '@shared/message'
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

/** Null when the text is empty (no shortcut) or a well-formed accelerator; otherwise why not. */
export function acceleratorProblem(text: string): Message | null {
  if (text === '') return null
  if (/\s/.test(text)) return message('fields.shortcut.spaces')
  // "Plus" names the + key, so a literal "+" can only separate parts.
  const parts = text.split('+')
  if (parts.some((part) => part === '')) return message('fields.shortcut.singlePlus')
  const key = parts[parts.length - 1] ?? ''
  const mods = parts.slice(0, -1)
  const unknown = mods.find((part) => !modifiers.has(part.toLowerCase()))
  if (unknown !== undefined) return message('fields.shortcut.notModifier', { part: unknown })
  if (modifiers.has(key.toLowerCase())) return message('fields.shortcut.endWithKey')
  if (!isKey(key)) return message('fields.shortcut.unknownKey', { key })
  if (new Set(mods.map((part) => part.toLowerCase())).size !== mods.length) return message('fields.shortcut.modifierOnce')
  // A bare letter as a system-wide shortcut would swallow that key in every app.
  if (mods.length === 0 && !functionKey.test(key)) return message('fields.shortcut.needModifier')
  return null
}

/** What a keydown tells the recorder: the keys held so far, and the key that completes it. */
export interface KeyPress {
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const namedCodes: Readonly<Record<string, string>> = {
  Space: 'Space', Enter: 'Enter', Tab: 'Tab', Backspace: 'Backspace', Delete: 'Delete', Insert: 'Insert',
  Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', Comma: ',', Period: '.', Slash: '/', Semicolon: ';', Quote: "'",
  BracketLeft: '[', BracketRight: ']', Backslash: '\\', Backquote: '`',
  NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv', NumpadDecimal: 'numdec'
}

/**
 * The accelerator key for a physical key (KeyboardEvent.code, so the layout's shifted symbols
 * do not leak in), or null for a modifier or a key Electron cannot bind.
 */
function keyOfCode(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code)?.[1]
  if (letter) return letter
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code)
  if (digit?.[1]) return code.startsWith('Numpad') ? `num${digit[1]}` : digit[1]
  if (functionKey.test(code)) return code
  return namedCodes[code] ?? null
}

/** Modifiers first, in Electron's usual order; Ctrl and ⌘ both mean CommandOrControl. */
function modifiersOf(press: KeyPress): string[] {
  return [
    ...(press.ctrlKey || press.metaKey ? ['CommandOrControl'] : []),
    ...(press.altKey ? ['Alt'] : []),
    ...(press.shiftKey ? ['Shift'] : [])
  ]
}

/** A finished accelerator, or the modifiers held so far ("CommandOrControl+Alt") while waiting for a key. */
export function acceleratorFromKeyPress(press: KeyPress): { done: true; accelerator: string } | { done: false; held: string } {
  const modifiers = modifiersOf(press)
  const key = keyOfCode(press.code)
  return key === null ? { done: false, held: modifiers.join('+') } : { done: true, accelerator: [...modifiers, key].join('+') }
}

const readableNames: Readonly<Record<string, { mac: string; other: string }>> = {
  commandorcontrol: { mac: '⌘', other: 'Ctrl' },
  cmdorctrl: { mac: '⌘', other: 'Ctrl' },
  command: { mac: '⌘', other: 'Super' },
  cmd: { mac: '⌘', other: 'Super' },
  control: { mac: '⌃', other: 'Ctrl' },
  ctrl: { mac: '⌃', other: 'Ctrl' },
  alt: { mac: '⌥', other: 'Alt' },
  option: { mac: '⌥', other: 'Alt' },
  shift: { mac: '⇧', other: 'Shift' },
  super: { mac: '⌘', other: 'Super' },
  meta: { mac: '⌘', other: 'Super' }
}

/** "CommandOrControl+Alt+B" → ["Ctrl", "Alt", "B"] (["⌘", "⌥", "B"] on a Mac), one entry per key to press. */
export function readableKeys(accelerator: string, mac: boolean): string[] {
  if (accelerator === '') return []
  return accelerator.split('+').map((part) => {
    const name = readableNames[part.toLowerCase()]
    if (name) return mac ? name.mac : name.other
    return part.length === 1 ? part.toUpperCase() : part
  })
}
