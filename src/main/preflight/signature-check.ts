/**
 * Tencent step 4 (`signature`): txSecret = MD5(key + StreamName + txTime) in lower-case hex (the
 * console also offers SHA256 of the same string). Without a key: presence and form only. With a
 * primary and/or backup key: recompute, and when nothing matches, try the usual mistakes and name
 * the one that reproduces the URL's txSecret. The key never appears in the result; txSecret only
 * by its first 4 characters.
 */
import { createHash, createHmac } from 'node:crypto'
import type {
  PushKeys,
  PushUrl,
  SignatureCode,
  SignatureEvidence,
  SignatureMistake,
  SignatureResult
} from '../../shared/push-url'
import { checkResult, startTiming, type CheckStatus } from '../../shared/result'

/** Status of each signature code. */
const STATUS_BY_CODE: Record<SignatureCode, CheckStatus> = {
  'signature-ok': 'pass',
  'signature-ok-backup': 'pass',
  'signature-form-ok': 'pass',
  'signature-missing': 'warn',
  'signature-bad-form': 'fail',
  'signature-wrong': 'fail',
  'signature-mistake': 'fail',
  'signature-skipped-no-url': 'skipped'
}

/** The two algorithms Tencent's console offers for push authentication. */
export type TxSecretAlgorithm = 'md5' | 'sha256'

/** txSecret as Tencent computes it: hex digest of key + stream + txTime (txTime verbatim). */
export function computeTxSecret(
  key: string,
  stream: string,
  txTime: string,
  algorithm: TxSecretAlgorithm
): string {
  return createHash(algorithm)
    .update(key + stream + txTime, 'utf8')
    .digest('hex')
}

const ALGORITHMS: readonly TxSecretAlgorithm[] = ['md5', 'sha256']

/** One way of getting the signature wrong: what was hashed, and how. */
interface Variant {
  mistake: SignatureMistake
  detail: string
  key: string
  stream: string
  txTime: string
  /** Shown in evidence: the hashed string with the key replaced by `<key>`. */
  shown: string
  /** Defaults to md5 and sha256 of key + stream + txTime. */
  digest?: (key: string, stream: string, txTime: string) => string
}

function form(secret: string): NonNullable<SignatureEvidence['form']> {
  if (/^[0-9a-fA-F]{32}$/.test(secret)) return 'md5'
  if (/^[0-9a-fA-F]{64}$/.test(secret)) return 'sha256'
  return 'unknown'
}

function shown(keyMark: string, stream: string, txTime: string): string {
  return `${keyMark}${stream}${txTime}`
}

/** Adds one variant that hashes `k + s + t` with the standard algorithms. */
type AddVariant = (
  mistake: SignatureMistake,
  detail: string,
  k: string,
  s: string,
  t: string,
  keyMark?: string
) => void

/** A collector of variants and the function that adds the standard-hash ones. */
function collector(): { v: Variant[]; add: AddVariant } {
  const v: Variant[] = []
  const add: AddVariant = (mistake, detail, k, s, t, keyMark = '<key>') => {
    v.push({ mistake, detail, key: k, stream: s, txTime: t, shown: shown(keyMark, s, t) })
  }
  return { v, add }
}

/** AppName in or out of the signed StreamName. */
function appVariants(add: AddVariant, url: PushUrl, key: string, tx: string): void {
  const { stream, app } = url
  // AppName included in StreamName: signed "live/test" while publishing "test" …
  add('app-in-stream', `${app}/${stream}`, key, `${app}/${stream}`, tx)
  add('app-in-stream', `/${app}/${stream}`, key, `/${app}/${stream}`, tx)
  // … or the stream key carries the AppName ("live/test") but "test" was signed.
  const slash = stream.lastIndexOf('/')
  if (slash >= 0) add('app-in-stream', stream.slice(slash + 1), key, stream.slice(slash + 1), tx)
}

/** txTime signed in another case or base than the URL carries. */
function txTimeVariants(add: AddVariant, stream: string, key: string, tx: string): void {
  // txTime case changed between signing and the URL (the hash covers the literal string).
  if (tx.toUpperCase() !== tx) add('txtime-case', 'upper', key, stream, tx.toUpperCase())
  if (tx.toLowerCase() !== tx) add('txtime-case', 'lower', key, stream, tx.toLowerCase())
  // Decimal vs hex: signed the decimal seconds while the URL carries hex, or the other way round.
  if (/^[0-9a-fA-F]{1,16}$/.test(tx)) {
    const dec = String(parseInt(tx, 16))
    if (dec !== tx) add('txtime-decimal', dec, key, stream, dec)
  }
  if (/^\d{1,16}$/.test(tx)) {
    const hex = Number(tx).toString(16)
    add('txtime-decimal', hex.toUpperCase(), key, stream, hex.toUpperCase())
    if (/[a-f]/.test(hex)) add('txtime-decimal', hex, key, stream, hex)
  }
}

/** Stray spaces or line breaks around the key or the name, where they were signed. */
function spaceVariants(add: AddVariant, stream: string, key: string, tx: string): void {
  add('trailing-space', 'key-trailing', key + ' ', stream, tx, '<key> ')
  add('trailing-space', 'key-leading', ' ' + key, stream, tx, ' <key>')
  add('trailing-space', 'key-newline', key + '\n', stream, tx, '<key>\\n')
  add('trailing-space', 'stream-trailing', key, stream + ' ', tx)
  add('trailing-space', 'stream-leading', key, ' ' + stream, tx)
}

