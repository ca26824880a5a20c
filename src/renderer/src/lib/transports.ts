/**
 * The transport ladder in the wizard, pure: whether the diagnosis says "RTMP is blocked here but
 * another protocol works", whether the user's own parsed URL belongs to a report (so its ways to
 * push can be shown whole), and the per-protocol rows of the comparison and the go/no-go sheet.
 */
import type { PushUrl } from '@shared/push-url'
import type { Cause, Report } from '@shared/report'
import { TRANSPORTS, type Transport, type TransportEntry } from '@shared/transport'
import { transportVerdict, type TransportVerdict } from '@shared/transport-text'

/** The diagnosis reason of "RTMP blocked here, another protocol works". */
const OTHER_TRANSPORT_REASON = 'network-other-transport'

/** The cause that says another protocol works from here, when the diagnosis found one. */
export function otherTransportCause(report: Report): Cause | undefined {
  return report.causes.find((c) => c.id === 'network' && c.reason === OTHER_TRANSPORT_REASON)
}

/** The first way that works from here other than RTMP (the one the diagnosis recommends). */
export function recommendedWay(report: Report): TransportEntry | undefined {
  return report.transports?.find((e) => e.ok && e.transport !== 'rtmp')
}

/**
 * The user's own parsed URL when it is the one this report checked (same host, stream and app):
 * only then may the report's ways to push be rebuilt in full from it.
 */
export function ownUrlFor(report: Report, url: PushUrl | undefined): PushUrl | undefined {
  if (!url) return undefined
  const i = report.inputs
  return i.host === url.host && i.stream === url.stream && i.app === url.app ? url : undefined
}

/** One protocol as the comparison and the sheet show it: what to open, and how it went. */
export interface TransportSideBySide {
  transport: Transport
  /** What a firewall must let out, e.g. `TCP 443`. */
  open: string
  here?: TransportVerdict
  there?: TransportVerdict
}

/** Every protocol tried on either network, in ladder order, with its verdict on each. */
export function transportSideBySide(here: Report, there?: Report): TransportSideBySide[] {
  const rows: TransportSideBySide[] = []
  for (const transport of TRANSPORTS) {
    const a = here.transports?.find((e) => e.transport === transport)
    const b = there?.transports?.find((e) => e.transport === transport)
    const entry = a ?? b
    if (!entry) continue
    rows.push({
      transport,
      open: `${entry.protocol.toUpperCase()} ${entry.port}`,
      here: a && transportVerdict(a),
      there: b && transportVerdict(b)
    })
  }
  return rows
}
