/**
 * Every threshold and timeout of the engine, named, each with the reason or source for its value
 * Sections are owned by the checks that use them.
 */
import { PLANNED_KBPS, PUSH_SECONDS } from '../../shared/options'

// ── Expiry (Tencent step 3) ────────────────────────────────────────────────────────────────
/** Tencent recommends txTime 12–24 h ahead so a reconnect after a network drop still works. */
export const EXPIRY_WARN_MS = 12 * 60 * 60 * 1000

// ── Network (Tencent step 2) ───────────────────────────────────────────────────────────────
/** Default RTMP port (Tencent: "RTMP uses TCP 1935 by default"). */
export const RTMP_DEFAULT_PORT = 1935
/** Default RTMPS port (Tencent CSS: TLS on 443 unless the URL names a port). */
export const RTMPS_DEFAULT_PORT = 443

// ── sections added by each check below ─────────────────────────────────────────────────────

// ── Port, RTMP handshake and publish-only probe ─────────────────────────────────────
/** TCP connect timeout. ffmpeg's own RTMP connect gives up after 5 s, so ours is capped at 5 s too. */
export const PORT_CONNECT_TIMEOUT_MS = 5000
/** C0+C1 → S0+S1+S2 is one round trip of 3 KiB; 5 s covers a slow uplink and marks a silent server. */
export const HANDSHAKE_TIMEOUT_MS = 5000
/** Wait for each answered step of the publish probe (connect, createStream, publish status). */
export const PUBLISH_STEP_TIMEOUT_MS = 5000
/** Whole publish probe, TCP connect included: bounds the sum of all steps. */
export const PUBLISH_PROBE_TIMEOUT_MS = 20000
/** Hold after NetStream.Publish.Start: node-media-server says Start, then closes at once if rejected. */
export const PUBLISH_HOLD_MS = 1000
/** After an error status or our goodbye, how long to watch for the server's close (FIN / RST). */
export const PUBLISH_CLOSE_WATCH_MS = 1000
/** Cap on bytes read from one RTMP server: a probe needs a few KiB; a flood is not our problem. */
export const RTMP_MAX_READ_BYTES = 1024 * 1024
/** Cap on one RTMP message (commands are small; a bigger one is garbage or media). */
export const RTMP_MAX_MESSAGE_BYTES = 256 * 1024
/** Cap on distinct chunk stream ids in flight (real servers use fewer than 10). */
export const RTMP_MAX_CHUNK_STREAMS = 64
/** Replies kept as evidence (connect/publish produce about 10). */
export const RTMP_MAX_REPLIES = 64
/** AMF0 nesting depth accepted from the network (status objects are 1–2 deep). */
export const AMF0_MAX_DEPTH = 16
/** AMF0 values accepted in one message. */
export const AMF0_MAX_VALUES = 4096

// ── Offline push-URL analysis (url-parse, expiry, signature, generator) ────────────────────
/**
 * Longest push URL we analyse. A Tencent push URL is ~150 characters (64-hex SHA256 secret
 * included); ffmpeg caps tcUrl/app at 1024 and the play path at 512 bytes, so anything past this
 * is a paste accident. The cap also bounds the work done per keystroke.
 */
export const MAX_PUSH_URL_LENGTH = 2048
/** Longest DNS name (RFC 1035) and label. */
export const MAX_HOST_LENGTH = 253
export const MAX_HOST_LABEL_LENGTH = 63
/**
 * Extra validity on top of the planned show length: shows overrun, and a reconnect in the last
 * minutes must still be signed.
 */
export const EXPIRY_SHOW_MARGIN_MS = 60 * 60 * 1000
/**
 * Window in which a txTime reading counts as a plausible date (Unix seconds), used to tell hex
 * seconds from decimal seconds / milliseconds. 2001-09-09 (1e9 s) … 2100-01-01.
 */
