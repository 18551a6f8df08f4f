export {
  defaultRetentionDays,
  historyFileName,
  openHistoryLog,
  type HistoryCompaction,
  type HistoryLog,
  type OpenHistoryLogOptions
} from './history-log'
export { parseHistoryLine, parseHistoryText, serializeHistoryEvent } from './history-lines'
export {
  csvNumber,
  csvText,
  formatCsvField,
  formatCsvRecord,
  historyCsvColumns,
  historyToCsv,
  type CsvField,
  type HistoryCsvOptions
} from './csv'
