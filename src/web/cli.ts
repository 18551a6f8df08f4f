import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createIpcHandlers } from '../main/ipc/handlers'
import { createAppServices } from '../main/services/app-services'
import { defaultDataDir } from './data-dir'
import { createHarnessServer } from './server'

/** `npm run web`: the real renderer and the real core in plain Node, on 127.0.0.1 only. */
function main(): void {
  const port = Number(process.env['PORT'] ?? 5199)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Upright web harness: PORT must be a port number, got "${process.env['PORT'] ?? ''}"`)
    process.exit(2)
  }
  const rendererDir = resolve(import.meta.dirname, '../../out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('Upright web harness: no built renderer in out/renderer — run `npm run build` first.')
    process.exit(2)
  }
  const dataDir = resolve(process.env['UPRIGHT_DATA_DIR'] ?? defaultDataDir())
  mkdirSync(dataDir, { recursive: true })

  const services = createAppServices({ dataDir, shell: 'web', version: process.env['npm_package_version'] ?? '0.0.0', platform: process.platform })
  const server = createHarnessServer({ port, rendererDir, handlers: createIpcHandlers(services), events: services.events })
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Upright web harness: port ${port} is in use; set PORT to another one.`
        : `Upright web harness: ${error.message}`
    )
    process.exit(1)
  })
  server.listen(port, '127.0.0.1', () => {
    console.log(`Upright web harness: http://127.0.0.1:${port}/ (data in ${dataDir})`)
  })
  const stop = (): void => {
    services.dispose()
    server.close()
    server.closeAllConnections()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main()
