import { describe, expect, it } from 'vitest'
import { createKeyStore, type KeyStoreDeps } from '../../src/main/key-store'

/** safeStorage stand-in (reversible, visibly not plain text) over an in-memory file system. */
function deps(available = true): KeyStoreDeps & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>()
  return {
    files,
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
    decryptString: (data) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
    readFile: async (p) => {
      const f = files.get(p)
      if (!f) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return f
    },
    writeFile: async (p, d) => void files.set(p, d),
    removeFile: async (p) => void files.delete(p)
  }
}

describe('key store', () => {
  it('saves encrypted, loads back, forgets', async () => {
    const d = deps()
    const store = createKeyStore('/u/push-keys.bin', d)
    expect(await store.load()).toBeUndefined()
    expect(await store.save({ primary: 'k1', backup: 'k2' })).toBe(true)
    expect(d.files.get('/u/push-keys.bin')?.toString('utf8')).not.toContain('k1')
    expect(await store.load()).toEqual({ primary: 'k1', backup: 'k2' })
    await store.forget()
    expect(d.files.size).toBe(0)
    expect(await store.load()).toBeUndefined()
  })

  it('without OS encryption nothing is written (never plain text)', async () => {
    const d = deps(false)
    const store = createKeyStore('/u/push-keys.bin', d)
    expect(await store.save({ primary: 'k1' })).toBe(false)
    expect(d.files.size).toBe(0)
  })

  it('a damaged or foreign file reads as "nothing remembered"', async () => {
    const d = deps()
    d.files.set('/u/push-keys.bin', Buffer.from('garbage'))
    expect(await createKeyStore('/u/push-keys.bin', d).load()).toBeUndefined()
  })
})
