export {
  defaultRetentionDays,
  historyFileName,
  openHistoryLog,
  rejectedHistoryFileName,
  type HistoryCompaction,
  type HistoryLog,
  type OpenHistoryLogOptions
} from './history-log'
export { parseHistoryLine, parseHistoryText, serializeHistoryEvent, splitHistoryLines } from './history-lines'
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
