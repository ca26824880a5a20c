/**
 * Pure functions over ffmpeg's stderr at `-loglevel debug` during an RTMP push: a line splitter
 * for chunked output with `\r` progress lines, a classifier that turns each line into events
 * (TCP connected, handshake answered, publish sent, accepted, progress, server error, end), a
 * redactor for secrets, and a capped tail. Tested on recorded logs (test/fixtures/ffmpeg-logs/).
 *
 * Lines these patterns come from (libavformat/rtmpproto.c, tcp.c, network.c; fftools), the same in
 * the static 4.x build and Debian's 5.1 unless noted:
 *   [tcp @ 0x…] Starting connection attempt to 127.0.0.1 port 1935
 *   [tcp @ 0x…] Successfully connected to 127.0.0.1 port 1935
 *   [rtmp @ 0x…] Handshaking... / Type answer 3 / Server version 1.2.3.4
 *   [rtmp @ 0x…] Window acknowledgement size = N (older: "Server bandwidth = N"),
 *                Max sent, unacked = N (older: "Client bandwidth = N"), New incoming chunk size = N
 *   [rtmp @ 0x…] Releasing stream... / FCPublish stream... / Creating stream...
 *   [rtmp @ 0x…] Sending publish command for 'stream?txSecret=…'
 *   [rtmp @ 0x…] Server error: Already publishing
 *   Stream mapping: / Output #0, flv, to 'rtmp://…'   (only once the output opened, i.e. after
 *                                                       the server answered NetStream.Publish.Start)
 *   frame=   90 fps= 30 q=-1.0 Lsize=  751kB time=00:00:03.01 bitrate=2037.2kbits/s speed=1x
 *   rtmp://…: Connection refused  /  Error writing trailer of rtmp://…: Broken pipe
 *   [tls @ 0x…] The certificate's owner does not match hostname push.example.test  (rtmps with
 *   -verifyhost) / [tls @ 0x…] Peer certificate failed verification  (untrusted or expired:
 *   GnuTLS does not say which), then [rtmps @ 0x…] Cannot open connection tls://IP:PORT
 */
import {
  PUSH_LINE_BUFFER_MAX_CHARS,
  PUSH_STDERR_LINE_MAX_CHARS,
  PUSH_STDERR_TAIL_LINES
} from './constants'
import type { PushEndKind, PushProgressSample } from '../../shared/push'
import { redactText } from '../../shared/redact'

// ── Line splitting ─────────────────────────────────────────────────────────────────────────

/** Incremental splitter: feed raw chunks, get whole lines (split on \n, \r\n and lone \r). */
export interface LineSplitter {
  /** Lines completed by this chunk (without terminators, empty lines dropped). */
  push(chunk: string): string[]
  /** The unterminated remainder, if any, as a last line. */
  flush(): string[]
}

/**
 * A line splitter for ffmpeg stderr. ffmpeg ends progress lines with a lone `\r` (to overwrite
 * them on a terminal) and other lines with `\n`; chunks from the pipe can end mid-line or between
 * `\r` and `\n`. A partial line longer than `maxBuffer` is emitted as is so memory stays bounded.
 */
export function createLineSplitter(maxBuffer = PUSH_LINE_BUFFER_MAX_CHARS): LineSplitter {
  let rest = ''
  return {
    push(chunk: string): string[] {
      const text = rest + chunk
      const parts = text.split(/\r\n|\r|\n/)
      rest = parts.pop() ?? ''
      // A chunk ending in '\r' may be the first half of '\r\n': the empty line it would make is
      // dropped below anyway, so no look-ahead is needed.
      if (rest.length > maxBuffer) {
        parts.push(rest)
        rest = ''
      }
      return parts.filter((l) => l.length > 0)
    },
    flush(): string[] {
      const last = rest
      rest = ''
      return last.length > 0 ? [last] : []
    }
  }
}

// ── Redaction ──────────────────────────────────────────────────────────────────────────────

/**
 * Redact secrets from one ffmpeg line or URL before it is stored or shown: txSecret and other
 * key-like query values keep their first 4 characters, URL user info is hidden, and any other
 * long key-looking token is masked the same way (ffmpeg's output is not ours to trust).
 */
export function redactLine(line: string): string {
  return redactText(line, {}, { longTokens: true })
}

// ── Classification ─────────────────────────────────────────────────────────────────────────

/** What one stderr line tells about the push. */
export type LogEvent =
  | { kind: 'tcp-connecting'; address: string }
  | { kind: 'tcp-connected'; address: string }
  | { kind: 'handshake-started' }
  | { kind: 'handshake-answered'; detail: string }
  | { kind: 'connect-answered'; detail: string }
  | { kind: 'stream-creating' }
  | { kind: 'publish-sent' }
  | { kind: 'accepted'; detail: string }
  | { kind: 'progress'; sample: PushProgressSample }
  | { kind: 'server-error'; text: string }
  | { kind: 'end'; end: PushEndKind }
  | { kind: 'exit-summary'; detail: string }
  | { kind: 'signal-exit'; signal: number }

