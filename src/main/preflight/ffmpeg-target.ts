/**
 * Builds ffmpeg's RTMP output for a push to an already-resolved IP address.
 *
 * Why: the static Linux ffmpeg builds (ffmpeg-static, @ffmpeg-installer) cannot resolve host names
 * (static glibc has no NSS; the @ffmpeg-installer build even crashes on any host name). So the
 * engine resolves the host itself, dials the IP, and keeps the original host where the server
 * looks for it: the tcUrl of the RTMP `connect` command (`-rtmp_tcurl`). ffmpeg itself always
 * writes the port into the tcUrl it builds, so the same form is kept here.

 *
 * RTMPS is pushed through the loopback TLS relay (tls-relay.ts), not with ffmpeg's own TLS:
 * dialling an IP, ffmpeg sends no SNI, so an ingest that picks its certificate by SNI would show
 * it the wrong one (measured with both builds: no SNI arrives when the URL holds an IP).
 */
import type { PushUrl } from '../../shared/push-url'

/** ffmpeg output URL plus the output options that must precede it. */
export interface FfmpegRtmpTarget {
  /** `rtmp://<ip>:<port>/<app>/<publishName>` (IPv6 in brackets). */
  output: string
  /** `-rtmp_tcurl …`, `-rtmp_app …`, `-rtmp_playpath …` to place before the output. */
  args: string[]
}

/** `[addr]` for IPv6, the address or name unchanged otherwise. */
export function bracketHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

/** The tcUrl sent in RTMP `connect`: the original host, always with the port (as ffmpeg does). */
export function rtmpTcUrl(url: PushUrl): string {
  return `${url.scheme}://${bracketHost(url.host)}:${url.port}/${url.app}`
}

/** ffmpeg output target for a push of `url` to the resolved address `ip`. */
export function ffmpegRtmpTarget(url: PushUrl, ip: string): FfmpegRtmpTarget {
  const tcUrl = rtmpTcUrl(url)
  return {
    output: `${url.scheme}://${bracketHost(ip)}:${url.port}/${url.app}/${url.publishName}`,
    // -rtmp_app/-rtmp_playpath are explicit because ffmpeg guesses the app/stream split from the
    // path (nested apps, a ':' in the name) and could guess differently from the URL parser.
    args: ['-rtmp_tcurl', tcUrl, '-rtmp_app', url.app, '-rtmp_playpath', url.publishName]
  }
}

/**
 * ffmpeg output for an rtmps push carried by the loopback TLS relay (tls-relay.ts): plain RTMP to
 * 127.0.0.1:`relayPort`, while the tcUrl keeps `rtmps://host:port/app` as an encoder sends it.
 */
export function ffmpegRelayTarget(url: PushUrl, relayPort: number): FfmpegRtmpTarget {
  return {
    output: `rtmp://127.0.0.1:${relayPort}/${url.app}/${url.publishName}`,
    args: ['-rtmp_tcurl', rtmpTcUrl(url), '-rtmp_app', url.app, '-rtmp_playpath', url.publishName]
  }
}
