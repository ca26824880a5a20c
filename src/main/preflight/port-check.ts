/**
 * TCP port check (Tencent step 2, cause `network`): can this machine open a TCP connection to the
 * ingest's address and port? open / refused (RST: nothing listening) / filtered (no answer: a
 * firewall drops the SYN) / unreachable (no route) / cancelled.
 */
import type { NetFailure, PortCode, PortResult } from '../../shared/network'
import { checkResult, startTiming, type CheckStatus } from '../../shared/result'
import { PORT_CONNECT_TIMEOUT_MS } from './constants'
import { openTcp, realNetDeps, type NetDeps } from './rtmp/tcp'

/** Options of the port check. */
export interface PortCheckOptions {
  timeoutMs?: number
}

/** Failure kind → result code (the port check's row of the failure table). */
const PORT_CODE_BY_FAILURE: Record<NetFailure, PortCode> = {
  refused: 'port-refused',
  timeout: 'port-filtered',
  unreachable: 'port-unreachable',
  reset: 'port-refused',
  closed: 'port-error',
  cancelled: 'port-cancelled',
  tls: 'port-error',
  other: 'port-error'
}

/** The port check's code for a failed connect (shared with the watch's RTT samples). */
export function portCodeOf(failure: NetFailure): PortCode {
  return PORT_CODE_BY_FAILURE[failure]
}

const STATUS_BY_CODE: Record<PortCode, CheckStatus> = {
  'port-open': 'pass',
  'port-refused': 'fail',
  'port-filtered': 'fail',
  'port-unreachable': 'fail',
  'port-error': 'fail',
  'port-cancelled': 'skipped'
}

/** Opens (and at once closes) a TCP connection to ip:port, with a timeout. Never throws. */
export async function checkPort(
  ip: string,
  port: number,
  opts: PortCheckOptions = {},
  deps: NetDeps = realNetDeps,
  signal?: AbortSignal
): Promise<PortResult> {
  const clock = startTiming(deps.now, deps.wallClock, { wholeMs: true })
  const timeoutMs = opts.timeoutMs ?? PORT_CONNECT_TIMEOUT_MS
  const r = await openTcp(ip, port, timeoutMs, deps, signal)
  if (r.ok) r.socket.destroy()
  const code: PortCode = r.ok ? 'port-open' : PORT_CODE_BY_FAILURE[r.failure]
  const evidence = {
    ip,
    port,
    timeoutMs,
    connectMs: r.connectMs,
    ...(!r.ok && r.errno ? { errno: r.errno } : {})
  }
  return checkResult('port', code, STATUS_BY_CODE, evidence, clock.timing())
}
