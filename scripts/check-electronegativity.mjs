// `npm run security`: electronegativity over src/ for Electron 41.7.1, failing on any finding
// above LOW. Uses the package's programmatic entry (dist/runner.js), which returns the issues
// with their severities: the CLI always exits 0, and its CSV writer races its header against
// its rows. Note the option is `electronVersionOverride` (the README's `electronVersion` is
// ignored, and the tool then assumes Electron 0.1.0).
import { createRequire } from 'node:module'
import { relative } from 'node:path'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity')

const { issues, errors } = await run({
  input: 'src',
  electronVersionOverride: '41.7.1',
  customScan: [],
  excludeFromScan: [],
  parserPlugins: []
})
for (const error of errors ?? []) console.error(`electronegativity: could not scan ${error.file ?? ''}: ${error.message ?? String(error)}`)
for (const issue of issues) {
  console.log(`electronegativity: ${issue.severity.name} ${issue.id} ${relative(process.cwd(), issue.file)}:${issue.location.line}:${issue.location.column}`)
}
const severe = issues.filter((issue) => !['LOW', 'INFORMATIONAL'].includes(issue.severity.name))
if (severe.length > 0 || (errors ?? []).length > 0) {
  console.error(`electronegativity: ${severe.length} finding(s) above LOW, ${(errors ?? []).length} file(s) not scanned`)
  process.exit(1)
}
console.log(`electronegativity: ${issues.length} finding(s), none above LOW`)
