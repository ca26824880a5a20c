/**
 * The probe stream name: where the run sends media instead of the real stream name, signed with
 * the user's key so the ingest accepts it whenever the key is right.
 */
import type { PushUrl } from '../../shared/push-url'
import { PROBE_STREAM_TXTIME_VALIDITY_SEC } from './constants'
import { computeTxSecret } from './signature-check'

/** Hex Unix seconds, upper case, as Tencent's generator writes txTime. */
function hexSeconds(ms: number): string {
  return Math.floor(ms / 1000)
    .toString(16)
    .toUpperCase()
}

/**
 * The probe stream: `<stream>_preflight_<random>`, signed with the key (and algorithm) that the
 * URL was signed with, or the primary key with MD5, and a fresh txTime — so it is accepted
 * whenever the key is right, whatever the URL's own txTime says.
 */
export function probeStreamUrl(
  url: PushUrl,
  key: string,
  algorithm: 'md5' | 'sha256',
  suffix: string,
  now: number
): PushUrl {
  const stream = `${url.stream}_preflight_${suffix}`
  const txTime = hexSeconds(now + PROBE_STREAM_TXTIME_VALIDITY_SEC * 1000)
  const txSecret = computeTxSecret(key, stream, txTime, algorithm)
  const query: Array<[string, string]> = url.query.filter(
    ([k]) => k !== 'txSecret' && k !== 'txTime'
  )
  query.unshift(['txSecret', txSecret], ['txTime', txTime])
  const raw = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
  return {
    ...url,
    stream,
    query,
    txSecret,
    txTime,
    publishName: `${encodeURIComponent(stream)}?${raw}`
  }
}
