/**
 * English words that the code puts into other texts: the push's stages and end kinds, the txTime
 * letter case, the named signature mistakes' fixed details, the DNS resolver, the labels and tags
 * of the text report and the CLI's live push line. Each is a key so that a translated sentence
 * never carries an English word from a fixed set.
 */
import type { PushEndKind, PushPhase } from '../../push'

/** What was under way when the push went silent, completing "stopped answering during …". */
export const pushStageMessages: Record<`push.stage.${PushPhase}`, string> = {
  'push.stage.spawned': 'the connection attempt',
  'push.stage.tcp-connecting': 'the TCP connection',
  'push.stage.tcp-connected': 'the RTMP handshake',
  'push.stage.handshake-started': 'the RTMP handshake',
  'push.stage.handshake-answered': 'the RTMP connect',
  'push.stage.connect-answered': 'the creation of the stream',
  'push.stage.stream-creating': 'the creation of the stream',
  'push.stage.publish-sent': 'the publish request',
  'push.stage.accepted': 'the first media',
  'push.stage.media-flowing': 'the media push',
  'push.stage.server-error': 'the server’s error reply',
  'push.stage.ended': 'the end of the push',
  'push.stage.exited': 'the end of the push'
}

/** How ffmpeg said the connection ended, in the brackets after "the session was closed". */
export const pushEndMessages: Record<
  `push.end.${PushEndKind}` | 'push.end.unknown' | 'push.exit-code' | 'push.exit-signal',
  string
> = {
  'push.end.io-error': 'input/output error',
  'push.end.broken-pipe': 'broken pipe',
  'push.end.connection-reset': 'connection reset',
  'push.end.end-of-file': 'connection closed by the server',
  'push.end.connection-refused': 'connection refused',
  'push.end.connection-timed-out': 'connection timed out',
  'push.end.operation-timed-out': 'no answer in time',
  'push.end.network-unreachable': 'network unreachable',
  'push.end.host-unreachable': 'host unreachable',
  'push.end.resolve-failed': 'host name not found',
  'push.end.cannot-open-connection': 'connection could not be opened',
  'push.end.handshake-failed': 'handshake failed',
  'push.end.server-error': 'error from the server',
  'push.end.completed': 'completed',
  'push.end.signal': 'stopped by a signal',
  'push.end.other-error': 'other error',
  'push.end.unknown': 'no reason given',
  'push.exit-code': 'exit code {{code}}',
  'push.exit-signal': 'signal {{signal}}'
}

/** Fixed details of the named signature mistakes (the others are names from the URL). */
export const signatureDetailMessages = {
  'signature-detail.upper': 'upper',
  'signature-detail.lower': 'lower',
  'signature-detail.key-trailing': 'a space after the key',
  'signature-detail.key-leading': 'a space before the key',
  'signature-detail.key-newline': 'a line break after the key',
  'signature-detail.stream-trailing': 'a space after the stream name',
  'signature-detail.stream-leading': 'a space before the stream name',
  'signature-detail.stream+key+txTime': 'StreamName + key + txTime'
} as const

/** The DNS resolver named in DNS texts. */
export const resolverMessages = {
  'dns.resolver.system': 'system DNS {{servers}}',
  'dns.resolver.server': 'DNS server {{servers}}',
  'dns.resolver.unknown': 'DNS'
} as const

/** Labels, tags and live lines of the text report and the CLI. */
export const reportTextMessages = {
  'report.label': '{{label}}: {{value}}',
  'ui.colon': ': ',
  'report.cause-tag': '{{title}} [{{severity}}, {{confidence}}]',
  'cli.push-time': '{{time}} s sent',
  'cli.push-speed': 'speed {{speed}}×'
} as const

/** The ffmpeg locator's reasons for passing a candidate over, in words (`{{tried}}`). */
export const ffmpegTriedMessages = {
  'ffmpeg.tried.not-installed': 'package not installed',
  'ffmpeg.tried.not-installed-platform': 'package not installed for this platform',
  'ffmpeg.tried.no-path': 'the package gives no program path',
  'ffmpeg.tried.not-on-path': 'no ffmpeg on PATH',
  'ffmpeg.tried.missing-features': 'missing RTMP, libx264 or AAC',
  'ffmpeg.tried.not-found': 'not found',
  'ffmpeg.tried.missing': 'no such file',
  'ffmpeg.tried.not-file': 'not a file',
  'ffmpeg.tried.not-executable': 'not executable',
  'ffmpeg.tried.no-version': 'it printed no version',
  'ffmpeg.tried.timed-out': '{{flag}} gave no answer within {{ms}} ms',
  'ffmpeg.tried.could-not-start': 'it could not be started ({{detail}})',
  'ffmpeg.tried.exited': '{{flag}} ended with exit code {{code}}'
} as const
