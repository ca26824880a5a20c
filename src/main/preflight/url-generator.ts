/**
 * The push URL generator, as Tencent's console push address generator builds it:
 * `rtmp://<domain>/<AppName>/<StreamName>?txSecret=<hex digest>&txTime=<UPPER-CASE HEX>`.
 *
 * txTime case: Tencent's own pages write it in upper case (267/7977: "5867D600 means the URL
 * will expire at 00:00:00 on Jan. 1, 2017"), and their PHP sample builds it with
 * `strtoupper(base_convert(strtotime($time), 10, 16))`, the Java samples with
 * `Long.toHexString(t).toUpperCase()`; third-party SDKs copy that (e.g. Lysander66/ace
 * pkg/streamurl/tencent.go: `strings.ToUpper(strconv.FormatInt(exp, 16))`). The digest is
 * lower-case hex (md5() / hex.EncodeToString). Since the hash covers the literal txTime, we use
 * upper case too so our URLs are byte-identical to the console's.
 * Expiry: the console takes the chosen time as the real expiry and, with an AuthDelta set on the
 * key, works txTime back from it (tencentcloud.com/zh/document/product/267/31059), hence
 * `authDeltaSec`.
 */
import type { GenerateErrorCode, GenerateInput, GenerateResult } from '../../shared/push-url'
import { EXPIRY_WARN_MS } from './constants'
import { computeTxSecret } from './signature-check'
import { isValidAppName, isValidHostName, isValidStreamName } from '../../shared/push-names'

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : ''
}

/** Build a signed Tencent push URL. Invalid input is a result with a code, never an exception. */
export function generatePushUrl(input: GenerateInput, now: number = Date.now()): GenerateResult {
  const bad = (code: GenerateErrorCode): GenerateResult => ({ ok: false, code })
  // A pasted scheme or path in the domain field is rejected, not stripped: the user may have
  // pasted something else entirely (a playback domain, a URL), and guessing would hide that.
  const domain = str(input.domain).toLowerCase()
  if (domain === '') return bad('gen-no-domain')
  if (!isValidHostName(domain.replace(/\.$/, ''))) return bad('gen-bad-domain')
  const app = str(input.app)
  if (app === '') return bad('gen-no-app')
  if (!isValidAppName(app)) return bad('gen-bad-app')
  const stream = str(input.stream)
  if (stream === '') return bad('gen-no-stream')
  if (!isValidStreamName(stream)) return bad('gen-bad-stream')
  const key = str(input.key)
  if (key === '') return bad('gen-no-key')
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(key)) return bad('gen-bad-key')
  const expiresAt = input.expiresAt
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return bad('gen-bad-expiry')
  if (expiresAt <= now) return bad('gen-expiry-past')
  const authDelta =
    typeof input.authDeltaSec === 'number' && input.authDeltaSec > 0 ? input.authDeltaSec : 0
  const txSec = Math.floor(expiresAt / 1000) - Math.floor(authDelta)
  // Beyond 0xFFFFFFFF the hex no longer fits the 8 digits every Tencent sample shows.
  if (txSec <= 0 || txSec > 0xffffffff) return bad('gen-bad-expiry')
  const txTime = txSec.toString(16).toUpperCase()
  const algorithm = input.algorithm === 'sha256' ? 'sha256' : 'md5'
  const txSecret = computeTxSecret(key, stream, txTime, algorithm)
  return {
    ok: true,
    url: `rtmp://${domain.replace(/\.$/, '')}/${app}/${stream}?txSecret=${txSecret}&txTime=${txTime}`,
    txTime,
    txSecret,
    warnShort: expiresAt - now < EXPIRY_WARN_MS
  }
}
