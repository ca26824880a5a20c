/**
 * RTMP handshake check (Tencent step 2, cause `network`): does the open port speak RTMP?
 * Sends C0+C1 and waits for S0+S1+S2 with its own timeout: answered / accepted-but-silent (a
 * middlebox or a server that waits for something else) / not RTMP (HTTP, another version byte,
 * garbage, closed, reset).
 */
import type {
  HandshakeCode,
  HandshakeEvidence,
  HandshakeResult,
  NetFailure
} from '../../shared/network'
import { checkResult, startTiming, type CheckStatus } from '../../shared/result'
import { HANDSHAKE_TIMEOUT_MS, PORT_CONNECT_TIMEOUT_MS } from './constants'
import { RtmpConnection } from './rtmp/client'
import { firstBytesHex, firstBytesText } from './rtmp/handshake'
import { openTcp, realNetDeps, type NetDeps } from './rtmp/tcp'

/** Options of the handshake check. */
export interface HandshakeCheckOptions {
  connectTimeoutMs?: number
  timeoutMs?: number
}

const STATUS_BY_CODE: Record<HandshakeCode, CheckStatus> = {
  'handshake-ok': 'pass',
  'handshake-silent': 'fail',
  'handshake-bad-version': 'fail',
  'handshake-http': 'fail',
  'handshake-garbage': 'fail',
  'handshake-closed': 'fail',
  'handshake-reset': 'fail',
  'handshake-tcp-failed': 'fail',
  'handshake-cancelled': 'skipped'
}

/** A close during the handshake: RST → reset; FIN or anything else → closed. */
function closeCode(kind: string | undefined): HandshakeCode {
  return kind === 'rst' ? 'handshake-reset' : 'handshake-closed'
}

/** Connects, runs the RTMP handshake, sends C2 and closes. Never throws. */
export async function checkHandshake(
  ip: string,
  port: number,
  opts: HandshakeCheckOptions = {},
  deps: NetDeps = realNetDeps,
  signal?: AbortSignal
): Promise<HandshakeResult> {
  const clock = startTiming(deps.now, deps.wallClock, { wholeMs: true })
  const timeoutMs = opts.timeoutMs ?? HANDSHAKE_TIMEOUT_MS
  const evidence: HandshakeEvidence = { ip, port, timeoutMs, bytesReceived: 0 }
  const done = (code: HandshakeCode): HandshakeResult =>
    checkResult('handshake', code, STATUS_BY_CODE, evidence, clock.timing())

  const tcp = await openTcp(
    ip,
    port,
    opts.connectTimeoutMs ?? PORT_CONNECT_TIMEOUT_MS,
    deps,
    signal
  )
  if (!tcp.ok) {
    const failure: NetFailure = tcp.failure
    evidence.tcpFailure = failure
    if (tcp.errno) evidence.errno = tcp.errno
    return done(failure === 'cancelled' ? 'handshake-cancelled' : 'handshake-tcp-failed')
  }
  evidence.connectMs = tcp.connectMs
  const conn = new RtmpConnection(tcp.socket, { now: deps.now })
  try {
    conn.startHandshake()
    const w = await conn.waitFor(
      () => (conn.hello.state === 'done' ? conn.hello : undefined),
      timeoutMs,
      signal
    )
    evidence.bytesReceived = conn.bytesRead
    const hello = conn.hello
    if (hello.state !== 'pending') evidence.firstByteMs = hello.firstByteAtMs
    else if (hello.firstByteAtMs !== undefined) evidence.firstByteMs = hello.firstByteAtMs
    if (w.ok) {
      evidence.handshakeMs = w.value.doneAtMs
      evidence.version = w.value.version
      evidence.s2Echo = w.value.s2Echo
      return done('handshake-ok')
    }
    if (hello.state === 'not-rtmp') {
      evidence.firstBytesHex = firstBytesHex(hello.firstBytes)
      evidence.firstBytesText = firstBytesText(hello.firstBytes)
      if (hello.verdict.kind === 'bad-version') evidence.version = hello.verdict.version
      const byVerdict = {
        http: 'handshake-http',
        'bad-version': 'handshake-bad-version',
        garbage: 'handshake-garbage'
      } as const
      return done(byVerdict[hello.verdict.kind])
    }
    switch (w.why) {
      case 'aborted':
        return done('handshake-cancelled')
      case 'timeout':
        // Part of S0+S1+S2 then nothing is still "silent": the server stopped answering.
        return done('handshake-silent')
      default:
        return done(closeCode(conn.close?.kind))
    }
  } finally {
    conn.destroy()
  }
}
