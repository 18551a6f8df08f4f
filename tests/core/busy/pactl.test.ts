import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { microphoneUsersFromPactl, parsePactlSourceOutputs, parsePactlSources } from '../../../src/core/busy/pactl'

const read = (name: string): string => readFileSync(`tests/fixtures/busy/${name}`, 'utf8')
const OURS = new Set([100])

describe('Linux microphone: pactl -f json list source-outputs', () => {
  const outputs = parsePactlSourceOutputs(read('pactl-source-outputs.json'))
  const sources = parsePactlSources(read('pactl-sources.json'))

  it('counts an app recording from a microphone; not ours, not a monitor source, not a corked stream', () => {
    expect(outputs.map((output) => output.index)).toEqual([80, 81, 82, 83, 84])
    expect(microphoneUsersFromPactl(outputs, sources, OURS)).toEqual([{ device: 'microphone', app: 'Firefox', pid: 2001 }])
  })

  it('without the sources list, only a stream that says it captures a sink is known as a monitor', () => {
    const apps = microphoneUsersFromPactl(outputs, null, OURS).map((user) => user.app)
    expect(apps).toEqual(['Firefox', 'OBS Studio'])
  })

  it('our own process recording is left out', () => {
    expect(microphoneUsersFromPactl(outputs, sources, new Set()).map((user) => user.app)).toEqual(['Firefox', 'Upright'])
  })

  it('no streams: no microphone in use', () => {
    expect(microphoneUsersFromPactl(parsePactlSourceOutputs(read('pactl-quiet.json')), null, OURS)).toEqual([])
  })

  it('a malformed file or an unexpected shape is an error naming the source', () => {
    expect(() => parsePactlSourceOutputs(read('pactl-malformed.json'))).toThrow('pactl source-outputs: not JSON')
    expect(() => parsePactlSourceOutputs('{"index":1}')).toThrow(/not a list of streams/)
    expect(() => parsePactlSourceOutputs('[{"index":-1,"source":2}]')).toThrow(/not a list of streams/)
  })

  it('keeps app names printable and bounded', () => {
    const named = parsePactlSourceOutputs(JSON.stringify([{ index: 1, source: 55, properties: { 'application.name': `a\nb${'x'.repeat(500)}` } }]))
    const [user] = microphoneUsersFromPactl(named, sources, OURS)
    expect(user?.app.startsWith('a b')).toBe(true)
    expect(user?.app.length).toBe(200)
    expect(user?.pid).toBeNull()
  })
})
