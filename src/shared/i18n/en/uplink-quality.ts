/**
 * English texts of the uplink test's quality under load: one line per graded item with its
 * numbers (from the uplink evidence: idleMs, loadedP50Ms, loadedP95Ms, percent, jitterKbps,
 * stalls) and how each grade is decided (thresholds from the engine's constants: bloat*, retrans*,
 * jitter*, stallsPoor, share*).
 */
export const uplinkQualityMessages = {
  'uplink.quality.title': 'Quality under load',
  'uplink.quality.grade.good': 'good',
  'uplink.quality.grade.fair': 'fair',
  'uplink.quality.grade.poor': 'poor',
  'uplink.quality.grade.not-measured': 'not measured here',
  'uplink.quality.bufferbloat':
    'Latency under load: {{grade}} — round trip to the ingest {{idleMs}} ms idle, {{loadedP50Ms}} ms while pushing (95 % of samples under {{loadedP95Ms}} ms)',
  'uplink.quality.bufferbloat.not-measured': 'Latency under load: not measured here',
  'uplink.quality.retransmits':
    'Retransmissions: {{grade}} — {{percent}} % of the push’s TCP segments had to be sent again',
  'uplink.quality.retransmits.not-measured':
    'Retransmissions: not measured here (this system does not report them for the push’s connection)',
  'uplink.quality.steadiness':
    'Steadiness: {{grade}} — the send rate varied by ±{{jitterKbps}} kbit/s from second to second, {{stalls}} stalls',
  'uplink.quality.steadiness.not-measured':
    'Steadiness: not measured here (the push was too short)',
  'uplink.quality.explain.bufferbloat':
    'Latency under load compares the round trip to the ingest before the push and during it. Good: it grows by less than {{bloatFairMs}} ms or stays under {{bloatFairRatio}}× the idle value. Fair: it grows by {{bloatFairMs}} ms and {{bloatFairRatio}}× or more. Poor: by {{bloatPoorMs}} ms and {{bloatPoorRatio}}× or more — a queue on the way fills up while you stream (bufferbloat), so the stream lags and stalls at bitrate peaks.',
  'uplink.quality.explain.retransmits':
    'Retransmissions count the push’s TCP segments this computer had to send again. Good: under {{retransFair}} %. Fair: under {{retransPoor}} %. Poor: {{retransPoor}} % or more — each resend slows TCP down, and the stream stalls.',
  'uplink.quality.explain.steadiness':
    'Steadiness compares the send rate second by second. Good: it varies by less than {{jitterFair}} % of its average and never stops. Fair: under {{jitterPoor}} %, or one stall. Poor: {{jitterPoor}} % or more, or more than {{stallsPoor}} stall.',
  'uplink.quality.explain.bitrate':
    'Recommended encoder bitrate: {{shareGood}} % of the sustained upload; {{shareFair}} % when latency under load or retransmissions are fair; {{sharePoor}} % when either is poor.'
}