export const TXTIME_PLAUSIBLE_MIN_SEC = 1_000_000_000
export const TXTIME_PLAUSIBLE_MAX_SEC = 4_102_444_800
/** Longest txTime we decode (16 hex digits would overflow a double's exact range anyway). */
export const TXTIME_MAX_LENGTH = 16

// ── DNS (Tencent step 1, cause `cname`) ────────────────────────────────────────────────────
/** Default budget of one DNS lookup, ms. A working resolver answers in well under 1 s, even uncached. */
export const DNS_LOOKUP_TIMEOUT_MS = 3000
/**
 * Attempts c-ares makes per lookup (the Resolver's `tries`): 2 so one lost UDP packet is retried.
 * c-ares doubles the wait on each retry (measured: timeout 1000 ms × 2 tries → 3 s), so each
 * attempt gets DNS_LOOKUP_TIMEOUT_MS / DNS_RESOLVER_TIMEOUT_DIVISOR; an outer timer guards the rest.
 */
export const DNS_RESOLVER_TRIES = 2
/** 1 + 2 (the first wait plus the doubled retry wait) for DNS_RESOLVER_TRIES = 2. */
export const DNS_RESOLVER_TIMEOUT_DIVISOR = 3
/** Budget of the whole DNS check (chain walk + A/AAAA), ms, whatever the per-lookup timeout. */
export const DNS_CHECK_BUDGET_MS = 10_000
/**
 * CNAME hops followed before giving up. Tencent chains are 1–3 hops; recursive resolvers give up
 * at around a dozen, so a longer chain would not resolve for the encoder either.
 */
export const DNS_MAX_CNAME_HOPS = 10

// ── ffmpeg locate (ffmpeg-locate.ts) ───────────────────────────────────────────────────────
/** Per probe run (`-version`, `-protocols`, `-encoders`): ~0.1 s normally; 5 s covers a cold
 * disk or an antivirus scan of a fresh binary on Windows without hanging the preflight. */
export const FFMPEG_PROBE_TIMEOUT_MS = 5_000
/** Cap on captured probe output: a full build's `-encoders` is ~20 KB; anything larger is junk. */
export const FFMPEG_PROBE_MAX_OUTPUT_BYTES = 256 * 1024

// ── Test push with ffmpeg (ffmpeg-push.ts, ffmpeg-log.ts) ──────────────────────────────────
/** Default length of the media push window, s (configurable). */
export const PUSH_DEFAULT_SECONDS: number = PUSH_SECONDS.default
/** Keyframe interval of the test pattern, s: Tencent's encoder advice is a 2 s GOP. */
export const PUSH_KEYFRAME_INTERVAL_SEC = 2
/** Frame rate of the test pattern (Tencent's advice: 24–30 fps). */
export const PUSH_TEST_FPS = 30
/**
 * ffmpeg's `-rw_timeout` for the push, ms. Without it a server that accepts TCP and then stays
 * silent hangs ffmpeg for ever (measured); 5 s matches ffmpeg's own TCP connect give-up time.
 */
export const PUSH_RW_TIMEOUT_MS = 5_000
/** ffmpeg's built-in TCP connect gives up after this long (measured with the static 4.x build). */
export const FFMPEG_TCP_CONNECT_GIVEUP_MS = 5_000
/**
 * Slack added to the watchdog on top of window + connect + rw_timeout: encoder start-up (~0.3 s),
 * the handshake round trips and the trailer write at the end.
 */
export const PUSH_WATCHDOG_MARGIN_MS = 3_000
/** After SIGTERM, how long ffmpeg may take to write its trailer before SIGKILL. */
export const PUSH_KILL_GRACE_MS = 2_000
/**
 * Servers that reject after saying NetStream.Publish.Start (node-media-server does) close within
 * milliseconds; a close this soon after acceptance counts as rejected at publish, not a drop.
 * Hold the session open briefly (about 1 s) before calling it accepted.
 */
export const PUSH_ACCEPT_HOLD_MS = 1_000
/** Media time may fall short of the window by this much and still count as sustained, s
 * (ffmpeg's last progress line lands one frame or one audio packet before `-t`). */
