/**
 * Tencent API credentials never leave the run: not in the report, the CLI's output or errors —
 * even when the API's error message echoes them back (Tencent's messages can name the SecretId).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { EXIT, main } from '../../src/main/cli'
import { redactText } from '../../src/shared/redact'
import { startFakeCssApi, type FakeCssApi } from '../fixtures/fake-css-api'
import { memoryIo } from '../helpers/memory-io'

const SECRET_ID = 'AKIDsecretsTestId0123456789abcdefgh'
const SECRET_KEY = 'secretsTestKey0123456789abcdefgh'

let api: FakeCssApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

describe('API credentials in reports and output', () => {
  it('an error message that echoes both credentials leaves no trace of them (JSON and text)', async () => {
    api = await startFakeCssApi({
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      answers: {
        DescribeLiveStreamState: {
          error: {
            code: 'AuthFailure.UnauthorizedOperation',
            message: `SecretId ${SECRET_ID} key ${SECRET_KEY} may not do this`
          }
        }
      }
    })
    for (const json of [true, false]) {
      const io = memoryIo()
      // On the command line on purpose: the worst case (the environment is the better place).
      const argv = [
        'check',
        'rtmp://127.0.0.1:9/live/s?txSecret=00&txTime=FFFFFFFF',
        '--no-push',
        '--transports',
        'rtmp',
        '--no-clock'
      ]
      const code = await main(
        [
          ...argv,
          '--api-secret-id',
          SECRET_ID,
          '--api-secret-key',
          SECRET_KEY,
          '--api-endpoint',
          api.url,
          ...(json ? ['--json'] : [])
        ],
        io
      )
      expect(code).not.toBe(EXIT.badInput)
      for (const s of [SECRET_ID, SECRET_KEY]) {
        expect(io.out).not.toContain(s)
        expect(io.err).not.toContain(s)
      }
      if (json) expect(JSON.parse(io.out).checks.tencentApi.code).toBe('api-no-permission')
    }
  }, 30_000)

  it('redaction masks credential parameters wherever text carries them', () => {
    const text = `SecretKey=${SECRET_KEY}&SecretId=${SECRET_ID} Authorization: TC3-HMAC-SHA256 Credential=${SECRET_ID}/2025-01-01/live/tc3_request`
    const out = redactText(text)
    expect(out).not.toContain(SECRET_KEY)
    expect(out).not.toContain(SECRET_ID)
    expect(out).toContain('SecretKey=secr…')
  })
})
