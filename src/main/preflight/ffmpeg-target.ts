/**
 * Builds ffmpeg's RTMP output for a push to an already-resolved IP address.
 *
 * Why: the static Linux ffmpeg builds (ffmpeg-static, @ffmpeg-installer) cannot resolve host names
 * (static glibc has no NSS; the @ffmpeg-installer build even crashes on any host name). So the
 * engine resolves the host itself, dials the IP, and keeps the original host where the server
 * looks for it: the tcUrl of the RTMP `connect` command (`-rtmp_tcurl`). ffmpeg itself always
 * writes the port into the tcUrl it builds, so the same form is kept here.
 *
 * RTMPS: ffmpeg verifies no certificate unless told to. With `-tls_verify 1 -ca_file FILE
 * -verifyhost HOST` both the static 4.x build and Debian's 5.1 (GnuTLS in both) check the chain
 * against FILE and the name against HOST, not against the IP dialled (measured: a certificate for
 * other names fails with "The certificate's owner does not match hostname …", an untrusted or
 * expired one with "Peer certificate failed verification"). Neither sends SNI when dialling an IP
 * (measured), so an ingest that picks its certificate by SNI shows its default one to ffmpeg.
 */
import type { PushUrl } from '../../shared/push-url'

/** ffmpeg output URL plus the output options that must precede it. */
export interface FfmpegRtmpTarget {
  /** `rtmp://<ip>:<port>/<app>/<publishName>` (IPv6 in brackets). */
  output: string
  /**
   * `-rtmp_tcurl …`, `-rtmp_app …`, `-rtmp_playpath …` (and for rtmps `-tls_verify 1
   * -ca_file … -verifyhost …`) to place before the output.
   */
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

/**
 * ffmpeg's certificate checking for an rtmps push: the chain against `caFile` (see withCaFile; when
 * absent, whatever ffmpeg's TLS library trusts by default) and the name against the push host.
 */
export function ffmpegTlsArgs(host: string, caFile?: string): string[] {
  return ['-tls_verify', '1', ...(caFile ? ['-ca_file', caFile] : []), '-verifyhost', host]
}

/**
 * ffmpeg output target for a push of `url` to the resolved address `ip`. For rtmps, `caFile` is
 * the trusted CA file ffmpeg verifies the server's certificate with.
 */
export function ffmpegRtmpTarget(url: PushUrl, ip: string, caFile?: string): FfmpegRtmpTarget {
  const tcUrl = rtmpTcUrl(url)
  return {
    output: `${url.scheme}://${bracketHost(ip)}:${url.port}/${url.app}/${url.publishName}`,
    // -rtmp_app/-rtmp_playpath are explicit because ffmpeg guesses the app/stream split from the
    // path (nested apps, a ':' in the name) and could guess differently from the URL parser.
    args: [
      '-rtmp_tcurl',
      tcUrl,
      '-rtmp_app',
      url.app,
      '-rtmp_playpath',
      url.publishName,
      ...(url.scheme === 'rtmps' ? ffmpegTlsArgs(url.host, caFile) : [])
    ]
  }
}
