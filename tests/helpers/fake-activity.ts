import type { Activity } from '../../src/core/engine/ports'

/**
 * Idle time as the OS would report it: 0 while the user is typing, growing from the last input
 * after `stopInput()`.
 */
export class FakeActivity implements Activity {
  samples = 0
  private lastInputMs: number | null = null

  constructor(private readonly nowMs: () => number) {}

  /** The user's last input is now (or at `atMs`) and none follows. */
  stopInput(atMs: number = this.nowMs()): void {
    this.lastInputMs = atMs
  }

  /** The user types again (continuously, as far as the engine can tell). */
  resumeInput(): void {
    this.lastInputMs = null
  }

  idleSeconds(): number {
    this.samples += 1
    return this.lastInputMs === null ? 0 : (this.nowMs() - this.lastInputMs) / 1000
  }
}
