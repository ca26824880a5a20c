/**
 * The "remember my push keys" store: the keys encrypted with Electron's safeStorage (OS keychain /
 * DPAPI / libsecret) in one file under the app's userData folder. Nothing else ever reads it and
 * the keys are never sent anywhere. Side effects are injected so tests run without Electron.
 */
import { promises as fsp } from 'node:fs'
import type { PushKeys } from '../shared/push-url'

/** What the store needs from Electron and the file system. */
export interface KeyStoreDeps {
  /** safeStorage's three functions. */
  isEncryptionAvailable: () => boolean
  encryptString: (plain: string) => Buffer
  decryptString: (encrypted: Buffer) => string
  readFile: (path: string) => Promise<Buffer>
  writeFile: (path: string, data: Buffer) => Promise<void>
  removeFile: (path: string) => Promise<void>
}

/** The store's operations (the `keys:*` channels). */
export interface KeyStore {
  load: () => Promise<PushKeys | undefined>
  save: (keys: PushKeys) => Promise<boolean>
  forget: () => Promise<void>
}

/** Real file operations (the file is written with owner-only permissions). */
export const realKeyFileDeps: Pick<KeyStoreDeps, 'readFile' | 'writeFile' | 'removeFile'> = {
  readFile: (p) => fsp.readFile(p),
  writeFile: (p, d) => fsp.writeFile(p, d, { mode: 0o600 }),
  removeFile: (p) => fsp.rm(p, { force: true })
}

/** Longest key kept: a Tencent key is 32 characters; anything huge is not a key. */
const MAX_KEY_LENGTH = 512

function cleanKey(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && v.length <= MAX_KEY_LENGTH ? v : undefined
}

/**
 * One JSON value in a file encrypted by the OS: read back through `parse` (undefined when it is
 * not what was written), and never written in plain text — without OS encryption nothing is stored.
 */
export function createSealedFile<T>(
  file: string,
  deps: KeyStoreDeps,
  parse: (value: unknown) => T | undefined
): { read: () => Promise<T | undefined>; write: (value: unknown) => Promise<boolean> } {
  return {
    read: async () => {
      if (!deps.isEncryptionAvailable()) return undefined
      try {
        return parse(JSON.parse(deps.decryptString(await deps.readFile(file))))
      } catch {
        // No file yet, or one written by another OS user / keychain: as if nothing was stored.
        return undefined
      }
    },
    write: async (value) => {
      if (!deps.isEncryptionAvailable()) return false
      await deps.writeFile(file, deps.encryptString(JSON.stringify(value)))
      return true
    }
  }
}

/** A key store over one file. */
export function createKeyStore(file: string, deps: KeyStoreDeps): KeyStore {
  const sealed = createSealedFile(file, deps, (parsed) => {
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const r = parsed as Record<string, unknown>
    const keys = { primary: cleanKey(r.primary), backup: cleanKey(r.backup) }
    return keys.primary || keys.backup ? keys : undefined
  })
  return {
    load: sealed.read,
    save: (keys) =>
      sealed.write({ primary: cleanKey(keys.primary), backup: cleanKey(keys.backup) }),
    forget: () => deps.removeFile(file)
  }
}