// `[rtmp @ 0x55d0c0a0] text` → 'rtmp', 'text'. Context names may contain spaces and slashes
// ("graph 0 input from stream 0:0", "out#0/flv" in ffmpeg 6+).
const PREFIX = /^\[([^\]@]+?) @ (?:0x)?[0-9a-f]+\]\s?/i

/** Split a line into its av_log context name (lower-cased, '' when none) and its text. */
export function splitContext(line: string): { ctx: string; text: string } {
  const m = PREFIX.exec(line)
  if (!m) return { ctx: '', text: line.trim() }
  return { ctx: m[1].trim().toLowerCase(), text: line.slice(m[0].length).trim() }
}

// Error texts (strerror / av_strerror) → end kinds. Order matters: the most specific first.
const END_PATTERNS: Array<[RegExp, PushEndKind]> = [
  [/Broken pipe/i, 'broken-pipe'],
  [/Connection reset by peer/i, 'connection-reset'],
  [/Connection refused/i, 'connection-refused'],
  [/Connection timed out/i, 'connection-timed-out'],
  [/Operation timed out/i, 'operation-timed-out'],
  [/Network is unreachable/i, 'network-unreachable'],
  [/No route to host|Host is unreachable/i, 'host-unreachable'],
  [
    /Failed to resolve hostname|Name or service not known|Temporary failure in name resolution/i,
    'resolve-failed'
  ],
  // ffmpeg's GnuTLS certificate checks (tls_gnutls.c); they precede "Cannot open connection".
  [/certificate's owner does not match hostname/i, 'tls-name-mismatch'],
  [/Peer certificate failed verification/i, 'tls-verify-failed'],
  [/Cannot open connection/i, 'cannot-open-connection'],
  [
    /Cannot read RTMP handshake response|RTMP handshake failed|Server response validating failed|Signature mismatch|Cannot write RTMP handshake request/i,
    'handshake-failed'
  ],
  [/End of file/i, 'end-of-file'],
  [/Input\/output error/i, 'io-error']
]

// Where an error text can be trusted to be about the output: lines from the network layers, the
// muxer, or ffmpeg's own top-level error lines (no context; they usually start with the URL).
const NETWORK_CONTEXTS = /^(rtmp|rtmps|tcp|tls|flv|out#\d+\/flv|avioContext|ffmpeg|null)$/i

/** Parse `hh:mm:ss.cc` (may be negative or N/A in odd cases) into seconds. */
function parseClock(value: string): number | undefined {
  const m = /^(-)?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value)
  if (!m) return undefined
  const sec = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])
  return m[1] ? -sec : sec
}

/** Size like `751kB`, `751KiB`, `1.2MiB`, `0kB` → bytes. */
function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(k|Ki|M|Mi|G|Gi)?B$/i.exec(value)
  if (!m) return undefined
  const unit = (m[2] ?? '').toLowerCase()
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit ? 1024 : 1
  return Math.round(Number(m[1]) * mult)
}

/**
 * Parse ffmpeg's progress line: `frame=   90 fps= 30 q=-1.0 Lsize=  751kB time=00:00:03.01
 * bitrate=2037.2kbits/s speed=1x` (audio-only runs have no frame=; values may be N/A).
 * Returns undefined for anything else, including libx264's own `frame=` debug lines.
 */
export function parseProgressLine(line: string, atMs = 0): PushProgressSample | undefined {
  const text = line.trim()
  if (!/^(frame=|size=|Lsize=)/.test(text) || !/\btime=/.test(text)) return undefined
  // Pairs like "frame=   90" or "speed=   1x": the value may be preceded by spaces.
  const fields = new Map<string, string>()
  for (const m of text.matchAll(/(\w+)=\s*(\S+)/g)) fields.set(m[1], m[2])
  const timeSec = parseClock(fields.get('time') ?? '')
  if (timeSec === undefined) return undefined
  const sample: PushProgressSample = { atMs, timeSec: Math.max(0, timeSec) }
  const frames = Number(fields.get('frame'))
  if (fields.has('frame') && Number.isFinite(frames)) sample.frames = frames
  const bytes = parseSize(fields.get('Lsize') ?? fields.get('size') ?? '')
  if (bytes !== undefined) sample.bytes = bytes
  const kbps = /^(\d+(?:\.\d+)?)kbits\/s$/.exec(fields.get('bitrate') ?? '')
  if (kbps) sample.kbps = Number(kbps[1])
  const speed = /^(\d+(?:\.\d+)?(?:e[+-]?\d+)?)x$/.exec(fields.get('speed') ?? '')
  if (speed) sample.speed = Number(speed[1])
  return sample
}

/** The end kind an error text names, if any. */
export function endKindOf(text: string): PushEndKind | undefined {
  for (const [re, kind] of END_PATTERNS) if (re.test(text)) return kind
  return undefined
}