export const PUSH_SUSTAIN_TOLERANCE_SEC = 0.5
/** Lines of redacted ffmpeg stderr kept for the report (noise lines are dropped first). */
export const PUSH_STDERR_TAIL_LINES = 60
/** Longest stderr line kept, chars: libx264 option dumps run to ~1 KB; the rest is cut. */
export const PUSH_STDERR_LINE_MAX_CHARS = 400
/** Longest partial line buffered while waiting for its end, chars (guards a runaway stream). */
export const PUSH_LINE_BUFFER_MAX_CHARS = 16_384
/** Progress samples kept (ffmpeg prints ~2 a second: 120 covers a 60 s window). */
export const PUSH_MAX_PROGRESS_SAMPLES = 120
/** After our FCUnpublish/deleteStream and FIN, how long to let the server close before we do. */
export const PUBLISH_GOODBYE_MS = 300

// ── Preflight run (run-preflight.ts) ────────────────────────────────────────────────────────
/** txTime validity of the probe stream's URL: the push lasts seconds; one hour is ample. */
export const PROBE_STREAM_TXTIME_VALIDITY_SEC = 3600

// ── Clock check (clock-check.ts) ────────────────────────────────────────────────────────────
/**
 * Whose time counts: Tencent Cloud's API host. It is the provider whose ingest checks txTime, it
 * answers HTTPS HEAD with a `Date` header from NTP-synced servers, and it is reachable wherever
 * the Tencent console is.
 */
export const DEFAULT_CLOCK_SERVER = 'live.tencentcloudapi.com'
/** One HTTPS round trip; past this the server counts as unreachable (skipped, never a failure). */
export const CLOCK_CHECK_TIMEOUT_MS = 3_000
/**
 * Skew that earns a warning: a URL signed on a machine whose clock is off has a txTime off by the
 * same amount, and the expiry shown is off too. A minute is far above NTP error (ms) and the Date
 * header's 1 s resolution, and well below anything that matters for a 12–24 h txTime.
 */
export const CLOCK_SKEW_WARN_MS = 60_000
/** Resolution of the HTTP Date header (RFC 9110: whole seconds): smaller skews are noise. */
export const CLOCK_DATE_RESOLUTION_MS = 1_000

// ── Uplink test (uplink-check.ts) ───────────────────────────────────────────────────────────
/** Planned bitrate when the user gives none, kbit/s: a typical 720p30 H.264 stream. */
export const UPLINK_DEFAULT_PLANNED_KBPS: number = PLANNED_KBPS.default
/**
 * Share of the sustained upload an encoder may use (Tencent's advice: "bitrate ≤ ~80 % of the sustained
 * upload measured"): the rest absorbs cross traffic and bitrate peaks at scene changes.
 */
export const UPLINK_SAFE_SHARE = 0.8
/**
 * The socket send buffer hides a slow uplink for the first 2–3 s (measured): nothing
 * counts before this much time of media flowing.
 */
export const UPLINK_WARMUP_MS = 2_500
/** Measurement window after the warm-up (at least 10 s, so a short burst cannot pass for a sustained rate). */
export const UPLINK_MEASURE_MS = 10_000
/**
 * The clip runs this much above planned / UPLINK_SAFE_SHARE: an unsaturated link measures about
 * the clip's rate, and the clip's rate varies a few % over 10 s (measured: 3685 of 3733 kbit/s),
 * which would otherwise put a good link right on the warn line.
 */
export const UPLINK_TEST_HEADROOM = 1.1
/**
 * Send buffer for uplink tests to a loopback ingest (the demo), bytes: see UplinkOptions.
 * Measured: with it a local ingest read at 1500 kbit/s measures 1504; without, 2983.
 */
