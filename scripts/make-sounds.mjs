// `node scripts/make-sounds.mjs`: writes the break sounds in src/renderer/public/sounds/.
// Synthesized here from sine waves, so they are ours to give away: CC0 (see the README).
// Mono, 16-bit PCM WAV at 22,050 Hz: every browser and Electron plays it with no decoder.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const sampleRate = 22_050
const outDir = join(import.meta.dirname, '..', 'src', 'renderer', 'public', 'sounds')

/** A note: a frequency with overtones (ratio → relative level), starting at `at` seconds. */
function renderNotes(notes, seconds) {
  const samples = new Float64Array(Math.round(seconds * sampleRate))
  for (const note of notes) {
    const start = Math.round(note.at * sampleRate)
    for (let index = start; index < samples.length; index += 1) {
      const t = (index - start) / sampleRate
      // A short attack avoids a click; the exponential decay is what makes it sound struck.
      const envelope = Math.min(1, t / 0.012) * Math.exp(-t / note.decaySeconds)
      let value = 0
      for (const [ratio, level] of note.partials) value += level * Math.sin(2 * Math.PI * note.hz * ratio * t)
      samples[index] += note.gain * envelope * value
    }
  }
  return samples
}

function wavBytes(samples) {
  const peak = samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0) || 1
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((value, index) => {
    data.writeInt16LE(Math.round((value / peak) * 0.8 * 32_767), index * 2)
  })
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

const pure = [[1, 1]]
const bell = [[1, 1], [2.76, 0.35], [5.4, 0.12]]

// Start rises, end falls: the two can be told apart without looking.
const sounds = {
  'soft-start': renderNotes([{ hz: 392, at: 0, gain: 0.6, decaySeconds: 0.35, partials: pure }, { hz: 523.25, at: 0.22, gain: 0.6, decaySeconds: 0.45, partials: pure }], 1.1),
  'soft-end': renderNotes([{ hz: 523.25, at: 0, gain: 0.6, decaySeconds: 0.35, partials: pure }, { hz: 392, at: 0.22, gain: 0.6, decaySeconds: 0.45, partials: pure }], 1.1),
  'chime-start': renderNotes([{ hz: 659.25, at: 0, gain: 0.7, decaySeconds: 0.5, partials: bell }, { hz: 880, at: 0.18, gain: 0.7, decaySeconds: 0.7, partials: bell }], 1.6),
  'chime-end': renderNotes([{ hz: 880, at: 0, gain: 0.7, decaySeconds: 0.5, partials: bell }, { hz: 659.25, at: 0.18, gain: 0.7, decaySeconds: 0.7, partials: bell }, { hz: 523.25, at: 0.36, gain: 0.7, decaySeconds: 0.8, partials: bell }], 1.9)
}

mkdirSync(outDir, { recursive: true })
for (const [name, samples] of Object.entries(sounds)) {
  const path = join(outDir, `${name}.wav`)
  writeFileSync(path, wavBytes(samples))
  console.log(`${path} (${Math.round(samples.length / sampleRate * 10) / 10} s)`)
}
