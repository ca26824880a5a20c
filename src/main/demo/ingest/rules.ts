/**
 * Tencent CSS push rules as the local ingest applies them: txSecret = md5|sha256(key + StreamName
 * + txTime) in lower-case hex with the primary or the backup key; txTime = hex Unix seconds,
 * expired when now > txTime + authDeltaSec; disabled streams; one publisher per stream unless a
 * takeover is allowed. The hash is computed here on purpose, independently of the engine's
 * signature code: the ingest is a cross-check of it.
 */
import { createHash } from 'node:crypto'
import type { PublishAttempt } from './types'

/** The rules one ingest enforces (fixed when it starts). */
export interface IngestRules {
  requireSignature: boolean
  key?: string
  backupKey?: string
  /** Extra validity after txTime, seconds. */
  authDeltaSec: number
  /** A new valid publisher replaces the live one instead of being refused as `in-use`. */
  takeover: boolean
  /** Clock, ms since epoch (for expiry). */
  now: () => number
}

/** What the rules need to know about the ingest's state right now. */
export interface StreamState {
  disabled: ReadonlySet<string>
  /** Whether `app/stream` has a live publisher. */
  isLive(key: string): boolean
}

/** The verdict on one publish. */
export type Verdict = Pick<PublishAttempt, 'reason' | 'matched'>

/** Lower-case hex digest of Tencent's signed string. */
function digest(algorithm: 'md5' | 'sha256', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex')
}

/** Splits `stream?query` and reads txSecret/txTime (values decoded, as a server would). */
export function splitPublishName(publishName: string): {
  stream: string
  txSecret?: string
  txTime?: string
} {
  const q = publishName.indexOf('?')
  const stream = q < 0 ? publishName : publishName.slice(0, q)
  const params = new URLSearchParams(q < 0 ? '' : publishName.slice(q + 1))
  return {
    stream,
    txSecret: params.get('txSecret') ?? undefined,
    txTime: params.get('txTime') ?? undefined
  }
}

/** Which key and hash reproduce txSecret (primary first, md5 before sha256 within a key). */
function matchSignature(
  rules: IngestRules,
  stream: string,
  txTime: string,
  txSecret: string
): PublishAttempt['matched'] {
  const keys: Array<['primary' | 'backup', string | undefined]> = [
    ['primary', rules.key],
    ['backup', rules.backupKey]
  ]
  for (const [which, key] of keys) {
    if (!key) continue
    let matched: PublishAttempt['matched']
    for (const algorithm of ['md5', 'sha256'] as const) {
      // Exact comparison: Tencent documents lower-case hex.
      if (digest(algorithm, key + stream + txTime) === txSecret) matched = { key: which, algorithm }
    }
    if (matched) return matched
  }
  return undefined
}

/** The signature rules: txTime present, well-formed and not expired, then a matching txSecret. */
function checkSignature(
  rules: IngestRules,
  stream: string,
  txSecret: string | undefined,
  txTime: string | undefined
): Verdict {
  if (!txTime) return { reason: 'missing-txtime' }
  if (!/^[0-9a-fA-F]{1,12}$/.test(txTime)) return { reason: 'bad-txtime' }
  const expiresAtMs = (parseInt(txTime, 16) + rules.authDeltaSec) * 1000
  if (rules.now() > expiresAtMs) return { reason: 'expired' }
  if (!txSecret) return { reason: 'missing-signature' }
  const matched = matchSignature(rules, stream, txTime, txSecret)
  return matched ? { reason: 'ok', matched } : { reason: 'bad-signature' }
}

/** Tencent's rules, in the order the errcodes suggest: forbidden, txTime, txSecret, pushers. */
export function evaluatePublish(
  rules: IngestRules,
  state: StreamState,
  app: string,
  stream: string,
  txSecret: string | undefined,
  txTime: string | undefined
): Verdict {
  if (state.disabled.has(stream)) return { reason: 'disabled' }
  let matched: PublishAttempt['matched']
  if (rules.requireSignature) {
    const signed = checkSignature(rules, stream, txSecret, txTime)
    if (signed.reason !== 'ok') return signed
    matched = signed.matched
  }
  if (state.isLive(`${app}/${stream}`) && !rules.takeover) return { reason: 'in-use' }
  return { reason: 'ok', matched }
}
