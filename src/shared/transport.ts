/**
 * The transport ladder: the same push over RTMP (TCP 1935), RTMPS (TLS, TCP 443) and SRT (UDP
 * 9000), each tried from this network, so that a venue that blocks one protocol can still be
 * streamed from with another. Types, codes and the pure URL derivations shared by the engine, the
 * CLI and the renderer (which derives the full URLs on screen from the user's own input: saved
 * reports hold them redacted).
 */
import type { PushUrl } from './push-url'

/** The protocols Tencent CSS ingests that the ladder tries, in the order they are offered. */
export const TRANSPORTS = ['rtmp', 'rtmps', 'srt'] as const
export type Transport = (typeof TRANSPORTS)[number]

/** Default port of each transport (Tencent CSS: RTMP TCP 1935, RTMPS TCP 443, SRT UDP 9000). */
export const TRANSPORT_DEFAULT_PORTS: Record<Transport, number> = {
  rtmp: 1935,
  rtmps: 443,
  srt: 9000
}

/** The IP protocol each transport needs a firewall to let out (what venue IT must open). */
export const TRANSPORT_IP_PROTOCOL: Record<Transport, 'tcp' | 'udp'> = {
  rtmp: 'tcp',
  rtmps: 'tcp',
  srt: 'udp'
}

/**
 * Outcome of one transport, the row's verdict. `transport-ok`: the server accepted a publish over
 * it (and a media push, when one was made, held). `transport-reachable`: the protocol answered but
 * no publish was tried (the stream may be live). `transport-publish-refused`: the path works, but
 * the server refused the stream (the diagnosis says why; another protocol would not help).
 */
export const TRANSPORT_CODES = [
  'transport-ok',
  'transport-reachable',
  'transport-publish-refused',
  'transport-push-failed',
  'transport-dns-failed',
  'tcp-filtered',
  'tcp-refused',
  'tcp-unreachable',
  'tcp-error',
  'tls-name-mismatch',
  'tls-untrusted-issuer',
  'tls-expired',
  'tls-not-yet-valid',
  'tls-handshake-failed',
  'tls-no-answer',
  'rtmp-no-answer',
  'udp-no-answer',
  'udp-refused',
  'srt-rejected',
  'srt-no-conclusion',
  'srt-bad-response',
  'transport-not-tested',
  'transport-cancelled',
  'transport-error'
] as const
export type TransportCode = (typeof TRANSPORT_CODES)[number]

/** What became of the media push over a transport. */
export const TRANSPORT_MEDIA = [
  'sustained',
  'failed',
  'not-tested-no-key',
  'not-tested-wrong-key',
  'not-tested-no-support',
  'not-tested-earlier-failure',
  'not-tested-by-user',
  'not-tested-no-ffmpeg'
] as const
export type TransportMedia = (typeof TRANSPORT_MEDIA)[number]

/** One step on a transport's path, as the evidence line and the timeline show it. */
export interface TransportStep {
  step: 'tcp' | 'tls' | 'rtmp-handshake' | 'publish' | 'srt-handshake' | 'push'
  status: 'pass' | 'warn' | 'fail' | 'skipped'
  /** The underlying check's code (tls-ok, srt-rejected, publish-accepted, push-ok, …). */
  code: string
  /** ms that step took. */
  ms: number
}

/** OBS's fields for a transport: Service "Custom", Server and Stream Key (SRT: one URL, no key). */
export interface ObsSettings {
  server: string
  streamKey: string
}

/** One row of "Ways to push from here". URLs carry the real txSecret until the Report is redacted. */
export interface TransportEntry {
  transport: Transport
  /** The push domain (or IP) dialled. */
  host: string
  /** The address it resolved to, when it did. */
  ip?: string
  port: number
  protocol: 'tcp' | 'udp'
  /** True when this way works from here: the server accepted a publish over it. */
  ok: boolean
  code: TransportCode
  /** Values for the row's evidence text (`transport.<code>`). */
  params: Record<string, string | number>
  /** The real stream's push URL over this transport (redacted in a saved report). */
  url: string
  obs: ObsSettings
  media: TransportMedia
  steps: TransportStep[]
  /** ms from the ladder's start until this row's verdict. */
  durationMs: number
}

/** `[addr]` for an IPv6 literal, the host unchanged otherwise. */
function hostPart(url: PushUrl): string {
  return url.hostKind === 'ipv6' ? `[${url.host}]` : url.host
}

/** `:port`, or nothing when the port is the transport's default. */
function portPart(transport: Transport, port: number): string {
  return port === TRANSPORT_DEFAULT_PORTS[transport] ? '' : `:${port}`
}

/** The domain Tencent reads for an SRT push: txHost when the URL dials an IP, else the host. */
function srtDomain(url: PushUrl): string {
  return url.txHost ?? url.host
}

/**
 * Tencent's SRT stream id: `#!::h={domain},r={AppName}/{StreamName},txSecret={…},txTime={…}`.
 * The values are written as they are (Tencent's samples do); a comma inside one would end it.
 */
export function srtStreamId(url: PushUrl, stream = url.stream): string {
  const parts = [`h=${srtDomain(url)}`, `r=${url.app}/${stream}`]
  for (const [k, v] of url.query) if (k !== 'txHost') parts.push(`${k}=${v}`)
  return `#!::${parts.join(',')}`
}

/** The port a transport uses for this URL: the URL's own for its scheme, else the given or default one. */
export function transportPort(url: PushUrl, transport: Transport, override?: number): number {
  if (url.scheme === transport && url.portExplicit) return url.port
  return override ?? TRANSPORT_DEFAULT_PORTS[transport]
}

/** The push URL and OBS settings of `url`'s stream over `transport` on `port`. */
export function transportUrl(
  url: PushUrl,
  transport: Transport,
  port: number
): { url: string; obs: ObsSettings } {
  if (transport === 'srt') {
    const full = `srt://${hostPart(url)}:${port}?streamid=${srtStreamId(url)}`
    return { url: full, obs: { server: full, streamKey: '' } }
  }
  const server = `${transport}://${hostPart(url)}${portPart(transport, port)}/${url.app}/`
  return { url: server + url.publishName, obs: { server, streamKey: url.publishName } }
}

/**
 * The same push as an RTMP or RTMPS URL on `port`: what the RTMP probes and ffmpeg are given,
 * whichever of the three forms the user typed.
 */
export function asRtmpUrl(url: PushUrl, scheme: 'rtmp' | 'rtmps', port: number): PushUrl {
  if (url.scheme === scheme && url.port === port) return url
  const tcUrl = `${scheme}://${hostPart(url)}${portPart(scheme, port)}/${url.app}`
  return { ...url, scheme, port, portExplicit: port !== TRANSPORT_DEFAULT_PORTS[scheme], tcUrl }
}