export const UPLINK_LOOPBACK_SEND_BUFFER_BYTES = 64 * 1024
/** Length of the test clip, s: warm-up + window + a margin so `-re` never runs out of clip. */
export const UPLINK_CLIP_SECONDS = 16
/** Making the clip (one ffmpeg encode, ~3–6 s at 2 cores for 16 s of 640×360): give up after. */
export const UPLINK_CLIP_TIMEOUT_MS = 60_000
/**
 * The whole push: connect + warm-up + window, plus the time a slow link needs to connect and
 * ffmpeg to start; the watchdog kills ffmpeg past it.
 */
export const UPLINK_PUSH_TIMEOUT_MS = 30_000
/** A gap this long between two growths of ffmpeg's byte count is a stall (progress ticks ~0.5 s). */
export const UPLINK_STALL_MS = 1_000
/**
 * Median send queue at or above this (bytes) counts as "full" when ffmpeg runs slower than real
 * time: the data waits for the network. Below it the queue is empty: ffmpeg itself is slow.
 * Measured: a CPU-bound live encode leaves ~0 queued (each frame drains long before the next);
 * link-bound pushes keep 16 KiB (64 KiB send buffer) to 450 KiB (autotuned, 6 Mbit/s tbf) queued.
 */
export const UPLINK_SEND_QUEUE_FULL_BYTES = 8 * 1024
/** ffmpeg speed below this means it could not keep real time (speed 1 = real time; 5 % slack). */
export const UPLINK_SLOW_SPEED = 0.95
/** Linux USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on every mainstream architecture. */
export const LINUX_CLOCK_TICKS_PER_SEC = 100

// ── Transport ladder (transport-check.ts) ───────────────────────────────────────────────────
/**
 * Media push over RTMPS and SRT, s. Short on purpose: the ladder must give its verdict within 2 s
 * of the RTMP path's on a network that filters 1935 (whose verdict comes at the 5 s connect
 * timeout); 3 s of media still shows the ingest accepting and keeping a stream.
 */
export const TRANSPORT_PUSH_SECONDS = 3
// ── SRT handshake probe and SRT ingest fixture ──
/** Tencent CSS's SRT ingest port (its "Push via SRT" page: UDP 9000). */
export const SRT_DEFAULT_PORT = 9000
/** Whole SRT handshake, ms: libsrt's default connect timeout (SRTO_CONNTIMEO), which ffmpeg keeps. */
export const SRT_HANDSHAKE_TIMEOUT_MS = 3000
/** Resend an unanswered handshake request this often, ms (libsrt: at most one per 250 ms). */
export const SRT_HANDSHAKE_RESEND_MS = 250
/** TSBPD latency the probe proposes, ms: libsrt's live-mode default (SRTO_LATENCY 120). */
export const SRT_DEFAULT_LATENCY_MS = 120
/** MSS the probe advertises, bytes: libsrt's default (Ethernet MTU). */
export const SRT_DEFAULT_MSS = 1500
/** Flow window the probe advertises, packets: what libsrt 1.5 callers send (receive buffer 8192). */
export const SRT_DEFAULT_FLOW_WINDOW = 8192
/** The fixture forgets a silent caller after this, ms: libsrt's peer idle timeout (5 s). */
export const SRT_INGEST_IDLE_MS = 5000
/** The fixture's ceiling on callers tracked at once (a bound on memory for hostile traffic). */
export const SRT_INGEST_MAX_SESSIONS = 256
/**
 * The RTMPS push relay's TLS connect + handshake, ms: the TCP connect timeout plus the RTMP
 * handshake's, the same budget the probes get before they call a path silent.
 */
