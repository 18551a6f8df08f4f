/**
 * Hands each event to every listener before the next event. A listener's reaction may make a new
 * event at once (answering a break from its own 'break' event ends the break inside that delivery);
 * the new event then waits its turn instead of reaching the remaining listeners first. So every
 * listener sees 'break' before its 'breakEnded', whatever the order the listeners subscribed in:
 * the Electron setups may be listed in any order.
 */
export class OrderedFanOut<T> {
  private readonly listeners = new Set<(event: T) => void>()
  private readonly queue: T[] = []
  private delivering = false

  subscribe(listener: (event: T) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  publish(event: T): void {
    this.queue.push(event)
    if (this.delivering) return
    this.delivering = true
    try {
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
        for (const listener of this.listeners) listener(next)
      }
    } finally {
      this.delivering = false
    }
  }
}
