/**
 * English texts of watch mode: the CLI's round lines, the alerts, and the app's "Keep watching"
 * timeline. Placeholders come from the round (ms, duration, port) and its alerts' params.
 */
export const watchMessages = {
  'watch.start': 'Watching {{host}}:{{port}} every {{every}}. Ctrl-C stops.',
  'watch.start-count':
    'Watching {{host}}:{{port}} every {{every}}, {{count}} rounds. Ctrl-C stops.',
  'watch.every-seconds': '{{n}} s',
  'watch.stopped': 'Stopped after {{rounds}} rounds.',
  'watch.verdict.ok': 'OK',
  'watch.verdict.warn': 'Look',
  'watch.verdict.fail': 'Failing',
  'watch.rtt': 'RTT {{ms}} ms',
  'watch.rtt-none': 'no connection',
  'watch.expires-in': 'URL expires in {{duration}}',
  'watch.expired-ago': 'URL expired {{duration}} ago',
  'watch.no-expiry': 'no txTime in the URL',
  'watch.fail.dns': 'the push domain does not resolve ({{code}})',
  'watch.fail.port': 'the ingest port does not answer',
  'watch.fail.handshake': 'the port answers but not as an RTMP server',
  'watch.fail.probe': 'the server refused the test stream',
  'watch.fail.expired': 'a reconnect would be refused',
  'watch.port.port-open': 'it is open',
  'watch.port.port-refused': 'connection refused',
  'watch.port.port-filtered': 'no answer (a firewall?)',
  'watch.port.port-unreachable': 'no route to the ingest',
  'watch.port.port-error': 'the connection failed',
  'watch.port.port-cancelled': 'not tested',
  'watch.alert.network-changed':
    'This computer’s network changed ({{changes}}): the numbers before this round were on another network.',
  'watch.alert.ip-changed': 'The push domain now points somewhere else: {{from}} → {{to}}.',
  'watch.alert.port-closed': 'Port {{port}} answered before and does not now: {{reason}}.',
  'watch.alert.rtt-high':
    'Connecting takes {{ms}} ms, {{factor}}× or more the first round’s {{baseline}} ms: the network is getting busy.',
  'watch.alert.expires-before-show-end':
    'The push URL expires {{expiresAt}}, before the show ends ({{showEndAt}}): a reconnect after that fails. Sign a new URL now.',
  'watch.alert.expires-soon':
    'The push URL expires {{expiresAt}}, in {{duration}}: sign a new one before then.',
  'watch.alert.expired':
    'The push URL expired {{expiresAt}}: a running push goes on, but any reconnect is refused.',
  'watch.alert.recovered.port-closed': 'The ingest port answers again.',
  'watch.alert.recovered.rtt-high': 'Connect time is back to normal.',
  'watch.notify.title': 'Push Preflight: something changed',
  'ui.watch.switch': 'Keep watching',
  'ui.watch.hint':
    'Repeats a light check (DNS, connect time, handshake and, with a key, a test stream — never your real stream) and alerts you when something changes.',
  'ui.watch.every': 'Every',
  'ui.watch.every-invalid': 'Give a time of at least 1 s, like 30s, 5m or 1h.',
  'ui.watch.title': 'Watching',
  'ui.watch.chart': 'Connect time (RTT) per round',
  'ui.watch.chart-empty': 'The first round is running…',
  'ui.watch.round': 'Round {{index}}: {{verdict}}, {{rtt}}',
  'ui.watch.alerts': 'Alerts',
  'ui.watch.no-alerts': 'Nothing changed so far.',
  'ui.watch.rounds': '{{count}} rounds',
  'ui.watch.error': 'Watching could not start: {{message}}'
}
