/**
 * English texts of the diagnosis: cause titles, one headline per diagnosis reason (`diag.*`), the
 * steps to fix it (`fix.*`, one step per line), what tells two possible causes apart (`tell.*`),
 * notes, verdicts, phases and confidence words. Placeholders come from the report's inputs
 * (host, port, ip, app, stream, probeStream) and the cause's own params (status, …).
 */
export const diagnosisMessages = {
  'cause.cname': 'Step 1 · CNAME of the push domain',
  'cause.network': 'Step 2 · Network and port {{port}}',
  'cause.expiry': 'Step 3 · URL expiry (txTime)',
  'cause.signature': 'Step 4 · Signature (txSecret)',
  'cause.stream-in-use': 'Step 5 · Stream already in use or disabled',
  'cause.stream-dropped': 'Stream dropped during the push',
  'cause.ffmpeg': 'Local test tool (ffmpeg)',

  'confidence.confirmed': 'confirmed',
  'confidence.likely': 'likely',
  'confidence.possible': 'possible',

  'verdict.ready': 'Ready: a test push from this network worked.',
  'verdict.warnings': 'Works, with warnings: read them before you go live.',
  'verdict.not-ready': 'Not ready: this push will fail. See the first cause below.',
  'verdict.cancelled': 'Cancelled: the check was stopped before it finished.',

  'cli.test-not-live': 'TEST — not live: pushing a test pattern to “{{stream}}”',
  'report.url': 'Push URL',
  'report.target': 'Server',
  'report.probe-stream': 'Test stream (not your real stream)',
  'report.what-to-do': 'What to do',
  'report.tell-apart': 'How to tell which',
  'report.checks': 'All checks',
  'report.environment': 'Checked on',

  'phase.url': 'Push URL',
  'phase.ffmpeg': 'ffmpeg',
  'phase.dns': 'DNS',
  'phase.port': 'Port',
  'phase.handshake': 'RTMP handshake',
  'phase.publish': 'Publish (no media)',
  'phase.push': 'Test push',

  // ── cname ──
  'diag.dns-nxdomain': 'The push domain {{host}} does not exist in DNS.',
  'fix.dns-nxdomain':
    'Check the spelling of the push domain against Tencent console → Domain Management.\nIn your DNS provider, add a CNAME record for {{host}} pointing at the CNAME target shown in Domain Management.\nWait for DNS to update (minutes to an hour), then run the check again.',
  'diag.dns-cname-target-nxdomain': 'The CNAME of {{host}} points at a name that does not exist.',
  'fix.dns-cname-target-nxdomain':
    'Open Tencent console → Domain Management and copy the CNAME target of the push domain exactly.\nCorrect the CNAME record for {{host}} at your DNS provider.',
  'diag.dns-no-addresses': 'The CNAME chain of {{host}} ends in a name without an address.',
  'fix.dns-no-addresses':
    'Point the CNAME of {{host}} at the target from Tencent console → Domain Management (CNAME column).',
  'diag.dns-chain-loop': 'The CNAME records of {{host}} form a loop or an endless chain.',
  'fix.dns-chain-loop':
    'Replace the CNAME of {{host}} with one record pointing at the Tencent CNAME target from Domain Management.',
  'diag.dns-chain-too-long': 'The CNAME chain of {{host}} is too long to resolve.',
  'fix.dns-chain-too-long':
    'Point the CNAME of {{host}} directly at the Tencent CNAME target from Domain Management.',
  'diag.dns-no-cname': '{{host}} has no CNAME record pointing at Tencent Cloud.',
  'fix.dns-no-cname':
    'Tencent console → Domain Management: look at the CNAME column of the push domain (a green tick means it is set).\nAt your DNS provider, replace the A record of {{host}} with a CNAME to the target shown there.',
  'diag.dns-foreign-cname': 'The CNAME of {{host}} points somewhere that is not Tencent Cloud.',
  'fix.dns-foreign-cname':
    'Tencent console → Domain Management → CNAME column shows the right target.\nChange the CNAME record of {{host}} at your DNS provider to that target.',
  'diag.dns-tencent-play-cname':
    '{{host}} points at a Tencent playback address, not a push address.',
  'fix.dns-tencent-play-cname':
    'Check that {{host}} is registered as a push domain in Tencent console → Domain Management, and use the CNAME target of the push domain.',
  'diag.txhost-missing': 'The URL pushes to the IP address {{host}} without txHost.',
  'fix.txhost-missing':
    'Add &txHost=<your push domain> to the URL, or use the push domain instead of the IP address.',
  'diag.txhost-not-a-name': 'txHost is not a domain name.',
  'fix.txhost-not-a-name': 'Set txHost to your push domain, e.g. &txHost=push.example.com.',
  'diag.connect-rejected': 'The server refused the RTMP connect for AppName “{{app}}”. {{status}}',
  'fix.connect-rejected':
    'Check the AppName (Tencent’s default is “live”).\nCheck in Tencent console → Domain Management that the push domain is enabled (a disabled domain is refused, error 303).',

  // ── network ──
  'diag.dns-failing': 'This network’s DNS does not answer properly for {{host}}.',
  'fix.dns-failing':
    'Try another DNS server (e.g. your phone hotspot’s, or run with --dns).\nConnect to a phone’s 4G/5G hotspot and run the check again.',
  'diag.port-refused': 'Nothing accepts connections on {{ip}} port {{port}} (connection refused).',
  'fix.port-refused':
    'Check the push domain and the port in the URL (RTMP uses 1935).\nIf the domain is right, a device on this network may be rejecting the connection: try a phone’s 4G/5G hotspot.',
  'diag.port-filtered':
    'TCP port {{port}} to {{ip}} gets no answer: a firewall on this network probably blocks it.',
  'fix.port-filtered':
    'Connect this computer to a phone’s 4G/5G hotspot and run the check again.\nIf it works there, ask this network’s IT to allow outbound TCP {{port}} to {{host}} ({{ip}}).',
  'diag.port-unreachable': 'There is no route from this network to {{ip}}.',
  'fix.port-unreachable':
    'Check this computer’s network connection, or switch to a phone’s 4G/5G hotspot.',
  'diag.port-error': 'Connecting to {{ip}} port {{port}} failed.',
  'fix.port-error':
    'Check the network connection and try again, or switch to a phone’s 4G/5G hotspot.',
  'diag.handshake-silent':
    'Port {{port}} accepts connections but nothing answers the RTMP handshake: something in between (a proxy or firewall) swallows the stream.',
  'fix.handshake-silent':
    'Try a phone’s 4G/5G hotspot.\nIf that works, ask this network’s IT to allow plain RTMP (TCP {{port}}) to {{host}} without inspection or proxying.',
  'diag.handshake-http':
    'Port {{port}} answers with a web page (HTTP), not RTMP: a captive portal or proxy is in the way.',
  'fix.handshake-http':
    'Open a web browser and complete the network’s login page, or switch to a phone’s 4G/5G hotspot.',
  'diag.handshake-garbage': 'Port {{port}} on {{ip}} answers, but not with RTMP.',
  'fix.handshake-garbage':
    'Check the port in the URL (RTMP uses 1935), or switch networks: something else answers on this port.',
  'diag.handshake-bad-version':
    'The server on port {{port}} does not speak the RTMP version the encoder uses.',
  'fix.handshake-bad-version':
    'Check the URL’s scheme and port (rtmp:// on 1935, rtmps:// on 443).',
  'diag.handshake-closed': 'The connection was closed during the RTMP handshake.',
  'fix.handshake-closed': 'Try a phone’s 4G/5G hotspot: a network device may be cutting RTMP.',
  'diag.handshake-reset': 'The connection was reset during the RTMP handshake.',
  'fix.handshake-reset': 'Try a phone’s 4G/5G hotspot: a network device may be cutting RTMP.',
  'diag.handshake-tcp-failed': 'The connection for the RTMP handshake failed.',
  'fix.handshake-tcp-failed':
    'Run the check again; if it repeats, switch to a phone’s 4G/5G hotspot.',
  'diag.publish-network': 'The server stopped answering in the middle of the RTMP session.',
  'fix.publish-network': 'Run the check again; if it repeats, switch to a phone’s 4G/5G hotspot.',
  'diag.push-network': 'The test push could not reach the server.',
  'fix.push-network': 'Run the check again; if it repeats, switch to a phone’s 4G/5G hotspot.',

  // ── expiry ──
  'diag.expiry-expired': 'The push URL has expired: the server refuses it.',
  'fix.expiry-expired':
    'Generate a new push URL valid for 12–24 hours (Tencent console → push address generator, or the Generate tab).',
  'diag.expiry-expired-accepted':
    'txTime is in the past, yet the server accepted the push (the key’s AuthDelta grace): a reconnect will fail soon.',
  'fix.expiry-expired-accepted': 'Generate a new push URL valid for 12–24 hours before the show.',
  'diag.expiry-short': 'The push URL expires in less than 12 hours.',
  'fix.expiry-short':
    'A running push survives expiry, but a reconnect after a drop will be refused.\nGenerate a URL valid for 12–24 hours (Tencent console → push address generator, or the Generate tab).',
  'diag.expiry-shorter-than-show': 'The push URL expires before your show ends.',
  'fix.expiry-shorter-than-show': 'Generate a URL valid for the whole show plus a margin.',
  'diag.expiry-decimal': 'txTime is written in decimal; Tencent reads it as hexadecimal.',
  'fix.expiry-decimal':
    'Write txTime as hexadecimal Unix seconds (e.g. 5C271099), or use Tencent’s push address generator.',
  'diag.expiry-milliseconds': 'txTime is in milliseconds; Tencent expects seconds in hexadecimal.',
  'fix.expiry-milliseconds':
    'Divide by 1000 and write the result in hexadecimal, or use Tencent’s push address generator.',
  'diag.expiry-bad-format': 'txTime is not a hexadecimal Unix time.',
  'fix.expiry-bad-format': 'Generate the URL again in Tencent’s push address generator.',
  'diag.expiry-missing': 'The URL has no txTime.',
  'fix.expiry-missing':
    'Generate the URL in Tencent’s push address generator (it adds txSecret and txTime).',

  // ── signature ──
  'diag.signature-wrong': 'txSecret does not match your push key: the server refuses the push.',
  'fix.signature-wrong':
    'Check the key: Tencent console → Domain Management → push domain → Push Configuration → authentication key (primary or backup).\nGenerate the URL again with that key (Generate tab or Tencent’s push address generator), and do not edit it afterwards.',
  'diag.signature-mistake': 'txSecret was computed the wrong way.',
  'fix.signature-mistake':
    'Fix the code or tool that builds the URL: txSecret = MD5(key + StreamName + txTime), txTime exactly as written in the URL.\nOr generate the URL with the Generate tab / Tencent’s push address generator.',
  'diag.signature-missing': 'The URL has no txSecret; the server requires one.',
  'fix.signature-missing':
    'Generate the URL in Tencent’s push address generator (it adds txSecret and txTime).',
  'diag.signature-bad-form': 'txSecret is not a valid signature.',
  'fix.signature-bad-form': 'Copy the whole URL again from Tencent’s push address generator.',
  'diag.rejected-status': 'The server refused to publish this stream name and said: “{{status}}”.',
  'fix.rejected-status':
    'If the words name a signature or time problem, generate a new URL.\nIf they say the stream exists or is busy, see Stream Management → Live Streams.',
  'diag.rejected-silently':
    'The server refused to publish this stream name without saying why: the signature is wrong, or the stream is in use or disabled.',
  'fix.rejected-silently':
    'Enter your push key (the key field in the app, --key in the CLI): the check then recomputes txSecret and tests a separate probe stream, which tells the two apart.\nTencent console → Stream Management → Live Streams: is this stream already being pushed? Disabled Streams: is it listed?',
  'diag.probe-stream-rejected':
    'The test push to a fresh stream name signed with your key was refused.',
  'fix.probe-stream-rejected':
    'Check that the key you entered is this push domain’s current key (Domain Management → Push Configuration).',

  // ── stream in use ──
  'diag.in-use-status': 'The server says this stream is already being published: “{{status}}”.',
  'fix.in-use-status':
    'Only one encoder can push a stream at a time. Stop the other encoder (another PC, OBS instance or a stuck session).\nTencent console → Stream Management → Live Streams shows who is pushing; Disabled Streams shows if it is blocked.',
  'diag.in-use-probe':
    'Your key and this network work (a test push to {{probeStream}} was accepted), but the server refuses the stream name {{stream}}: it is being pushed right now, or it is disabled.',
  'fix.in-use-probe':
    'Tencent console → Stream Management → Live Streams: stop the other push of {{stream}}.\nTencent console → Stream Management → Disabled Streams: re-enable {{stream}} if it is listed.',

  // ── dropped, ffmpeg ──
  'diag.push-dropped':
    'The server accepted the test push, then cut it before the test window ended.',
  'fix.push-dropped':
    'Run the check again. If the cut repeats at the same time, the server or a network device ends long pushes: try a phone’s 4G/5G hotspot, and check the stream in Tencent console → Stream Management.',
  'diag.ffmpeg-unusable': 'The test push could not run: no usable ffmpeg was found.',
  'fix.ffmpeg-unusable':
    'Install ffmpeg with your system’s package manager, or set FFMPEG_PATH to an ffmpeg that has rtmp, libx264 and aac.',
  'diag.ffmpeg-crashed': 'ffmpeg failed while running the test push.',
  'fix.ffmpeg-crashed': 'Set FFMPEG_PATH to another ffmpeg build and run the check again.',

  // ── tell apart, notes ──
  'tell.enter-key': 'Enter your push key: a wrong signature then shows up directly.',
  'tell.live-streams':
    'Look at Tencent console → Stream Management → Live Streams (is it being pushed?) and Disabled Streams (is it blocked?).',
  'note.push-skipped-by-user':
    'No test push was made (--no-push): only the publish step was checked.',
  'note.push-skipped-no-key':
    'No media was pushed: without your push key no separate test stream can be signed, and pushing the test pattern to your real stream would show it to viewers. Enter the key for the full test (or allow a push to the real stream).',
  'note.push-skipped-earlier-failure':
    'The test push was skipped because an earlier step already failed.',
  'note.probe-not-run': 'The publish step did not run.',
  'note.probe-stream-accepted':
    'The real stream name was refused, so no media was pushed. Instead the server was asked to publish the test stream {{probeStream}} (signed with your key, no media): it accepted — so only your stream name is refused.',
  'note.probe-stream-refused':
    'The real stream name was refused, so no media was pushed. Instead the server was asked to publish the test stream {{probeStream}} (signed with your key, no media): it refused that too — so the key or the domain is refused, not only this stream name.',
  'probe-stream.accepted':
    'The server accepted publishing on the test stream {{probeStream}} (signed with your key, no media sent).',
  'probe-stream.refused':
    'The server refused publishing on the test stream {{probeStream}} too (signed with your key): the key or the domain is refused, not only this stream name.',
  'probe-stream.other': 'The test stream {{probeStream}} could not be checked. {{detail}}',
  'note.cancelled': 'The check was cancelled.'
} as const
