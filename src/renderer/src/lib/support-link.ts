/**
 * The support link from the renderer's side, pure: the link of the check on the start form or of
 * a report on screen (what "Copy a link for this user" copies), and what an incoming link puts
 * into the start form.
 */
import {
  buildDeepLink,
  pushUrlFromLink,
  type DeepLink,
  type DeepLinkBuild
} from '@shared/deep-link'
import type { PushUrl } from '@shared/push-url'
import type { Report } from '@shared/report'
import { TRANSPORT_DEFAULT_PORTS } from '@shared/transport'
import type { ProtocolRequest } from './protocol-options'

/** The options of a check that a link carries, as the start form or a report holds them. */
export interface LinkOptions {
  protocols?: ProtocolRequest
  pushSeconds?: number
  noPush?: boolean
  showLengthSec?: number
  authDeltaSec?: number
  /** The uplink test and its planned bitrate, kbit/s. */
  uplink?: boolean
  plannedKbps?: number
}

/** The names of a parsed push URL (or of a report's inputs) and the options, as a link. */
function linkOf(
  names: { scheme: DeepLink['protocol']; host: string; port?: number; app: string; stream: string },
  o: LinkOptions
): DeepLink {
  const link: DeepLink = {
    domain: names.host,
    app: names.app,
    stream: names.stream,
    protocol: names.scheme
  }
  if (names.port !== undefined && names.port !== TRANSPORT_DEFAULT_PORTS[names.scheme])
    link.port = names.port
  if (o.protocols?.transports) link.transports = [...o.protocols.transports]
  if (o.protocols?.rtmpsPort !== undefined) link.rtmpsPort = o.protocols.rtmpsPort
  if (o.protocols?.srtPort !== undefined) link.srtPort = o.protocols.srtPort
  if (o.pushSeconds !== undefined) link.pushSeconds = o.pushSeconds
  if (o.noPush) link.noPush = true
  if (o.showLengthSec !== undefined) link.showHours = Math.round(o.showLengthSec / 3.6) / 1000
  if (o.authDeltaSec !== undefined) link.authDeltaSec = Math.round(o.authDeltaSec)
  if (o.uplink && !o.noPush) {
    link.uplink = true
    if (o.plannedKbps !== undefined) link.bitrateKbps = o.plannedKbps
  }
  return link
}

/** The link of the check on the start form: the parsed URL's names (never its query) and options. */
export function linkFromForm(url: PushUrl, o: LinkOptions): DeepLinkBuild {
  // A raw IP address is not a push domain: the builder refuses it as a bad domain.
  return buildDeepLink(linkOf({ ...url, port: url.portExplicit ? url.port : undefined }, o))
}

/**
 * The link of a report (a fresh run, or one a user sent): its inputs' names and options. The
 * protocols tried are left out: a report does not say which were asked for.
 */
export function linkFromReport(r: Report): DeepLinkBuild | undefined {
  const i = r.inputs
  if (i.host === undefined || i.app === undefined || i.stream === undefined) return undefined
  const scheme = /^(rtmps?|srt):/i.exec(i.url)?.[1].toLowerCase() as
    DeepLink['protocol'] | undefined
  return buildDeepLink(
    linkOf(
      { scheme: scheme ?? 'rtmp', host: i.host, port: i.port, app: i.app, stream: i.stream },
      {
        pushSeconds: i.noPush ? undefined : i.pushSeconds,
        noPush: i.noPush,
        showLengthSec: i.showLengthSec,
        authDeltaSec: i.authDeltaSec,
        uplink: i.plannedKbps !== undefined,
        plannedKbps: i.plannedKbps
      }
    )
  )
}

/**
 * What an incoming link sets on the start form: the push URL without signature, and the options
 * the link carries as the fields' text. An option the link leaves out is undefined: the form keeps
 * what the user had there.
 */
export interface LinkFormFill {
  url: string
  transports?: DeepLink['transports']
  rtmpsPort?: string
  srtPort?: string
  pushSeconds?: string
  noPush?: boolean
  showHours?: string
  authDelta?: string
  uplink?: boolean
  bitrate?: string
}

/** The start form's fields for an incoming link. */
export function formFromLink(l: DeepLink): LinkFormFill {
  const text = (n: number | undefined): string | undefined =>
    n === undefined ? undefined : String(n)
  return {
    url: pushUrlFromLink(l),
    transports: l.transports,
    rtmpsPort: text(l.rtmpsPort),
    srtPort: text(l.srtPort),
    pushSeconds: text(l.pushSeconds),
    noPush: l.noPush,
    showHours: text(l.showHours),
    authDelta: text(l.authDeltaSec),
    uplink: l.uplink,
    bitrate: text(l.bitrateKbps)
  }
}
