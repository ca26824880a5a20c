/**
 * English texts of the uplink test in the app: the start screen's option and planned-bitrate
 * field, the result's uplink card with its send-rate chart, and the quality-under-load rows with
 * their grades. Placeholders: from, to (a range), kbps, cpu, ms, percent, jitter,
 * stalls, seconds, planned.
 */
export const uplinkAppMessages = {
  'uplink.field.enable': 'Uplink test: measure the upload at the bitrate I plan to stream',
  'uplink.field.bitrate': 'Planned bitrate, kbit/s',
  'uplink.field.hint':
    'OBS’s usual values: 2500 (720p), 4500 (1080p 30 fps), 6000 (1080p 60 fps), 8000. The test takes about 15 s more.',
  'uplink.field.invalid': 'Enter a whole number of kbit/s from {{from}} to {{to}}.',
  'uplink.field.needs-key':
    'The uplink test needs your push key: it pushes to a separate test stream, never to your real one.',
  'uplink.field.needs-push': 'The uplink test needs the test push: untick “No test push”.',
  'uplink.card.heading': 'Uplink',
  'uplink.card.sustained': 'Sustained upload',
  'uplink.card.planned': 'Planned bitrate',
  'uplink.card.recommended': 'Recommended encoder bitrate',
  'uplink.card.stalls': 'Stalls (seconds with nothing sent)',
  'uplink.card.cpu': 'CPU of the test push',
  'uplink.card.kbps': '{{kbps}} kbit/s',
  'uplink.card.cpu-value': '{{cpu}} % of one core',
  'uplink.card.not-measured': 'not measured here',
  'uplink.chart.label':
    'Send rate of each second over {{seconds}} s, from {{from}} to {{to}} kbit/s; planned {{planned}} kbit/s.',
  'uplink.chart.planned': 'planned',
  'uplink.chart.none': 'No per-second send rate in this report.',
  'uplink.card.quality.heading': 'Quality under load',
  'uplink.card.quality.bufferbloat': 'Delay under load (bufferbloat)',
  'uplink.card.quality.bufferbloat.value':
    'Round trip idle {{idle}}, while pushing {{p50}} (95 % of samples under {{p95}})',
  'uplink.card.quality.bufferbloat.explain':
    'When the round trip grows a lot while pushing, the network queues your stream: delay and drops follow at peaks.',
  'uplink.card.quality.ms': '{{ms}} ms',
  'uplink.card.quality.retransmits': 'Retransmissions',
  'uplink.card.quality.retransmits.value':
    '{{percent}} % of the push’s TCP segments were sent again',
  'uplink.card.quality.retransmits.explain':
    'Segments the network lost and TCP sent again: each one holds the stream back for a round trip.',
  'uplink.card.quality.steadiness': 'Steadiness of the send rate',
  'uplink.card.quality.steadiness.value':
    'Varies by ±{{jitter}} kbit/s from second to second; stalls: {{stalls}}',
  'uplink.card.quality.steadiness.explain':
    'A steady rate means the network kept up every second, not only on average.'
}