export const TLS_RELAY_CONNECT_TIMEOUT_MS = PORT_CONNECT_TIMEOUT_MS + HANDSHAKE_TIMEOUT_MS
/** Connections the relay takes at once: ffmpeg opens one; a few more cover a retry. */
export const TLS_RELAY_MAX_CONNECTIONS = 4
// ── TLS check and RTMP over TLS (tls-check.ts, rtmp/tls.ts) ─────────────────────────────────
/** ClientHello → ServerHello…Finished is one or two round trips plus a few KiB of certificates. */
export const TLS_HANDSHAKE_TIMEOUT_MS = 5000
/** Names kept from a certificate: shared CDN certificates list dozens; the first ones tell. */
export const TLS_MAX_NAMES = 20
/** Cap on one certificate text kept (subject, issuer, a name): it is the server's text. */
export const TLS_TEXT_MAX_CHARS = 200
/** Certificates read from one server chain: real chains have 2–4; a hostile one could be long. */
export const TLS_MAX_CHAIN = 10
/** Copies of the SRT probe's closing SHUTDOWN: one lost datagram must not leave the name held. */
export const SRT_SHUTDOWN_COPIES = 3
// ── ffmpeg runner (ffmpeg-runner.ts) ────────────────────────────────────────────────────────
/**
 * Default wait between the polite stop (SIGTERM; `q` on stdin on Windows) and the forced kill:
 * the same budget the test push gives ffmpeg to write its trailer.
 */
export const FFMPEG_STOP_GRACE_MS = PUSH_KILL_GRACE_MS
// ── Tencent CSS API (tencent-api-check.ts) ───────────────────────────────────────────────────
/** One API call's hard bound, ms: Tencent answers in well under a second; a slow API must not hold the verdict. */
export const TENCENT_API_CALL_TIMEOUT_MS = 4000
/** Least gap between two calls of one run, ms: far under Tencent's 300 calls/s, polite to a shared account. */
export const TENCENT_API_MIN_GAP_MS = 200
/** How far back the push events are asked for, ms: the last hour holds the failed starts of today's setup. */
export const TENCENT_API_EVENT_WINDOW_MS = 3600_000
/** Events kept in the report: the latest ones tell; a busy stream could have hundreds. */
export const TENCENT_API_MAX_EVENTS = 20
/** An event this close before the run's start still counts as this run's (clocks differ by seconds). */
export const TENCENT_API_EVENT_SLACK_MS = 30_000
/** Longest text kept from an API answer (a stop reason, a codec, an IP): it is the server's text. */
export const TENCENT_API_TEXT_MAX_CHARS = 120
/** Ask what the ingest receives once the test push has run this long, s: the rates have settled. */
export const TENCENT_API_PUSH_INFO_AFTER_SEC = 4
/** Received below this share of the sent bitrate: the ingest gets less than is sent (a lossy or slow path). */
export const TENCENT_API_RECEIVED_LOW_RATIO = 0.7
/** Tencent's API endpoint when none is given (its documented default host). */
export const TENCENT_API_DEFAULT_ENDPOINT = 'https://live.tencentcloudapi.com'
// ── Watch mode (watch.ts) ─────────────────────────────────────────────────────────────────────
/** TCP connects per round for the RTT: three give a median that one slow SYN cannot move. */
export const WATCH_RTT_SAMPLES = 3
/** Connect timeout of each RTT sample, ms: the port check's (no answer by then = filtered). */
export const WATCH_CONNECT_TIMEOUT_MS = PORT_CONNECT_TIMEOUT_MS
/** RTT alert: this many times the first round's RTT (a queue filling up, or a worse route). */
export const WATCH_RTT_ALERT_FACTOR = 3
/**
 * …and at least this much above it, ms: on a LAN or loopback 0.2 → 0.7 ms is "3×" but harmless;
 * 20 ms is where an encoder's send buffer starts to notice.
 */
export const WATCH_RTT_MIN_RISE_MS = 20
/** "Expires soon" alert: under an hour left, the last moment to sign a new URL calmly. */
export const WATCH_EXPIRY_SOON_MS = 60 * 60 * 1000
/** Reading the network identity (interfaces, route table), ms: a local read; a hang is a bug. */
export const WATCH_IDENTITY_TIMEOUT_MS = 2000
/**
 * One whole round, ms: DNS budget + RTT samples + handshake + publish probe, each bounded on its
 * own; this outer bound only guarantees that no round can hold up the next one forever.
 */
