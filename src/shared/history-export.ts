import { z } from 'zod'

/** Electron saves through a dialog; the web harness hands the CSV to the page to download. */
export const historyExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('download'), fileName: z.string(), csv: z.string() })
])
export type HistoryExportResult = z.infer<typeof historyExportResultSchema>
