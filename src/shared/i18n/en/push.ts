/**
 * English texts of the ffmpeg test push, keyed by code (what happened, then what to do).
 * Placeholders come from pushMessageParams() (src/shared/push.ts): {{seconds}}, {{mediaSec}},
 * {{serverError}}, {{endAfterAcceptMs}}, {{endKind}}, {{endLine}}, {{lastPhase}}, {{rwTimeoutMs}},
 * {{watchdogMs}}, {{path}}, {{spawnError}}, {{exit}}.
 */
import type { PushCode } from '../../push'

/** What each test-push outcome means and what to do about it. */
export const pushMessages: Record<PushCode, string> = {
  'push-ok':
    'The test push was accepted and ran for the whole {{seconds}} s window ({{mediaSec}} s of media sent). Pushing from this network works.',
  'push-rejected-at-connect':
    'The server answered the RTMP handshake but closed the session after the connect command, before the publish ({{endKind}}). The AppName or the push domain was not accepted: check the AppName (Tencent default "live"), and when pushing to an IP address, that the URL has &txHost=<push domain>.',
  'push-rejected-at-publish':
    'The server closed the connection right after the publish command ({{endKind}}, {{endAfterAcceptMs}} ms after any acceptance) without a reason. Tencent does this when txSecret or txTime is wrong or expired, when the stream is already being pushed, or when it is in Disabled Streams. Check expiry and signature (enter the push key to check the signature), then look at Live Streams and Disabled Streams in the Tencent Cloud CSS console.',
  'push-server-error':
    'The server refused the push and said why: "{{serverError}}". "Already publishing" means someone else is pushing this stream right now (stop that encoder, or use another stream name); a BadName or a rejection code points at the stream name, its signature or Disabled Streams in the Tencent Cloud CSS console.',
  'push-dropped':
    'The server accepted the push, then the connection was cut after {{mediaSec}} s of the {{seconds}} s window ({{endKind}}). The network or the server dropped a running stream: try again, try another network (for example a phone hotspot), and check that the upload bandwidth is well above the stream bitrate.',
  'push-handshake-failed':
    'A TCP connection was made, but the server did not complete the RTMP handshake ({{endKind}}). Something other than an RTMP server answers on this port, or a firewall or proxy interferes: check the host and port, then try another network (for example a phone hotspot).',
  'push-connect-failed':
    'ffmpeg could not open a TCP connection to the server ({{endKind}}). The port is closed or blocked from this network: check the host and port, then try another network (for example a phone hotspot) or ask the network admin to allow outgoing TCP to this port.',
  'push-timeout-silent':
    'The server stopped answering during {{lastPhase}} and the push gave up after {{rwTimeoutMs}} ms of silence. A firewall, proxy or captive portal may be holding the connection open without passing it through: try another network (for example a phone hotspot).',
  'push-cancelled': 'The test push was cancelled before it finished; ffmpeg was stopped.',
  'push-spawn-failed':
    'ffmpeg could not be started from {{path}} ({{spawnError}}). Reinstall the app, or point it at a working ffmpeg build.',
  'push-ffmpeg-crashed':
    'ffmpeg stopped on its own ({{exit}}) without a network reason. The local ffmpeg may be broken or lack a needed feature (libx264, AAC, RTMP): see the ffmpeg check, and try another ffmpeg build.'
}
