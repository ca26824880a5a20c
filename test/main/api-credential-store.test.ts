import { describe, expect, it } from 'vitest'
import {
  createApiCredentialStore,
  validateApiCredentials
} from '../../src/main/api-credential-store'
import type { KeyStoreDeps } from '../../src/main/key-store'

/** safeStorage stand-in (a reversible byte flip, so plain text is never what is written) and a memory file. */
function deps(encryption = true): KeyStoreDeps & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>()
  const flip = (b: Buffer): Buffer => Buffer.from(b.map((x) => x ^ 0x5a))
  return {
    files,
    isEncryptionAvailable: () => encryption,
    encryptString: (s) => flip(Buffer.from(s, 'utf8')),
    decryptString: (b) => flip(b).toString('utf8'),
    readFile: async (p) => {
      const f = files.get(p)
      if (!f) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return f
    },
    writeFile: async (p, d) => void files.set(p, d),
    removeFile: async (p) => void files.delete(p)
  }
}

const C = {
  secretId: 'AKIDstoreTest0123456789abcdefghij',
  secretKey: 'storeTestKey0123456789abcdefghij'
}

describe('API credential store', () => {
  it('saves encrypted, reports only "saved" and the SecretId end, loads for main, forgets', async () => {
    const d = deps()
    const s = createApiCredentialStore('/x/tencent-api.bin', d)
    expect(await s.status()).toEqual({ saved: false, encryption: true })
    expect(await s.save(C)).toBe(true)
    const raw = d.files.get('/x/tencent-api.bin')?.toString('utf8') ?? ''
    expect(raw).not.toContain(C.secretKey)
    const status = await s.status()
    expect(status).toEqual({ saved: true, encryption: true, secretIdEnd: 'ghij' })
    expect(JSON.stringify(status)).not.toContain(C.secretKey)
    expect(await s.load()).toEqual(C)
    await s.forget()
    expect(await s.load()).toBeUndefined()
  })
  it('without OS encryption nothing is written', async () => {
    const d = deps(false)
    const s = createApiCredentialStore('/x/f', d)
    expect(await s.save(C)).toBe(false)
    expect(d.files.size).toBe(0)
  })
  it.each([
    [undefined],
    ['AKID'],
    [{ secretId: 'a' }],
    [{ secretId: 'a', secretKey: 'has space' }],
    [{ secretId: 'a', secretKey: 'b', extra: 1 }],
    [{ secretId: 'x'.repeat(129), secretKey: 'b' }]
  ])('rejects %j', (v) => {
    expect(validateApiCredentials(v).ok).toBe(false)
  })
})
