/**
 * English texts of the clock check, the uplink test and the demo mode: check codes, diagnosis
 * reasons (`diag.*`) with their fixes (`fix.*`), and the demo's banner. Placeholders come from
 * the results' evidence (skewSec, server, plannedKbps, sustainedKbps, recommendedKbps, stalls,
 * cpuPercent, speed) and the CLI (failure).
 */
export const clockMessages = {
  'phase.clock': 'Clock',
  'clock-ok': 'This computer’s clock matches {{server}} (off by {{skewSec}} s).',
  'clock-skewed': 'This computer’s clock is off by {{skewSec}} s compared with {{server}}.',
  'clock-unreachable': 'Clock not compared: {{server}} did not answer.',
  'clock-no-date': 'Clock not compared: {{server}} sent no time.',
  'clock-untrusted':
    'Clock not compared: the answer from {{server}} could not be trusted (a proxy in between?).',
  'clock-skipped-local-ingest':
    'Clock not compared: the ingest is on this computer and shares its clock.',
  'clock-cancelled': 'Clock check cancelled.',
  'diag.clock-skew':
    'This computer’s clock is off by {{skewSec}} s, so the expiry shown for the URL is off by as much, and URLs signed here get a wrong txTime.',
  'fix.clock-skew':
    'Turn on automatic time (Windows: Settings → Time & language → Set time automatically; macOS: Date & Time → Set automatically).\nCheck the time zone too, then run the check again.\nSign new push URLs only after the clock is right.'
}

/** Uplink test texts. */
export const uplinkMessages = {
  'cause.uplink': 'Upload speed for the planned bitrate',
  'phase.uplink': 'Uplink test',
  'uplink-ok':
    'Upload sustained {{sustainedKbps}} kbit/s: enough for {{plannedKbps}} kbit/s with headroom.',
  'uplink-tight':
    'Upload sustained {{sustainedKbps}} kbit/s: {{plannedKbps}} kbit/s fits, but with less than 20 % headroom.',
  'uplink-too-slow':
    'Upload sustained only {{sustainedKbps}} kbit/s, less than the planned {{plannedKbps}} kbit/s.',
  'uplink-encoder-too-slow':
    'The live encode ran slower than real time (speed {{speed}}) while the network waited: the computer, not the upload, is too slow.',
  'uplink-push-failed': 'The uplink test push ended before it could measure.',
  'uplink-clip-failed': 'Uplink not tested: the test clip could not be made with ffmpeg.',
  'uplink-needs-key':
    'Uplink not tested: it needs your push key (it pushes to a separate test stream).',
  'uplink-skipped-earlier-failure': 'Uplink not tested: the test push before it did not work.',
  'uplink-cancelled': 'Uplink test cancelled.',
  'diag.uplink-too-slow':
    'This network uploads about {{sustainedKbps}} kbit/s, less than the planned {{plannedKbps}} kbit/s: the stream will stall and drop.',
  'fix.uplink-too-slow':
    'Set the encoder bitrate to at most {{recommendedKbps}} kbit/s (what this network sustained, less headroom), or lower the resolution.\nOr use a faster network (wired instead of Wi-Fi, another uplink), then run the uplink test again.',
  'diag.uplink-tight':
    'This network uploads about {{sustainedKbps}} kbit/s; the planned {{plannedKbps}} kbit/s leaves less than 20 % headroom.',
  'fix.uplink-tight':
    'Set the encoder bitrate to at most {{recommendedKbps}} kbit/s, so bitrate peaks and other traffic do not stall the stream.',
  'diag.uplink-encoder-too-slow':
    'The encoder cannot keep real time (speed {{speed}}) although the network has room: the computer is the bottleneck.',
  'fix.uplink-encoder-too-slow':
    'Use a faster encoder preset or the hardware encoder (NVENC, QuickSync, VideoToolbox), or lower the resolution or frame rate.\nClose other heavy programs, then test again.',
  'diag.uplink-push-failed':
    'The longer uplink test push broke off, although the short test push worked: the connection may be unstable.',
  'fix.uplink-push-failed': 'Run the check again; if it repeats, try another network.',
  'report.uplink':
    'Uplink: planned {{plannedKbps}} kbit/s, sustained {{sustainedKbps}} kbit/s, recommended encoder bitrate {{recommendedKbps}} kbit/s, stalls {{stalls}}, push CPU {{cpuPercent}} %'
}

/** Demo mode texts. */
export const demoMessages = {
  'demo.banner':
    'DEMO — a local Tencent-like ingest and DNS server on this computer (127.0.0.1). Nothing is sent to Tencent or anywhere else.',
  'demo.failure': 'Reproducing the failure “{{failure}}”: the top cause below should be that one.',
  'demo.healthy': 'A healthy push: everything should pass.'
}
