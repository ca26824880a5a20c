/**
 * English texts of the transport ladder ("Ways to push from here"): the srt:// URL errors, one
 * evidence line per row code, the media column, the table's headings, OBS's fields and the
 * diagnosis when another protocol works. Placeholders: {{host}}, {{ip}}, {{port}}, {{issuer}},
 * {{names}}, {{servername}}, {{timeoutMs}}, {{rejectCode}}, {{reason}} (a translated SRT
 * rejection), {{transport}}, {{wayPort}}, {{wayProtocol}}.
 */
import type { TransportCode, TransportMedia } from '../../transport'

/** srt:// URL errors and notes of the parser. */
export const srtUrlMessages = {
  'url-srt-no-streamid':
    'This SRT address has no streamid. Tencent’s SRT push address looks like srt://<push-domain>:9000?streamid=#!::h=<push-domain>,r=live/<StreamName>,txSecret=…,txTime=…',
  'url-srt-bad-streamid':
    'The streamid “{{part}}” is not in the form #!::key=value,key=value. Copy the SRT push address again from Tencent’s console, or build it from the RTMP one: r=<AppName>/<StreamName>, then txSecret and txTime.',
  'url-srt-no-resource':
    'The streamid has no r=<AppName>/<StreamName> part, so the server cannot tell which stream this is. Add r=live/<StreamName> after h=<push-domain>.',
  'url-srt-host-differs':
    'The address dials {{host}} but the streamid says h={{h}}: Tencent reads the push domain from h=. Make both the same push domain.'
} as const

/** One evidence line per row of "Ways to push from here". */
export const transportMessages: Record<`transport.${TransportCode}`, string> = {
  'transport.transport-ok': 'Works from here: the server accepted a push to {{host}}:{{port}}.',
  'transport.transport-reachable':
    'Reaches the server (it answered this protocol); publishing was not tried, because the stream may be live right now.',
  'transport.transport-publish-refused':
    'Gets through this network, but the server refused the stream: the cause is the URL or the stream, not the network (see the causes above).',
  'transport.transport-push-failed':
    'The server accepted the publish, but the test push over it did not hold for the whole test.',
  'transport.transport-dns-failed': 'Not tried: the push domain did not resolve to an address.',
  'transport.tcp-filtered': 'No answer on TCP {{port}}: this network’s firewall drops it.',
  'transport.tcp-refused': 'TCP {{port}} on {{ip}} refused the connection: nothing listens there.',
  'transport.tcp-unreachable': 'No route to {{ip}} from this network.',
  'transport.tcp-error': 'The connection to {{ip}}:{{port}} failed.',
  'transport.tls-name-mismatch':
    'The TLS certificate is for {{names}}, not {{servername}}: a custom push domain serves RTMPS only after its certificate is uploaded in the CSS console (Domain Management → the push domain → HTTPS).',
  'transport.tls-untrusted-issuer':
    'The TLS certificate was issued by “{{issuer}}”, which this computer does not trust: a proxy or antivirus on this network intercepts TLS. Encoders will refuse it; use another protocol or network.',
  'transport.tls-expired':
    'The server’s TLS certificate has expired (or this computer’s clock is wrong).',
  'transport.tls-not-yet-valid':
    'The server’s TLS certificate is not valid yet: this computer’s clock is probably behind. Set the clock automatically and check again.',
  'transport.tls-no-answer':
    'Port {{port}} accepted the connection but never answered the TLS handshake: it speaks something else (plain RTMP?), or a middlebox holds it.',
  'transport.tls-handshake-failed':
    'Port {{port}} accepted the connection, but the TLS handshake failed: it does not speak TLS, or something on the way cuts it.',
  'transport.rtmp-no-answer':
    'Port {{port}} accepted the connection, but no RTMP answered: a proxy or firewall intercepts it, or another service listens there.',
  'transport.udp-no-answer':
    'No answer on UDP {{port}} within {{timeoutMs}} ms: this network drops outbound UDP (or the port). Ask IT to allow UDP {{port}}, or use RTMPS on TCP 443.',
  'transport.udp-refused': 'UDP {{port}} on {{ip}} is closed: nothing listens for SRT there.',
  'transport.srt-rejected':
    'The SRT server refused the connection (code {{rejectCode}}): {{reason}}',
  'transport.srt-no-conclusion':
    'The SRT server on UDP {{port}} answered the first handshake step but not the one carrying the stream id: something on the way may drop larger UDP packets, or the server ignores this stream.',
  'transport.srt-bad-response': 'Something answered on UDP {{port}}, but not as an SRT server.',
  'transport.transport-not-tested': 'Not tried.',
  'transport.transport-cancelled': 'Cancelled.',
  'transport.transport-error':
    'This protocol could not be checked ({{error}}). Run the check again; if it repeats, send the report to support.'
}

/** The media column: what the test push over this transport showed. */
export const transportMediaMessages: Record<`transport.media.${TransportMedia}`, string> = {
  'transport.media.sustained': 'A test push to a separate test stream held for the whole test.',
  'transport.media.failed': 'The test push to a separate test stream failed.',
  'transport.media.not-tested-no-key':
    'No media was sent: enter your push key to test a push to a separate test stream.',
  'transport.media.not-tested-wrong-key':
    'No media was sent: the key entered does not reproduce this URL’s txSecret (Step 4), so a test stream signed with it would be refused.',
  'transport.media.not-tested-no-support':
    'No media was sent: the ffmpeg on this computer cannot push this protocol (the npm-shipped build has no SRT). The handshake result above still stands.',
  'transport.media.not-tested-earlier-failure': 'No media was sent: an earlier step failed.',
  'transport.media.not-tested-by-user': 'No media was sent (you chose no test push).',
  'transport.media.not-tested-no-ffmpeg': 'No media was sent: no usable ffmpeg on this computer.'
}

