// `npm run security`: electronegativity over src/ for Electron 41.7.1, failing on any finding
// above LOW. The tool exits 0 whatever it finds, so its reports are read here.
// Its CSV writer (the only report with severities) writes the header and the rows with two
// racing async writes; in a fresh clone the header sometimes lands last and cuts into the rows.
// So the CSV is checked against the SARIF report of the same scan (one write, findings without
// severities) and the scan is run again when the two disagree.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'

const require = createRequire(import.meta.url)
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js')
const csvHeader = 'issue, severity, confidence, filename, location, sample, description, url'
const severities = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])
const attempts = 4

/** CSV text into records of fields; quoted fields may hold commas, quotes and newlines. */
function csvRecords(text) {
  const records = []
  let record = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      record.push(field)
      if (record.some((value) => value !== '')) records.push(record)
      record = []
      field = ''
    } else field += char
  }
  record.push(field)
  if (record.some((value) => value !== '')) records.push(record)
  return records
}

function scan(output) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '-i', 'src', '-e', '41.7.1', '-o', output], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`electronegativity exited with ${code}: ${stderr}`))))
  })
}

/** Findings with severities, or null when the CSV is damaged or disagrees with the SARIF. */
async function findingsOnce(directory) {
  const csvPath = join(directory, 'report.csv')
  const sarifPath = join(directory, 'report.sarif')
  await Promise.all([scan(csvPath), scan(sarifPath)])
  const [header, ...rows] = csvRecords(readFileSync(csvPath, 'utf8'))
  const expected = JSON.parse(readFileSync(sarifPath, 'utf8')).runs?.[0]?.results?.length ?? -1
  if (header?.map((field) => field.trim()).join(', ') !== csvHeader || rows.length !== expected) return null
  const findings = rows.map(([issue = '', severity = '', , file = '', location = '']) => ({ issue, severity, file, location }))
  return findings.every((finding) => /^[A-Z_]+_CHECK$/.test(finding.issue) && severities.has(finding.severity)) ? findings : null
}

const directory = mkdtempSync(join(tmpdir(), 'upright-electronegativity-'))
try {
  let findings = null
  for (let attempt = 1; attempt <= attempts && findings === null; attempt += 1) findings = await findingsOnce(directory)
  if (findings === null) {
    console.error(`electronegativity: no consistent report after ${attempts} scans`)
    process.exit(1)
  }
  for (const finding of findings) {
    console.log(`electronegativity: ${finding.severity} ${finding.issue} ${relative(process.cwd(), finding.file)}:${finding.location}`)
  }
  const severe = findings.filter((finding) => !['LOW', 'INFORMATIONAL'].includes(finding.severity))
  if (severe.length > 0) {
    console.error(`electronegativity: ${severe.length} finding(s) above LOW`)
    process.exit(1)
  }
  console.log(`electronegativity: ${findings.length} finding(s), none above LOW`)
} finally {
  rmSync(directory, { recursive: true, force: true })
}
