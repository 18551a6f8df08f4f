import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ChecklistPage from '../../../../src/renderer/src/features/checklist/checklist-page'
import { englishContent } from '../../../helpers/english-content'

const { checklistItems } = englishContent

const fake = await vi.hoisted(async () => (await import('./fake-checklist-api')).createFakeChecklistApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

const total = checklistItems.length
const [firstItem, secondItem] = checklistItems
const bifocals = checklistItems.find((item) => item.id === 'bifocals')
if (!firstItem || !secondItem || !bifocals) throw new Error('checklist content changed')

function answerGroup(title: string): HTMLElement {
  return screen.getByRole('group', { name: `Your answer for “${title}”` })
}

beforeEach(() => {
  fake.reset()
})

describe('ChecklistPage', () => {
  it('lists every item with what to check, why and how to fix it', async () => {
    render(<ChecklistPage />)
    expect(await screen.findByTestId('checklist-score')).toBeTruthy()
    for (const item of checklistItems) {
      const article = screen.getByRole('article', { name: item.title })
      expect(within(article).getByText(item.check)).toBeTruthy()
      expect(within(article).getByText(item.why)).toBeTruthy()
      expect(within(article).getByText(item.fix)).toBeTruthy()
    }
  })

  it('saves each answer and updates the score and the list to fix', async () => {
    const user = userEvent.setup()
    render(<ChecklistPage />)
    expect((await screen.findByTestId('checklist-score')).textContent).toBe(`0 of ${total} OK`)

    await user.click(within(answerGroup(firstItem.title)).getByRole('radio', { name: 'OK' }))
    expect(fake.api.checklist.answer).toHaveBeenCalledWith({ id: firstItem.id, status: 'ok' })
    expect(screen.getByTestId('checklist-score').textContent).toBe(`1 of ${total} OK`)

    await user.click(within(answerGroup(bifocals.title)).getByRole('radio', { name: 'Not applicable' }))
    expect(screen.getByTestId('checklist-score').textContent).toBe(`1 of ${total - 1} OK`)

    await user.click(within(answerGroup(secondItem.title)).getByRole('radio', { name: 'Needs fixing' }))
    const summary = screen.getByRole('region', { name: 'Your score' })
    expect(within(summary).getByRole('heading', { name: 'To fix' })).toBeTruthy()
    const jump = within(summary).getByRole('button', { name: secondItem.title })
    await user.click(jump)
    expect(document.activeElement?.textContent).toBe(secondItem.title)
  })

  it('shows saved answers as checked radios', async () => {
    fake.reset({ checklist: { answers: { [firstItem.id]: 'fix' }, lastCompletedAtMs: null } })
    render(<ChecklistPage />)
    await screen.findByTestId('checklist-score')
    expect(within(answerGroup(firstItem.title)).getByRole<HTMLInputElement>('radio', { name: 'Needs fixing' }).checked).toBe(true)
  })

  it('finishes the check and says when it was done and when the next one is due', async () => {
    const user = userEvent.setup()
    render(<ChecklistPage />)
    await screen.findByTestId('checklist-score')
    expect(screen.getByText(/Not checked yet/)).toBeTruthy()
    const [finish] = screen.getAllByRole('button', { name: 'Finish check' })
    if (!finish) throw new Error('no Finish check button')
    await user.click(finish)
    expect(fake.api.checklist.complete).toHaveBeenCalledTimes(1)
    expect((await screen.findByText(/^Last checked on/)).textContent).toMatch(/next check in 4 weeks\.$/)
    // Finished: no "Finish check" left to press, a plain way to record a new pass instead.
    expect(screen.queryByRole('button', { name: 'Finish check' })).toBeNull()
    expect(screen.getAllByText('✓ Check finished').length).toBeGreaterThan(0)
    expect(screen.getAllByRole('button', { name: 'Save my answers as a new check' }).length).toBeGreaterThan(0)
  })

  it('follows answers changed elsewhere', async () => {
    render(<ChecklistPage />)
    await screen.findByTestId('checklist-score')
    act(() => {
      fake.emit('checklist:changed', { answers: { [firstItem.id]: 'ok', [secondItem.id]: 'ok' }, lastCompletedAtMs: null })
    })
    expect(screen.getByTestId('checklist-score').textContent).toBe(`2 of ${total} OK`)
  })
})

describe('first-run walkthrough', () => {
  beforeEach(() => {
    fake.reset({ onboarding: { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: false } })
  })

  it('steps through one item at a time and ends with complete()', async () => {
    const user = userEvent.setup()
    render(<ChecklistPage />)
    await user.click(await screen.findByRole('button', { name: 'Start guided check' }))

    expect(screen.getByText(`1 of ${total}`)).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: firstItem.title })).toBeTruthy()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Back' }).disabled).toBe(true)
    await user.click(screen.getByRole('radio', { name: 'OK' }))
    expect(fake.api.checklist.answer).toHaveBeenCalledWith({ id: firstItem.id, status: 'ok' })

    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByText(`2 of ${total}`)).toBeTruthy()
    expect(document.activeElement?.textContent).toBe(secondItem.title)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByText(`1 of ${total}`)).toBeTruthy()
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'OK' }).checked).toBe(true)

    for (let step = 1; step < total; step += 1) await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByText(`${total} of ${total}`)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Finish check' }))
    expect(fake.api.checklist.complete).toHaveBeenCalledTimes(1)
    expect(await screen.findByText(/^Last checked on/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Start guided check' })).toBeNull()
  })

  it('"Show the full list" remembers that the walkthrough was declined', async () => {
    const user = userEvent.setup()
    render(<ChecklistPage />)
    await user.click(await screen.findByRole('button', { name: 'Show the full list' }))
    expect(fake.api.onboarding.update).toHaveBeenCalledWith({ checklistWalkthroughDone: true })
    expect(screen.queryByRole('button', { name: 'Start guided check' })).toBeNull()
  })

  it('is not offered once done', async () => {
    fake.reset({ onboarding: { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: true } })
    render(<ChecklistPage />)
    await screen.findByTestId('checklist-score')
    expect(screen.queryByRole('button', { name: 'Start guided check' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Go through one at a time' })).toBeTruthy()
  })
})
