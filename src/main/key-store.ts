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

/** A key store over one file. */
export function createKeyStore(file: string, deps: KeyStoreDeps): KeyStore {
  return {
    load: async () => {
      if (!deps.isEncryptionAvailable()) return undefined
      try {
        const parsed: unknown = JSON.parse(deps.decryptString(await deps.readFile(file)))
        if (typeof parsed !== 'object' || parsed === null) return undefined
        const r = parsed as Record<string, unknown>
        const keys = { primary: cleanKey(r.primary), backup: cleanKey(r.backup) }
        return keys.primary || keys.backup ? keys : undefined
      } catch {
        // No file yet, or one written by another OS user / keychain: as if nothing was remembered.
        return undefined
      }
    },
    save: async (keys) => {
      // Never fall back to plain text: without OS encryption the keys stay in memory only.
      if (!deps.isEncryptionAvailable()) return false
      const plain = JSON.stringify({
        primary: cleanKey(keys.primary),
        backup: cleanKey(keys.backup)
      })
      await deps.writeFile(file, deps.encryptString(plain))
      return true
    },
    forget: () => deps.removeFile(file)
  }
}
