/**
 * The diagnosis's own codes: why a cause was named (each has a `diag.<reason>` text), which check
 * a piece of evidence points to, and the texts that tell two possible causes apart.
 */

/** Every reason a diagnosed cause can give; the i18n key of its headline is `diag.<reason>`. */
export const DIAGNOSIS_REASONS = [
  // The domain's DNS (cname) and this network's DNS.
  'dns-nxdomain',
  'dns-cname-target-nxdomain',
  'dns-no-addresses',
  'dns-chain-loop',
  'dns-chain-too-long',
  'dns-no-cname',
  'dns-foreign-cname',
  'dns-tencent-play-cname',
  'dns-failing',
  'txhost-missing',
  'txhost-not-a-name',
  'connect-rejected',
  // The network path: the port, the RTMP handshake, the publish probe, the media push.
  'port-refused',
  'port-filtered',
  'port-unreachable',
  'port-error',
  'handshake-silent',
  'handshake-http',
  'handshake-garbage',
  'handshake-bad-version',
  'handshake-closed',
  'handshake-reset',
  'handshake-tcp-failed',
  'publish-network',
  'push-network',
  'network-other-transport',
  'no-transport-works',
  // The URL's txTime and the clock.
  'expiry-expired',
  'expiry-expired-accepted',
  'expiry-short',
  'expiry-shorter-than-show',
  'expiry-decimal',
  'expiry-milliseconds',
  'expiry-bad-format',
  'expiry-missing',
  'clock-skew',
  // The signature, and refusals that cannot be told apart from a stream name in use.
  'signature-wrong',
  'signature-mistake',
  'signature-missing',
  'signature-bad-form',
  'rejected-status',
  'rejected-silently',
  'probe-stream-rejected',
  'in-use-status',
  'in-use-probe',
  // The media push and the tool.
  'push-dropped',
  'ffmpeg-unusable',
  'ffmpeg-crashed',
  // The uplink test.
  'uplink-too-slow',
  'uplink-encoder-too-slow',
  'uplink-tight',
  'uplink-push-failed',
  // What Tencent's CSS API said.
  'api-forbid',
  'api-active',
  'api-inactive-refused',
  'api-stop-in-use',
  'api-stop-disabled',
  'api-stop-signature',
  'api-stop-expiry',
  'api-stop-domain',
  'api-received-low'
] as const
export type DiagnosisReason = (typeof DIAGNOSIS_REASONS)[number]

/** True when a check's code is also a diagnosis reason (the cause then names it directly). */
export function isDiagnosisReason(code: string): code is DiagnosisReason {
  return (DIAGNOSIS_REASONS as readonly string[]).includes(code)
}

/** The checks a cause's evidence can point to: keys of the report's checks, and its ladder rows. */
export const EVIDENCE_CHECKS = [
  'ffmpeg',
  'dns',
  'txHost',
  'port',
  'handshake',
  'publishProbe',
  'probeStreamPublish',
  'testPush',
  'expiry',
  'signature',
  'clock',
  'uplink',
  'tencentApi',
  'transports'
] as const
export type EvidenceCheck = (typeof EVIDENCE_CHECKS)[number]

/** Texts (i18n keys) that say what tells two possible causes apart. */
export const TELL_APART_KEYS = ['tell.enter-key', 'tell.live-streams'] as const
export type TellApartKey = (typeof TELL_APART_KEYS)[number]
