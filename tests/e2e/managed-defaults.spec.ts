import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { type Harness, startHarness } from './helpers/harness'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'

/** Starts the harness with UPRIGHT_POLICY_FILE naming a file with `text`, as an IT team would place it. */
async function startWithPolicy(text: string): Promise<Harness> {
  const policyFile = join(mkdtempSync(join(tmpdir(), 'upright-e2e-policy-')), 'policy.json')
  writeFileSync(policyFile, text)
  return startHarness({ env: { UPRIGHT_POLICY_FILE: policyFile } })
}

test.describe('managed defaults', () => {
  test('a locked setting shows as set by the organisation and a change to it is refused', async ({ page }) => {
    const harness = await startWithPolicy(
      JSON.stringify({ defaults: { break: { intervalMinutes: 30, level: 'strict' } }, locked: ['break.level'] })
    )
    try {
      await acknowledgeSafetyNotice(page.request, harness.url)
      await page.goto(`${harness.url}#/preferences`)
      // The policy's default applies where the user has not chosen, and stays editable.
      const interval = page.getByLabel('Minutes between breaks')
      await expect(interval).toHaveValue('30')
      await expect(interval).toBeEnabled()
      const level = page.getByRole('group', { name: 'How firmly breaks interrupt' })
      await expect(level.getByRole('radio', { name: 'Strict' })).toBeChecked()
      await expect(level.getByRole('radio', { name: 'Gentle' })).toBeDisabled()
      await expect(level.getByText('Set by your organisation')).toBeVisible()

      const refused = await page.request.post(`${harness.url}api/invoke/settings:update`, {
        headers: { 'content-type': 'application/json' },
        data: { input: { break: { level: 'gentle' } } }
      })
      expect(refused.status()).toBe(409)
      const body = (await refused.json()) as { error: string; value: { ok: false; refusal: { key: string } } }
      expect(body.error).toMatch(/break\.level is set by your organisation/)
      // The refusal as settings:update states it, for the page to word in its language.
      expect(body.value).toMatchObject({ ok: false, refusal: { key: 'messages.settings.locked' } })

      await interval.fill('40')
      await interval.press('Enter')
      await expect(page.locator('.field', { has: interval }).getByRole('status')).toHaveText('Saved')
    } finally {
      await harness.stop()
    }
  })

  test('a bad policy file is ignored with a notice, and the app runs on its own defaults', async ({ page }) => {
    const harness = await startWithPolicy(JSON.stringify({ defaults: { break: { intervalMinuets: 30 } } }))
    try {
      await acknowledgeSafetyNotice(page.request, harness.url)
      await page.goto(`${harness.url}#/preferences`)
      const notice = page.getByRole('alert').filter({ hasText: /organisation's settings file/ })
      await expect(notice).toBeVisible()
      await expect(notice).toContainText('was ignored. It is not a valid policy')
      await expect(notice).toContainText('intervalMinuets')
      await expect(page.getByLabel('Minutes between breaks')).toHaveValue('50')
      await expect(page.getByText('Set by your organisation')).toHaveCount(0)
      // The desktop tray says so too, while it is true (the harness's tray page leaves status rows out).
      const tray = await invoke(page.request, harness.url, 'tray:menu')
      expect(tray.items).toContainEqual({ type: 'status', label: "Organisation's settings file ignored" })
    } finally {
      await harness.stop()
    }
  })
})
