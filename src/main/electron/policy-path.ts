import { posix, win32 } from 'node:path'
import type { PolicySource } from '../../app/services/policy-service'

/**
 * Where an IT team puts Upright's policy file (DESIGN §4): a machine-wide folder only
 * administrators can write, never the user's own data folder.
 */
export function platformPolicySource(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): PolicySource {
  switch (platform) {
    case 'win32':
      // %ProgramData% is C:\ProgramData unless Windows was installed elsewhere.
      return { filePath: win32.join(env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData', 'Upright', 'policy.json') }
    case 'darwin':
      return { filePath: posix.join('/Library', 'Application Support', 'Upright', 'policy.json') }
    default:
      return { filePath: posix.join('/etc', 'upright', 'policy.json') }
  }
}