export const WATCH_ROUND_TIMEOUT_MS =
  DNS_CHECK_BUDGET_MS +
  WATCH_RTT_SAMPLES * PORT_CONNECT_TIMEOUT_MS +
  PORT_CONNECT_TIMEOUT_MS +
  HANDSHAKE_TIMEOUT_MS +
  PUBLISH_PROBE_TIMEOUT_MS
/** Rounds the app's timeline keeps (the engine keeps none: it compares with the last round only). */
export { WATCH_HISTORY_ROUNDS } from '../../shared/watch'

// ── Uplink quality under load (uplink-quality.ts) ───────────────────────────────────────────
/** RTT sample spacing, ms: 4 TCP connects a second show a queue filling without loading the link. */
export const UPLINK_RTT_INTERVAL_MS = 250
/** Idle RTT phase before the push starts, ms: ~8 samples, enough for a stable median. */
export const UPLINK_RTT_IDLE_MS = 2_000
/**
 * One RTT sample's connect timeout, ms: above a lost SYN's first retransmission (1 s, RFC 6298),
 * so a sample that needed it still counts (as the slow sample it was) instead of vanishing.
 */
export const UPLINK_RTT_CONNECT_TIMEOUT_MS = 3_000
/** Ceiling on RTT samples per run (idle + loaded): bounds memory and connections to the ingest. */
export const UPLINK_RTT_MAX_SAMPLES = 200
/**
 * Bufferbloat: how much the loaded median RTT may exceed the idle one, ms. Follows the common
 * bufferbloat grading (e.g. Waveform's test: under 30 ms is unnoticeable, beyond 100 ms calls and
 * live video suffer): below FAIR it is good, below POOR fair, at or above POOR poor.
 */
export const BUFFERBLOAT_FAIR_INCREASE_MS = 30
export const BUFFERBLOAT_POOR_INCREASE_MS = 100
/**
 * …and by how much it may multiply, loaded median / idle median. A grade needs both the increase
 * and the ratio past its line: +40 ms on a 600 ms satellite link is not a filled queue, and
 * ×5 of a 0.1 ms loopback RTT is not either.
 */
export const BUFFERBLOAT_FAIR_RATIO = 1.5
export const BUFFERBLOAT_POOR_RATIO = 3
/**
 * Retransmitted share of the push's data segments, %. Under 0.5 % TCP recovers unnoticed; from
 * 2 % on, loss-based congestion control keeps cutting the rate and the stream stalls.
 */
export const RETRANSMIT_FAIR_PERCENT = 0.5
export const RETRANSMIT_POOR_PERCENT = 2
/**
 * Steadiness: std dev of the per-second send rate over its mean. A CBR clip sent with `-re` over
 * a clean link varies a few % (keyframes); 15 % shows a link that pauses now and then, 35 % one
 * that stutters. Any stall makes it at least fair, more than UPLINK_STALLS_POOR poor.
 */
export const STEADINESS_FAIR_SHARE = 0.15
export const STEADINESS_POOR_SHARE = 0.35
export const UPLINK_STALLS_POOR = 1
/**
 * Recommended encoder bitrate, share of the sustained rate, by the worst of the bufferbloat and
 * retransmission grades: good keeps UPLINK_SAFE_SHARE (80 %); fair leaves more headroom, since a
 * growing queue or lost segments mean the link has less to give at peaks; poor leaves even more.
 * Not-measured counts as good: without evidence the rate alone decides.
 */
export const UPLINK_SHARE_FAIR = 0.7
export const UPLINK_SHARE_POOR = 0.6
/** `ss -tinp` (Linux retransmission counters of the push's socket): bound on one run, ms. */
export const SS_TIMEOUT_MS = 2_000
/** Cap on `ss` output read, bytes: a busy machine lists hundreds of sockets, ~400 bytes each. */
export const SS_MAX_OUTPUT_BYTES = 1_000_000
