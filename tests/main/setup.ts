import { vi } from 'vitest'

// Every main-process test sees the typed fake instead of the real electron module.
vi.mock('electron', async () => await import('./fakes/electron'))
