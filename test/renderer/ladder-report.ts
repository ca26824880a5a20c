/**
 * Hand-built Reports of the transport ladder for component tests: the offline part (parse,
 * expiry, signature) is the real engine's, the network part is written out as the engine reports
 * it — RTMP's TCP 1935 filtered, RTMPS working on 443, SRT's UDP 9000 unanswered — so the table,
 * the verdict and the sheet can be tested without a venue network.
 */
import { analyzeOffline } from '../../src/main/preflight/offline-analysis'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { PushUrl } from '../../src/shared/push-url'
import { redactDeep } from '../../src/shared/redact'
import type { Cause, Report } from '../../src/shared/report'
import {
  transportUrl,
  type Transport,
  type TransportCode,
  type TransportEntry,
  type TransportMedia
} from '../../src/shared/transport'
import { VENUE_NETWORK } from './fake-api'

export const LADDER_KEY = 'ladder-key'
export const LADDER_HOST = 'push.ladder.test'
/** A documentation address (RFC 5737): never contacted, these reports are written by hand. */
export const LADDER_IP = '192.0.2.10'

/**
 * txTime of the URL, fixed once for the whole test file: computed per call, two calls on either
 * side of a second boundary gave two different URLs, and a test comparing them failed at random.
 * 20 h ahead stays valid for any test run.
 */
const LADDER_TX_TIME = Math.floor(Date.now() / 1000 + 20 * 3600)
  .toString(16)
  .toUpperCase()

/** The user's URL of these reports, and its parse (txSecret whole). */
export function ladderUrl(): { text: string; parsed: PushUrl; txSecret: string } {
  const txTime = LADDER_TX_TIME
  const txSecret = computeTxSecret(LADDER_KEY, 'show', txTime, 'md5')
  const text = `rtmp://${LADDER_HOST}/live/show?txSecret=${txSecret}&txTime=${txTime}`
  const parse = analyzeOffline({ url: { url: text } }).parse
  if (!parse.ok) throw new Error(`ladder URL did not parse: ${parse.code}`)
  return { text, parsed: parse.url, txSecret }
}

/** One row as the engine writes it. */
function entry(
  url: PushUrl,
  transport: Transport,
  code: TransportCode,
  media: TransportMedia,
  durationMs: number,
  params: Record<string, string | number> = {}
): TransportEntry {
  const port = { rtmp: 1935, rtmps: 443, srt: 9000 }[transport]
  const { url: full, obs } = transportUrl(url, transport, port)
  return {
    transport,
    host: LADDER_HOST,
    ip: LADDER_IP,
    port,
    protocol: transport === 'srt' ? 'udp' : 'tcp',
    ok: code === 'transport-ok',
    code,
    params: { host: LADDER_HOST, ip: LADDER_IP, port, ...params },
    url: full,
    obs,
    media,
    steps: [],
    durationMs
  }
}

/** Which rows: `rtmps-works` (the venue case), `srt-works`, `none` (all blocked), `refused`. */
export type LadderCase = 'rtmps-works' | 'srt-works' | 'none' | 'refused'

/** The report of one case, redacted like every saved report. */
export function ladderReport(kind: LadderCase = 'rtmps-works'): Report {
  const { text, parsed, txSecret } = ladderUrl()
  const offline = analyzeOffline({ url: { url: text }, keys: { primary: LADDER_KEY } })
  const now = Date.now()
  const filtered = entry(parsed, 'rtmp', 'tcp-filtered', 'not-tested-earlier-failure', 5000)
  const rows: TransportEntry[] =
    kind === 'refused'
      ? [
          entry(parsed, 'rtmp', 'transport-publish-refused', 'not-tested-earlier-failure', 900),
          entry(parsed, 'rtmps', 'transport-publish-refused', 'not-tested-earlier-failure', 1300),
          entry(parsed, 'srt', 'srt-rejected', 'not-tested-earlier-failure', 400, {
            rejectCode: 1403
          })
        ]
      : [
          filtered,
          entry(
            parsed,
            'rtmps',
            kind === 'rtmps-works' ? 'transport-ok' : 'tls-untrusted-issuer',
            kind === 'rtmps-works' ? 'sustained' : 'not-tested-earlier-failure',
            3400,
            {
              issuer: 'Venue Proxy CA'
            }
          ),
          entry(
            parsed,
            'srt',
            kind === 'srt-works' ? 'transport-ok' : 'udp-no-answer',
            kind === 'srt-works' ? 'not-tested-no-support' : 'not-tested-earlier-failure',
            3000,
            { timeoutMs: 3000 }
          )
        ]
  const way = rows.find((r) => r.ok && r.transport !== 'rtmp')
  const causes: Cause[] =
    kind === 'refused'
      ? [
          {
            id: 'signature',
            severity: 'fail',
            confidence: 'possible',
            reason: 'rejected-silently',
            evidence: []
          }
        ]
      : way
        ? [
            {
              id: 'network',
              severity: 'warn',
              confidence: 'confirmed',
              reason: 'network-other-transport',
              params: {
                blockedReason: 'port-filtered',
                transport: way.transport.toUpperCase(),
                wayPort: way.port,
                wayProtocol: way.protocol.toUpperCase()
              },
              evidence: [{ check: 'port', code: 'port-filtered' }]
            }
          ]
        : [
            {
              id: 'network',
              severity: 'fail',
              confidence: 'likely',
              reason: 'port-filtered',
              evidence: [{ check: 'port', code: 'port-filtered' }]
            }
          ]
  const report: Report = {
    kind: 'push-preflight-report',
    schemaVersion: 1,
    createdAt: now - 6000,
    finishedAt: now,
    inputs: {
      url: text,
      host: LADDER_HOST,
      port: 1935,
      app: 'live',
      stream: 'show',
      keyGiven: true,
      backupKeyGiven: false,
      pushSeconds: 3,
      noPush: false,
      pushRealStream: false,
      pushTarget: 'probe',
      ip: LADDER_IP
    },
    environment: {
      appVersion: '0.0.0-test',
      os: 'linux',
      arch: 'x64',
      machine: 'stage-laptop',
      node: 'v22',
      network: VENUE_NETWORK
    },
    checks: {
      parse: offline.parse,
      expiry: offline.expiry,
      signature: offline.signature,
      txHost: offline.txHost,
      port: {
        id: 'port',
        status: kind === 'refused' ? 'pass' : 'fail',
        code: kind === 'refused' ? 'port-open' : 'port-filtered',
        timing: { startedAt: now - 5500, durationMs: 5000 },
        evidence: { ip: LADDER_IP, port: 1935, timeoutMs: 5000, connectMs: 5000 }
      }
    },
    timeline: [],
    causes,
    notes: [],
    verdict: causes.some((c) => c.severity === 'fail') ? 'not-ready' : 'warnings',
    cancelled: false,
    transports: rows
  }
  return redactDeep(report, { keys: [LADDER_KEY], txSecrets: [txSecret] })
}
