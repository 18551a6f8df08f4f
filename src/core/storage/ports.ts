/*
 * The storage library seen from core: electron-store in Electron, conf (the engine
 * electron-store is built on) in the harness and tests. Core never imports either, because
 * importing them hooks process signals (atomically → when-exit), an import-time side effect.
 */

/** One JSON-object file kept by the library. */
export interface JsonFile {
  readonly filePath: string
  /** Replaces the file atomically through the library's writer. Throws when it cannot. */
  write(document: Record<string, unknown>): void
}

export interface OpenedJsonFile {
  file: JsonFile
  /** What the file held when it was opened; null when there was no file. */
  document: Record<string, unknown> | null
}

export interface StorageLibrary {
  /**
   * Opens `<dataDir>/<name>.json`. Throws when the file exists but cannot be read
   * (a directory, EACCES, EIO) or is not a JSON object: the caller sets it aside.
   */
  openJsonFile(dataDir: string, name: string): OpenedJsonFile
  /** The same library's atomic writer, for files that are not one JSON object (history). */
  writeTextAtomic(filePath: string, text: string): Promise<void>
}
