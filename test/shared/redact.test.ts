import { describe, expect, it } from 'vitest'
import { maskSecret, redactDeep, redactText } from '../../src/shared/redact'

const SECRET = 'f85a2ab363fe4deaffef9754d79da6fe'
const KEY = 'e12c46f2612d5106e2034781ab261ca3'

describe('redaction', () => {
  it('masks a txSecret to its first 4 characters', () => {
    expect(maskSecret(SECRET)).toBe('f85a…')
    expect(maskSecret('abc')).toBe('…')
  })

  it('redacts txSecret parameters in URLs and ffmpeg messages', () => {
    const line = `[rtmp @ 0x1] Server error: rtmp://1.2.3.4/live/test?txSecret=${SECRET}&txTime=5C271099: I/O error`
    const out = redactText(line)
    expect(out).not.toContain(SECRET)
    expect(out).toContain('txSecret=f85a…&txTime=5C271099')
    expect(redactText(`txsecret%3D${SECRET}`)).toBe('txsecret%3Df85a…')
  })

  it('redacts known secrets and keys wherever they appear', () => {
    const out = redactText(`secret ${SECRET.toUpperCase()} key=${KEY} and again ${KEY}`, {
      keys: [KEY],
      txSecrets: [SECRET]
    })
    expect(out).toBe('secret f85a… key=<key> and again <key>')
  })

  it('redacts inside nested objects without touching the input', () => {
    const input = { a: [`?txSecret=${SECRET}`], b: { c: KEY, n: 3 } }
    const out = redactDeep(input, { keys: [KEY] })
    expect(JSON.stringify(out)).not.toContain(SECRET)
    expect(JSON.stringify(out)).not.toContain(KEY)
    expect(out.b.n).toBe(3)
    expect(input.b.c).toBe(KEY)
  })
})
