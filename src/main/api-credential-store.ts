/**
 * The Tencent API credentials of the app's settings: encrypted with Electron's safeStorage into
 * one file under userData, like the push keys. The page can save, forget and ask whether some are
 * saved (with the SecretId's last 4 characters to recognise them); it never gets the SecretKey
 * back. Main reads them to attach to each run.
 */
import type { TencentApiConfig } from '../shared/tencent-api'
import type { ApiCredentialStatus } from '../shared/ipc-contract'
import type { Checked } from './ipc-validate'
import { createSealedFile, type KeyStoreDeps } from './key-store'

/** The store's operations (the `api:*` channels, and `load` for main only). */
export interface ApiCredentialStore {
  load: () => Promise<TencentApiConfig | undefined>
  status: () => Promise<ApiCredentialStatus>
  save: (c: { secretId: string; secretKey: string }) => Promise<boolean>
  forget: () => Promise<void>
}

/** A SecretId or SecretKey: printable ASCII without spaces, bounded (Tencent's are 32–36 characters). */
const SECRET = /^[\x21-\x7e]{1,128}$/

/** Validate the argument of `api:save`: both halves, well-formed. */
export function validateApiCredentials(
  v: unknown
): Checked<{ secretId: string; secretKey: string }> {
  if (!v || typeof v !== 'object') return { ok: false, error: 'credentials must be an object' }
  const o = v as Record<string, unknown>
  const keys = Object.keys(o)
  if (keys.some((k) => k !== 'secretId' && k !== 'secretKey'))
    return { ok: false, error: 'unknown field' }
  const { secretId, secretKey } = o
  if (typeof secretId !== 'string' || !SECRET.test(secretId))
    return { ok: false, error: 'secretId is not a SecretId' }
  if (typeof secretKey !== 'string' || !SECRET.test(secretKey))
    return { ok: false, error: 'secretKey is not a SecretKey' }
  return { ok: true, value: { secretId, secretKey } }
}

/** A credential store over one file. */
export function createApiCredentialStore(file: string, deps: KeyStoreDeps): ApiCredentialStore {
  const sealed = createSealedFile(file, deps, (value): TencentApiConfig | undefined => {
    const parsed = validateApiCredentials(value)
    return parsed.ok ? parsed.value : undefined
  })
  const load = sealed.read
  return {
    load,
    status: async () => {
      const c = await load()
      return {
        saved: c !== undefined,
        encryption: deps.isEncryptionAvailable(),
        ...(c ? { secretIdEnd: c.secretId.slice(-4) } : {})
      }
    },
    save: (c) => sealed.write({ secretId: c.secretId, secretKey: c.secretKey }),
    forget: () => deps.removeFile(file)
  }
}
