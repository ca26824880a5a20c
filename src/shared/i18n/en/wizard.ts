/**
 * English texts of the wizard: start screen, running, result walkthrough, the 4G-hotspot retry
 * and comparison, report export and the go/no-go sheet. Placeholders: {{host}}, {{port}},
 * {{ip}}, {{ips}}, {{ms}}, {{chain}}, {{addresses}}, {{date}}, {{machine}}, {{file}}, {{what}}.
 */
export const wizardMessages = {
  'ui.lang.label': 'Language',
  'ui.lang.en': 'English',
  'ui.lang.id': 'Bahasa Indonesia',
  'ui.lang.zh-CN': '简体中文',

  'ui.start.heading': 'Check your push before you go live',
  'ui.start.intro':
    'Paste the push URL from the Tencent Cloud console (or OBS’s Server and Stream Key). The app tests DNS, the port, the RTMP handshake and a short test push from this network, then tells you what to fix.',
  'ui.start.mode': 'What you have',
  'ui.start.advanced': 'More options',
  'ui.keys.remember': 'Remember my push keys on this computer (encrypted)',
  'ui.keys.remembered': 'Push keys loaded from this computer (encrypted).',
  'ui.keys.not-saved': 'This computer cannot encrypt the keys, so they are kept in memory only.',
  'ui.keys.hint':
    'The push key is only used on this computer to check the signature and sign a test stream. It is never sent anywhere.',
  'ui.open': 'Open a saved report',
  'ui.open.error.too-large': 'That file is too large to be a Push Preflight report.',
  'ui.open.error.not-json': 'That file is not a Push Preflight report (it is not JSON).',
  'ui.open.error.not-a-report': 'That file is not a Push Preflight report.',
  'ui.open.error.unreadable': 'That file could not be read.',

  'ui.running.heading': 'Checking your push…',
  'ui.running.heading.hotspot': 'Checking again on the hotspot…',
  'ui.run.elapsed': 'Elapsed: {{seconds}} s',

  'ui.result.checked': 'Checked {{date}} on {{machine}} · {{host}}',
  'ui.result.saved':
    'Saved report “{{file}}”, checked {{date}} on {{machine}}. This shows what that check found; it is not a new check.',
  'ui.result.next': 'Next step',
  'ui.result.next.go-live': 'You can go live from this network.',
  'ui.result.next.hotspot':
    'Find out whether this network is the problem: run the same check over a phone’s 4G/5G hotspot (below).',
  'ui.result.next.fix': '{{step}} — {{fix}}',
  'ui.result.steps': 'Step by step, in Tencent’s troubleshooting order',
  'ui.result.edit': 'Change the URL',

  'ui.step.evidence': 'What the check saw',
  'ui.step.not-checked': 'Not checked in this run.',
  'ui.step.undetermined':
    'Not judged: the check stopped at another cause first (see the cards above).',
  'ui.step.pass.cname': 'The push domain points at Tencent Cloud correctly.',
  'ui.step.pass.network':
    'This network reaches the server on TCP {{port}}, and the server speaks RTMP.',
  'ui.step.pass.expiry': 'The push URL is valid long enough.',
  'ui.step.pass.signature': 'The signature (txSecret) matches your push key.',
  'ui.step.pass.stream-in-use':
    'The server accepts this stream name: nobody else is pushing it and it is not disabled.',
  'ui.step.pass.stream-dropped': 'The test push ran for the whole test without being cut.',
  'ui.step.pass.uplink': 'The upload from this network kept up with the planned bitrate.',
  'ui.step.pass.ffmpeg': 'The local test tool works.',
  'ui.ev.chain': 'CNAME chain: {{chain}} → {{addresses}}',
  'ui.ev.port-open': 'TCP {{port}} to {{ip}}: connected in {{ms}} ms.',
  'ui.ev.port-refused': 'TCP {{port}} to {{ip}}: refused after {{ms}} ms.',
  'ui.ev.port-filtered': 'TCP {{port}} to {{ip}}: no answer at all for {{ms}} ms.',
  'ui.ev.port-other': 'TCP {{port}} to {{ip}}: failed after {{ms}} ms ({{code}}).',
  'ui.ev.handshake': 'RTMP handshake answered in {{ms}} ms.',

  'ui.hotspot.heading': 'Is it this network? Try a phone hotspot',
  'ui.hotspot.why':
    'The evidence points at this network (firewall, proxy or DNS). Running the same check over a phone’s mobile data shows whether the network is to blame.',
  'ui.hotspot.steps':
    'Turn on the 4G/5G hotspot on your phone.\nConnect this computer to it (and disconnect the venue Wi-Fi or cable).\nPress “Retry on the hotspot”.',
  'ui.hotspot.retry': 'Retry on the hotspot',
  'ui.hotspot.checking': 'Looking at the network…',
  'ui.hotspot.same':
    'This computer still seems to be on the same network (same addresses, router and DNS servers). Connect to the phone’s hotspot first, then press Retry.',
  'ui.hotspot.anyway': 'Check on this network anyway',
  'ui.hotspot.changed': 'The network changed: {{what}}.',
  'ui.hotspot.change.interfaces': 'network adapters',
  'ui.hotspot.change.addresses': 'IP addresses',
  'ui.hotspot.change.gateway': 'router',
  'ui.hotspot.change.dns': 'DNS servers',
  'ui.compare.heading': 'This network vs the phone hotspot',
  'ui.compare.here': 'This network',
  'ui.compare.there': 'Phone hotspot',
  'ui.compare.step': 'Step',
  'ui.compare.network': 'Network',
  'ui.compare.verdict': 'Result',
  'ui.compare.conclusion.network-blocks':
    'This network blocks TCP {{port}} to {{host}}: ask its IT to allow outbound TCP {{port}} to {{host}} ({{ips}}), or stream over the hotspot.',
  'ui.compare.conclusion.fails-both':
    'It fails on both networks, so it is not the network: check the URL (host and port) and the key.',
  'ui.compare.conclusion.works-both': 'It works on both networks: this network is not the problem.',
  'ui.compare.conclusion.works-here-only':
    'It works on this network but not over the hotspot: stream over this network.',
  'ui.compare.same-network':
    'Both checks seem to have run on the same network, so this comparison proves little.',

  'ui.export.heading': 'Share this result',
  'ui.export.json': 'Save report (JSON, opens again here)',
  'ui.export.markdown': 'Save as text (Markdown)',
  'ui.export.copy': 'Copy as text',
  'ui.export.copied': 'Copied. Paste it into a chat or an email to support.',
  'ui.export.saved': 'Saved as {{file}}.',
  'ui.export.redacted':
    'Reports never contain your push key, and txSecret is cut to its first 4 characters.',

  'ui.sheet.open': 'Go/no-go sheet for venue IT',
  'ui.sheet.title': 'Live stream network check: go / no-go',
  'ui.sheet.go': 'GO',
  'ui.sheet.go-warn': 'GO, with warnings',
  'ui.sheet.nogo': 'NO-GO',
  'ui.sheet.host': 'Server (push host)',
  'ui.sheet.ips': 'Server IP addresses',
  'ui.sheet.port': 'Port',
  'ui.sheet.protocol': 'Protocol',
  'ui.sheet.protocol.value': 'RTMP over TCP, outbound from this network',
  'ui.sheet.verdict': 'Result',
  'ui.sheet.time': 'Checked',
  'ui.sheet.machine': 'Computer',
  'ui.sheet.ask': 'Please allow outbound TCP {{port}} from this network to {{host}} ({{ips}}).',
  'ui.sheet.print': 'Print',
  'ui.sheet.close': 'Back to the result',
  'ui.demo.heading': 'No push URL at hand? Try the demo',
  'ui.demo.intro':
    'The demo runs the whole check against a test server on this computer (nothing is sent to the internet), so you can see what each problem looks like.',
  'ui.demo.scenario': 'Demo scenario',
  'ui.demo.case.ok': 'Everything works',
  'ui.demo.case.cname': 'Step 1 · CNAME missing',
  'ui.demo.case.network': 'Step 2 · Port blocked',
  'ui.demo.case.rtmp-blocked': 'Step 2 · RTMP blocked, RTMPS works',
  'ui.demo.case.expiry': 'Step 3 · URL expired',
  'ui.demo.case.signature': 'Step 4 · Wrong signature',
  'ui.demo.case.stream-in-use': 'Step 5 · Stream already in use',
  'ui.demo.case.uplink': 'Upload too slow',
  'ui.demo.try': 'Try the demo',
  'ui.demo.banner':
    'Demo: this result comes from a test server on this computer, not from your stream.'
} as const
