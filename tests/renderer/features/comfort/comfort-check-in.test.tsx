import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ComfortCheckIn } from '../../../../src/renderer/src/features/comfort/comfort-check-in'

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

const notYet = { comfortAverage: null, comfortCheckIns: 0 }

beforeEach(() => {
  fake.reset()
})

describe('ComfortCheckIn', () => {
  it('records the chosen score only when saved, then shows it', async () => {
    fake.api.comfort.record.mockResolvedValue({ ok: true, value: null })
    render(<ComfortCheckIn today={notYet} comfortAlert={false} />)
    const group = screen.getByRole('group', { name: 'How do your back and neck feel today?' })
    expect(group).toBeTruthy()
    const save = screen.getByRole('button', { name: 'Save check-in' })
    expect((save as HTMLButtonElement).disabled).toBe(true)

    await userEvent.click(screen.getByRole('radio', { name: '0, no discomfort' }))
    await userEvent.click(screen.getByRole('radio', { name: '3' }))
    expect(fake.api.comfort.record).not.toHaveBeenCalled()
    await userEvent.click(save)

    expect(fake.api.comfort.record).toHaveBeenCalledWith({ score: 3 })
    expect((await screen.findByRole('status')).textContent).toContain('3 out of 10')
    expect(screen.queryByRole('radio')).toBeNull()
  })

  it("shows today's answer instead of the question once checked in", () => {
    render(<ComfortCheckIn today={{ comfortAverage: 6.5, comfortCheckIns: 2 }} comfortAlert={false} />)
    expect(screen.getByRole('status').textContent).toMatch(/6\.5 out of 10 \(average of 2 check-ins\)/)
    expect(screen.queryByRole('group')).toBeNull()
  })

  it('keeps the choice and says why when saving fails', async () => {
    fake.api.comfort.record.mockRejectedValue(new Error('comfort:record failed (500)'))
    render(<ComfortCheckIn today={notYet} comfortAlert={false} />)
    await userEvent.click(screen.getByRole('radio', { name: '10, worst discomfort' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect((await screen.findByRole('alert')).textContent).toContain('comfort:record failed (500)')
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '10, worst discomfort' }).checked).toBe(true)
  })

  it('shows calm guidance with a link to the safety page when discomfort stays high', () => {
    render(<ComfortCheckIn today={{ comfortAverage: 8, comfortCheckIns: 1 }} comfortAlert />)
    const note = screen.getByRole('note')
    expect(note.textContent).toMatch(/doctor or physical therapist/)
    expect(note.textContent).toMatch(/checked the same day/)
    expect(screen.getByRole('link', { name: /When to see a doctor/ }).getAttribute('href')).toBe('#/safety?tier=professional')
    expect(screen.getByRole('link', { name: /same day or sooner/ }).getAttribute('href')).toBe('#/safety?tier=urgent')
  })

  it('shows no guidance without the alert', () => {
    render(<ComfortCheckIn today={notYet} comfortAlert={false} />)
    expect(screen.queryByRole('note')).toBeNull()
  })
})