/**
 * Classify one stderr line (already split, not yet redacted) into zero or more events.
 * Pure: the caller keeps the state (which events came first) and stamps the times.
 */
export function classifyLine(line: string): LogEvent[] {
  const progress = parseProgressLine(line)
  if (progress) return [{ kind: 'progress', sample: progress }]
  const { ctx, text } = splitContext(line)

  if (ctx === 'tcp') {
    let m = /^Starting connection attempt to (.+)$/i.exec(text)
    if (m) return [{ kind: 'tcp-connecting', address: m[1] }]
    m = /^Successfully connected to (.+)$/i.exec(text)
    if (m) return [{ kind: 'tcp-connected', address: m[1] }]
  }

  if (ctx === 'rtmp' || ctx === 'rtmps' || ctx === 'rtmpe' || ctx === 'rtmpt') {
    if (/^Handshaking\.\.\./i.test(text)) return [{ kind: 'handshake-started' }]
    if (/^(Type answer \d+|Server version [\d.]+)/i.test(text))
      return [{ kind: 'handshake-answered', detail: text }]
    // The first messages after the connect command: the server set window/bandwidth/chunk size.
    if (
      /^(Window acknowledgement size|Server bandwidth|Max sent, unacked|Client bandwidth|New incoming chunk size)\b/i.test(
        text
      )
    )
      return [{ kind: 'connect-answered', detail: text }]
    if (/^Creating stream\.\.\./i.test(text)) return [{ kind: 'stream-creating' }]
    if (/^Sending publish command for /i.test(text)) return [{ kind: 'publish-sent' }]
    const se = /^Server error:\s*(.*)$/i.exec(text)
    if (se)
      return [
        { kind: 'server-error', text: se[1] },
        { kind: 'end', end: 'server-error' }
      ]
  }

  if (ctx === '' && /^Stream mapping:/.test(text)) return [{ kind: 'accepted', detail: text }]
  if (ctx === '' && /^Output #0, \w+, to /.test(text))
    return [{ kind: 'accepted', detail: 'Output #0' }]

  // ffmpeg ≤ 5: "video:720kB audio:26kB …"; ffmpeg ≥ 6: same text behind "[out#0/flv @ …]".
  if (/^video:\S+ audio:\S+ subtitle:/.test(text)) return [{ kind: 'exit-summary', detail: text }]
  const sig = /^(?:Exiting normally, )?received signal (\d+)/i.exec(text)
  if (sig) return [{ kind: 'signal-exit', signal: Number(sig[1]) }]

  if (ctx === '' || NETWORK_CONTEXTS.test(ctx)) {
    // Skip the debug echo of the command line ("Reading option … matched as output url").
    if (
      /^(Reading option|Applying option|Parsing a group|Opening an output file|Successfully)/.test(
        text
      )
    )
      return []
    const kind = endKindOf(text)
    if (kind) return [{ kind: 'end', end: kind }]
  }
  return []
}

// ── Tail ───────────────────────────────────────────────────────────────────────────────────

// Lines that would flood the tail and say nothing about the push: per-frame encoder and filter
// debug output, option echo, "cur_dts is invalid", raw packet sizes.
const NOISE = new RegExp(
  [
    String.raw`^\[(libx264|h264|aac|lavfi|rawvideo|AVFilterGraph|graph[^\]]*|format[^\]]*|auto_[^\]]*|Parsed_[^\]]*|out_\d+_\d+|buffer[^\]]*|swscaler|SWR) @`,
    String.raw`^\[(tcp|rtmp|tls) @ [^\]]+\] (No default whitelist set|Original list of addresses|Interleaved list of addresses|Address \S+ port)`,
    String.raw`^(cur_dts is invalid|\s*Last message repeated|Reading option|Applying option|Parsing a group|Successfully parsed|Finished splitting|Splitting the commandline|Clipping frame)`,
    String.raw`^\s+(Metadata:|encoder\s|Side data:|cpb:|Stream #|Input stream #|Output stream #|Total:|Duration:)`
  ].join('|'),
  'i'
)

/** True for debug lines that carry nothing about the network or the result. */
export function isNoiseLine(line: string): boolean {
  return NOISE.test(line)
}

/** A bounded tail of redacted, non-noise lines. */
export interface StderrTail {
  add(line: string): void
  lines(): string[]
}

/** Keep the last `max` redacted non-noise lines, each cut to a bounded length. */
export function createStderrTail(
  max = PUSH_STDERR_TAIL_LINES,
  maxChars = PUSH_STDERR_LINE_MAX_CHARS
): StderrTail {
  const kept: string[] = []
  return {
    add(line: string): void {
      if (isNoiseLine(line)) return
      const red = redactLine(line)
      kept.push(red.length > maxChars ? `${red.slice(0, maxChars)}…` : red)
      if (kept.length > max) kept.splice(0, kept.length - max)
    },
    lines: (): string[] => kept.slice()
  }
}