/** The table, OBS's fields, the diagnosis and the go/no-go line. */
export const transportUiMessages = {
  'phase.rtmps': 'RTMPS (TLS, TCP 443)',
  'phase.srt': 'SRT (UDP 9000)',
  'transport.name.rtmp': 'RTMP',
  'transport.name.rtmps': 'RTMPS',
  'transport.name.srt': 'SRT',
  'transport.title': 'Ways to push from here',
  'transport.col.transport': 'Protocol',
  'transport.col.address': 'Host:port',
  'transport.col.protocol': 'Transport',
  'transport.col.verdict': 'Verdict',
  'transport.col.time': 'Time',
  'transport.col.evidence': 'What was seen',
  'transport.works': 'works',
  'transport.blocked': 'does not work',
  'transport.refused': 'reaches the server',
  'transport.untested': 'not tried',
  'transport.url': 'Push URL',
  'transport.copy': 'Copy URL',
  'transport.copied': 'Copied',
  'transport.obs': 'OBS: Settings → Stream → Service “Custom…”',
  'transport.obs.server': 'Server',
  'transport.obs.key': 'Stream Key',
  'transport.obs.srt-key': '(leave empty: OBS takes an SRT push as one URL in Server)',
  'transport.none-works': 'None of the protocols works from this network.',
  'transport.reached-refused':
    'This network lets the push through, but the server refused the stream: the causes above say why.',
  'transport.firewall': 'What IT must allow outbound: {{list}}',
  'diag.no-transport-works': 'None of the protocols tried works from this network.',
  'fix.no-transport-works':
    'See “Ways to push from here” for what each protocol met.\nAsk the venue IT to allow one of them outbound (TCP 1935 for RTMP, TCP 443 for RTMPS, UDP 9000 for SRT), or try a 4G/5G phone hotspot.',
  'diag.network-other-transport':
    'RTMP is blocked on this network, but {{transport}} works: push with {{transport}} ({{wayProtocol}} {{wayPort}}) instead.',
  'fix.network-other-transport':
    'Use the {{transport}} push URL from “Ways to push from here” below (copy it, or copy the OBS fields).\nIn OBS: Settings → Stream → Service “Custom…”, then paste Server and Stream Key.\nOr ask the venue IT to allow outbound TCP {{port}} to {{ip}} and keep RTMP.',
  // The wizard: URL field, the "Protocols" form section, the table's extras, comparison and sheet.
  'transport.field.url.placeholder':
    'rtmp://push.example.com/live/stream?txSecret=…&txTime=… (or rtmps://, srt://)',
  'transport.field.url.hint':
    'RTMP, RTMPS and SRT push URLs are all accepted (rtmp://, rtmps://, srt://); the check also tries the other two protocols from this network.',
  'transport.form.heading': 'Protocols',
  'transport.form.intro':
    'Besides RTMP, the check tries RTMPS (TLS, TCP 443) and SRT (UDP 9000) from this network, so a blocked port 1935 can still leave a way to push.',
  'transport.form.rtmp': 'RTMP (TCP 1935)',
  'transport.form.rtmps': 'RTMPS (TLS over TCP)',
  'transport.form.srt': 'SRT (UDP)',
  'transport.form.rtmpsPort': 'RTMPS port',
  'transport.form.srtPort': 'SRT port',
  'transport.form.ca': 'Extra trusted CA (PEM)',
  'transport.form.ca.hint':
    'Only for a self-hosted ingest, or a CA your organisation asks you to trust: Tencent’s push domains need none.',
  'transport.form.ca.file': 'Read a CA file…',
  'transport.form.ca.clear': 'Remove the CA',
  'transport.form.no-transport': 'Tick at least one protocol.',
  'transport.form.bad-port':
    'A port is a whole number from 1 to 65535 (leave it empty for the default).',
  'transport.form.ca-no-certificate':
    'This is not a PEM certificate: it must contain a “-----BEGIN CERTIFICATE-----” block.',
  'transport.form.ca-too-large': 'Too large for a CA certificate (at most {{max}} KB).',
  'transport.seconds': '{{seconds}} s',
  'transport.ready': '{{transport}}: ready to push from here',
  'transport.copy.named': 'Copy the {{transport}} URL',
  'transport.copy.server': 'Copy Server',
  'transport.copy.key': 'Copy Stream Key',
  'transport.obs.service': 'Service',
  'transport.obs.custom': 'Custom…',
  'transport.redacted':
    'txSecret is shortened in these URLs: a saved report never holds it whole. Run the check with your own push URL to copy them.',
  'transport.verdict.other':
    'Works with another protocol: RTMP is blocked here, so use {{scheme}}://… ({{transport}}).',
  'transport.compare.row': '{{transport}} · {{open}}',
  'transport.sheet.title': 'Ways to push from this network',
  'transport.sheet.open': 'Allow outbound',
  'transport.sheet.ask':
    'To push from this network, please allow outbound {{list}} to {{host}} ({{ips}}).'
} as const
