// `npm run security`: runs electronegativity over src/ for Electron 41.7.1 and fails when it
// reports anything above LOW. The tool exits 0 whatever it finds, so the CSV is read here.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** One CSV record into fields; fields may be quoted and contain commas. */
function csvFields(line) {
  const fields = []
  let field = ''
  let quoted = false
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(field.trim())
      field = ''
    } else field += char
  }
  fields.push(field.trim())
  return fields
}
const directory = mkdtempSync(join(tmpdir(), 'upright-electronegativity-'))
const report = join(directory, 'report.csv')
try {
  const cli = join(require.resolve('@doyensec/electronegativity/package.json'), '..', 'dist', 'index.js')
  const run = spawnSync(process.execPath, [cli, '-i', 'src', '-e', '41.7.1', '-o', report], { encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(`electronegativity failed to run:\n${run.stderr}`)
    process.exit(1)
  }
  const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1)
  const findings = rows.map((row) => {
    const [issue = '', severity = '', , file = '', location = ''] = csvFields(row)
    return { issue, severity, where: `${file.replace(process.cwd() + '/', '')}:${location}` }
  })
  const severe = findings.filter((finding) => !['LOW', 'INFORMATIONAL'].includes(finding.severity))
  for (const finding of findings) console.log(`electronegativity: ${finding.severity} ${finding.issue} ${finding.where}`)
  if (severe.length > 0) {
    console.error(`electronegativity: ${severe.length} finding(s) above LOW`)
    process.exit(1)
  }
  console.log(`electronegativity: ${findings.length} finding(s), none above LOW`)
} finally {
  rmSync(directory, { recursive: true, force: true })
}
