import { writeFile as atomicWriteFile } from 'atomically'
import Conf, { type Options } from 'conf'
import type { StorageLibrary } from '../../core/storage'

type Document = Record<string, unknown>

/** The options both conf and electron-store take for one of our files. */
export type LibraryFileOptions = Pick<
  Options<Document>,
  'cwd' | 'configName' | 'fileExtension' | 'clearInvalidConfig' | 'serialize' | 'deserialize' | 'watch'
>

function parseObject(text: string): Document {
  // Editors on Windows like to add a byte-order mark; JSON.parse does not accept one.
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    // A SyntaxError, so it is set aside as "not valid JSON" like any other unusable text.
    throw new SyntaxError('the file does not hold a JSON object')
  }
  return value as Document
}

/**
 * Adapts conf (or electron-store, which extends it) to core's StorageLibrary port. conf reads
 * the file when it is constructed and throws on a bad one (with clearInvalidConfig off); the
 * JSON store catches that and sets the file aside. conf's own migrations (semver-keyed, under
 * `__internal__`) and ajv schema are not used: the versioned envelope and zod do that job.
 */
export function libraryStorage(create: (options: LibraryFileOptions) => Conf<Document>): StorageLibrary {
  return {
    openJsonFile(dataDir, name) {
      let document: Document | null = null
      const store = create({
        cwd: dataDir,
        configName: name,
        fileExtension: 'json',
        // Never: a file conf cannot parse would silently become {} and be overwritten.
        clearInvalidConfig: false,
        watch: false,
        serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
        deserialize: (text) => {
          document = parseObject(text)
          return document
        }
      })
      return {
        document,
        file: {
          filePath: store.path,
          write(next) {
            store.store = next
          }
        }
      }
    },
    writeTextAtomic: (filePath, text) => atomicWriteFile(filePath, text, { encoding: 'utf8' })
  }
}

/** conf itself: the web harness, the bench and the tests. */
export const confStorage: StorageLibrary = libraryStorage((options) => new Conf<Document>(options))
