import { expect, test } from '@playwright/test'
import { useHarness } from './helpers/harness'

const harness = useHarness({ per: 'block' })

test('requests from a foreign Origin are refused', async ({ request }) => {
  const response = await request.post(`${harness.url}api/invoke/settings:get`, {
    headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
    data: {}
  })
  expect(response.status()).toBe(403)
  const page = await request.get(harness.url, { headers: { origin: 'http://evil.example' } })
  expect(page.status()).toBe(403)
})

test('requests addressed to a foreign Host are refused (DNS rebinding)', async ({ request }) => {
  const response = await request.get(harness.url, { headers: { host: 'evil.example:5199' } })
  expect(response.status()).toBe(403)
})

test('an invalid payload is a 400 with a message naming the field, and the server keeps serving', async ({ request }) => {
  const bad = await request.post(`${harness.url}api/invoke/settings:update`, {
    headers: { 'content-type': 'application/json' },
    data: { input: { break: { intervalMinutes: 'soon' } } }
  })
  expect(bad.status()).toBe(400)
  expect(((await bad.json()) as { error: string }).error).toContain('break.intervalMinutes')

  const unknown = await request.post(`${harness.url}api/invoke/shell:exec`, {
    headers: { 'content-type': 'application/json' },
    data: { input: 'rm -rf /' }
  })
  expect(unknown.status()).toBe(404)

  const notJson = await request.post(`${harness.url}api/invoke/settings:get`, {
    headers: { 'content-type': 'application/json' },
    data: '{not json'
  })
  expect(notJson.status()).toBe(400)

  const ok = await request.post(`${harness.url}api/invoke/settings:get`, {
    headers: { 'content-type': 'application/json' },
    data: {}
  })
  expect(ok.status()).toBe(200)
})

test('files outside the renderer folder are not served', async ({ request }) => {
  const response = await request.get(`${harness.url}..%2F..%2Fpackage.json`)
  expect(response.status()).toBe(404)
})
