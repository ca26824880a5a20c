/** English texts of the Tencent CSS API check: its codes, the causes it confirms, stop reasons, settings. */
export const tencentApiMessages = {
  'phase.api': 'Tencent API',

  // ── The check's line: the stream's state, or why the API could not tell ──
  'api-state-active': 'Tencent says {{stream}} is live right now (being pushed).',
  'api-state-inactive': 'Tencent says {{stream}} is not being pushed and not disabled.',
  'api-state-forbid': 'Tencent says {{stream}} is disabled (on the Disabled Streams list).',
  'api-bad-credentials':
    'Tencent did not accept the API credentials ({{errorCode}}): check the SecretId and SecretKey.',
  'api-clock-skew':
    "Tencent refused the API call because this computer's clock is more than 5 minutes off ({{errorCode}}).",
  'api-no-permission':
    'These API credentials may not read CSS stream data ({{errorCode}}): give the sub-account the CSS read permission.',
  'api-unknown-domain':
    'Tencent does not know this push domain in the account of these credentials ({{errorCode}}).',
  'api-bad-request': 'Tencent refused the question as asked ({{errorCode}}).',
  'api-rate-limited':
    'Tencent asked to slow down (too many API calls); nothing was learned this time.',
  'api-server-error':
    'Tencent’s API answered with an error ({{errorCode}}); nothing was learned this time.',
  'api-unreachable': 'Tencent’s API ({{endpoint}}) could not be reached from this network.',
  'api-timeout':
    'Tencent’s API ({{endpoint}}) did not answer in time; the check went on without it.',
  'api-malformed':
    'Tencent’s API answered with something that is not a valid answer; it was ignored.',
  'api-cancelled': 'The Tencent API questions were cancelled.',
  'tencent.stop-line':
    "Tencent's record of the last push of {{stream}}: {{reason}} (code {{stopCode}}).",
  'tencent.received':
    'Tencent received {{receivedFps}} fps, {{receivedKbps}} kbit/s from the test stream (ffmpeg sent {{sentKbps}} kbit/s).',

  // ── Causes confirmed or named by Tencent ──
  'diag.api-forbid':
    'Confirmed by Tencent: the stream {{stream}} is disabled, so every push to it is refused.',
  'fix.api-forbid': 'Tencent console → Stream Management → Disabled Streams: re-enable {{stream}}.',
  'diag.api-active':
    'Confirmed by Tencent: {{stream}} is being pushed right now. If that is not your own encoder, another one holds the stream and a new push will be refused or will cut it.',
  'fix.api-active':
    'Tencent console → Stream Management → Live Streams: see who pushes {{stream}} (client IP) and stop that push if it is not yours.',
  'diag.api-inactive-refused':
    'The server refused {{stream}}, and Tencent says the stream is neither being pushed nor disabled: the URL’s signature is the likely reason.',
  'fix.api-inactive-refused':
    'Generate the push URL again in the Tencent console (or with the right push key) and paste it whole.',
  'diag.api-stop-in-use':
    'Tencent recorded a refused start of {{stream}}: another client was already pushing it (code {{stopCode}}).',
  'fix.api-stop-in-use':
    'Stop the other encoder pushing {{stream}} (Tencent console → Live Streams shows its IP), or push to another stream name.',
  'diag.api-stop-disabled':
    'Tencent recorded a refused start of {{stream}}: the stream or its domain is disabled (code {{stopCode}}).',
  'fix.api-stop-disabled':
    'Tencent console → Stream Management → Disabled Streams, and Domain Management: re-enable what is disabled.',
  'diag.api-stop-signature':
    'Tencent recorded a refused start of {{stream}}: the txSecret was missing or wrong (code {{stopCode}}).',
  'fix.api-stop-signature':
    'Generate the push URL again with the current push key and paste it whole, query included.',
  'diag.api-stop-expiry':
    'Tencent recorded a refused start of {{stream}}: the txTime was missing or already past (code {{stopCode}}).',
  'fix.api-stop-expiry': 'Generate a new push URL valid for 12–24 hours.',
  'diag.api-stop-domain':
    'Tencent recorded a refused start of {{stream}}: the push domain was not accepted (code {{stopCode}}).',
  'fix.api-stop-domain':
    'Push to your push domain by name (not an IP), as listed in the Tencent console → Domain Management.',
  'diag.api-received-low':
    'Tencent received {{receivedKbps}} kbit/s of the {{sentKbps}} kbit/s sent: part of the stream does not reach the ingest.',
  'fix.api-received-low':
    'Lower the bitrate, or use a steadier connection (cable instead of Wi-Fi).',
  'note.real-probe-skipped-api-active':
    'Tencent said your stream is live, so its real name was not probed (a new publisher may replace the live one).',

  // ── Tencent's stream interruption reasons ──
  'tencent.stop.unknown': 'unknown reason',
  'tencent.stop.client-stopped': 'the pushing client stopped',
  'tencent.stop.internal-error': 'an internal error at Tencent',
  'tencent.stop.rtmp-content': 'invalid RTMP content',
  'tencent.stop.frame-too-large': 'an RTMP frame larger than allowed',
  'tencent.stop.no-data': 'no data for too long',
  'tencent.stop.proxy-cut': 'stopped by a command at Tencent’s proxy',
  'tencent.stop.client-network': 'a network error on the pushing side',
  'tencent.stop.account-lookup': 'the account of this push URL could not be found',
  'tencent.stop.service-suspended': 'the CSS service of the account is suspended',
  'tencent.stop.service-arrears': 'the CSS service is suspended for an overdue payment',
  'tencent.stop.service-disabled': 'the CSS service of the account was disabled',
  'tencent.stop.ip-push-not-allowed': 'pushing to an IP address is not allowed',
  'tencent.stop.domain-unknown': 'the push domain is not recognised',
  'tencent.stop.domain-disabled': 'the push domain is disabled',
  'tencent.stop.stream-disabled': 'the stream is disabled',
  'tencent.stop.txtime-missing': 'the URL has no txTime',
  'tencent.stop.txtime-expired': 'the URL’s txTime has passed',
  'tencent.stop.txsecret-missing': 'the URL has no txSecret',
  'tencent.stop.txsecret-wrong': 'the txSecret is wrong',
  'tencent.stop.too-many-pushers': 'the stream is already being pushed',

  // ── Settings: API credentials ──
  'ui.api.title': 'Tencent API credentials (optional)',
  'ui.api.explain':
    'With a SecretId and SecretKey the check also asks Tencent’s API about your stream: disabled or live, why recent pushes stopped, what the ingest received. They are stored encrypted on this computer and never put in a report.',
  'ui.api.secret-id': 'SecretId',
  'ui.api.secret-key': 'SecretKey',
  'ui.api.save': 'Save credentials',
  'ui.api.forget': 'Forget credentials',
  'ui.api.saved': 'Saved: every check on this computer asks Tencent’s API.',
  'ui.api.not-saved': 'No API credentials saved.',
  'ui.api.no-encryption':
    'This computer cannot encrypt stored secrets, so the credentials were not saved.',
  'ui.api.invalid': 'Enter both the SecretId and the SecretKey.',
  'ui.api.confirmed': 'Confirmed by Tencent'
} as const