/** URL-encoding: signed the encoded form, or a decoded form of what the URL carries. */
function encodingVariants(add: AddVariant, url: PushUrl, key: string, tx: string): void {
  const { stream, streamRaw } = url
  if (streamRaw !== stream) add('url-encoded-name', streamRaw, key, streamRaw, tx)
  const encoded = encodeURIComponent(stream)
  if (encoded !== stream && encoded !== streamRaw)
    add('url-encoded-name', encoded, key, encoded, tx)
  if (stream.includes('+')) {
    const plus = stream.replace(/\+/g, ' ')
    add('decoded-name', plus, key, plus, tx)
  }
  if (/%[0-9a-fA-F]{2}/.test(stream)) {
    let twice: string | undefined
    try {
      twice = decodeURIComponent(stream)
    } catch {
      twice = undefined
    }
    if (twice !== undefined && twice !== stream) add('decoded-name', twice, key, twice, tx)
  }
}

/** The right ingredients hashed the wrong way: another order, another hash, an HMAC. */
function hashVariants(stream: string, key: string, tx: string): Variant[] {
  const same = { key, stream, txTime: tx }
  const hex = (alg: string, text: string): string =>
    createHash(alg).update(text, 'utf8').digest('hex')
  return [
    {
      mistake: 'wrong-order',
      detail: 'stream+key+txTime',
      ...same,
      shown: `${stream}<key>${tx}`,
      digest: (k, s, t) => hex('md5', s + k + t)
    },
    ...(['sha1', 'sha512'] as const).map((alg): Variant => ({
      mistake: 'wrong-algorithm',
      detail: alg,
      ...same,
      shown: shown('<key>', stream, tx),
      digest: (k, s, t) => hex(alg, k + s + t)
    })),
    ...(['md5', 'sha256'] as const).map((alg): Variant => ({
      mistake: 'wrong-algorithm',
      detail: `hmac-${alg}`,
      ...same,
      shown: `HMAC(<key>, ${stream}${tx})`,
      digest: (k, s, t) =>
        createHmac(alg, k)
          .update(s + t, 'utf8')
          .digest('hex')
    }))
  ]
}

/** The usual mistakes, as variants of what was hashed. Bounded: a few dozen hashes at most. */
function variants(url: PushUrl, key: string): Variant[] {
  const tx = url.txTime ?? ''
  const { v, add } = collector()
  appVariants(add, url, key, tx)
  txTimeVariants(add, url.stream, key, tx)
  spaceVariants(add, url.stream, key, tx)
  encodingVariants(add, url, key, tx)
  return [...v, ...hashVariants(url.stream, key, tx)]
}

/**
 * Check txSecret of a parsed push URL, with the push keys when the user gave them. `pass` on a
 * match (or on a well-formed txSecret without a key), `warn` when txSecret is missing (fine only if
 * push authentication is off), `fail` on a malformed or wrong signature.
 */
export function checkSignature(
  url: PushUrl | undefined,
  keys?: PushKeys,
  now: number = Date.now()
): SignatureResult {
  const clock = startTiming(
    () => performance.now(),
    () => now
  )
  // Keys from the console never contain spaces; stray ones come from copy-paste into our field.
  const primary = typeof keys?.primary === 'string' ? keys.primary.trim() : ''
  const backup = typeof keys?.backup === 'string' ? keys.backup.trim() : ''
  const evidence: SignatureEvidence = { keyGiven: primary !== '' || backup !== '' }
  const done = (code: SignatureCode): SignatureResult =>
    checkResult('signature', code, STATUS_BY_CODE, evidence, clock.timing())
  if (!url) return done('signature-skipped-no-url')
  const secret = url.txSecret
  if (secret === undefined || secret === '') return done('signature-missing')
  evidence.txSecretPrefix = secret.slice(0, 4)
  evidence.form = form(secret)
  if (evidence.form !== 'unknown' && /[A-F]/.test(secret)) evidence.secretUpperCase = true
  const tx = url.txTime ?? ''
  const want = secret.toLowerCase()
  const named: Array<['primary' | 'backup', string]> = []
  if (primary) named.push(['primary', primary])
  if (backup) named.push(['backup', backup])
  if (named.length === 0) {
    return evidence.form === 'unknown' ? done('signature-bad-form') : done('signature-form-ok')
  }
  evidence.signedString = shown('<key>', url.stream, tx)
  // Straight computation first: each key with each algorithm (the form hints which, but a
  // secret of the wrong length must still be tested against both for the mistakes below).
  for (const [which, key] of named) {
    for (const algorithm of ALGORITHMS) {
      if (computeTxSecret(key, url.stream, tx, algorithm) === want) {
        evidence.matched = { key: which, algorithm }
        return done(which === 'primary' ? 'signature-ok' : 'signature-ok-backup')
      }
    }
  }
  for (const [which, key] of named) {
    for (const v of variants(url, key)) {
      const algs: Array<TxSecretAlgorithm | undefined> = v.digest ? [undefined] : [...ALGORITHMS]
      for (const algorithm of algs) {
        const got = v.digest
          ? v.digest(v.key, v.stream, v.txTime)
          : computeTxSecret(v.key, v.stream, v.txTime, algorithm ?? 'md5')
        if (got !== want) continue
        evidence.mistake = v.mistake
        evidence.mistakeDetail = v.detail
        evidence.signedString = v.shown
        if (algorithm) evidence.matched = { key: which, algorithm }
        return done('signature-mistake')
      }
    }
  }
  if (evidence.form === 'unknown') return done('signature-bad-form')
  return done('signature-wrong')
}
