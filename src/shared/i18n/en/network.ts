/**
 * English messages of the network probes: TCP port, RTMP handshake and the publish-only probe.
 * Each says what is wrong and how to fix it. Placeholders: {{ip}}, {{port}}, {{timeoutMs}},
 * {{connectMs}}, {{errno}}, {{firstBytes}}, {{version}}, {{code}}, {{description}},
 * {{afterPublishMs}}, {{holdMs}}.
 */
import type { HandshakeCode, PortCode } from '../../network'
import type { PublishProbeCode } from '../../rtmp'

/** TCP port check. */
export const portMessages: Record<PortCode, string> = {
  'port-open': 'TCP port {{port}} on {{ip}} is open (connected in {{connectMs}} ms).',
  'port-refused':
    '{{ip}} refused the connection on port {{port}}: nothing is listening there. Check the host and port in the push URL (RTMP uses 1935).',
  'port-filtered':
    'No answer from {{ip}} on port {{port}} within {{timeoutMs}} ms: a firewall probably blocks outbound TCP {{port}}. Try a 4G/5G phone hotspot; if that works, ask the venue IT to allow outbound TCP {{port}} to {{ip}}.',
  'port-unreachable':
    'There is no route to {{ip}} ({{errno}}): this network cannot reach the ingest at all. Check the connection (Wi-Fi, cable, VPN) or try a 4G/5G phone hotspot.',
  'port-error':
    'Connecting to {{ip}} port {{port}} failed ({{errno}}). Try again, or try another network such as a 4G/5G phone hotspot.',
  'port-cancelled': 'The port check was cancelled.'
}

/** RTMP handshake check. */
export const handshakeMessages: Record<HandshakeCode, string> = {
  'handshake-ok': 'The server on {{ip}}:{{port}} answered the RTMP handshake.',
  'handshake-silent':
    'Port {{port}} accepted the connection but nothing answered the RTMP handshake within {{timeoutMs}} ms. A proxy or firewall on this network may be intercepting the port, or another service listens there. Try a 4G/5G phone hotspot and check the push host.',
  'handshake-bad-version':
    'The server on port {{port}} answered with RTMP version {{version}} instead of 3 (for example encrypted RTMPE). Use a plain rtmp:// push URL from the console.',
  'handshake-http':
    'Port {{port}} answered with an HTTP reply, not RTMP: this is a web server or a proxy. Check the port in the push URL (RTMP uses 1935) or try a 4G/5G phone hotspot to get around a proxy.',
  'handshake-garbage':
    'Port {{port}} answered with something that is not RTMP ("{{firstBytes}}"). Another service listens there, or a middlebox intercepts it. Check the host and port, or try a 4G/5G phone hotspot.',
  'handshake-closed':
    'The server on port {{port}} closed the connection during the RTMP handshake. A firewall or proxy may be cutting RTMP; try a 4G/5G phone hotspot.',
  'handshake-reset':
    'The connection on port {{port}} was reset during the RTMP handshake. A firewall or proxy may be cutting RTMP; try a 4G/5G phone hotspot.',
  'handshake-tcp-failed':
    'Could not open a TCP connection to {{ip}}:{{port}} for the RTMP handshake; see the port check.',
  'handshake-cancelled': 'The handshake check was cancelled.'
}

/** Publish-only probe of the real stream name. */
export const publishProbeMessages: Record<PublishProbeCode, string> = {
  'publish-accepted':
    'The server accepted publishing on this stream name (it held for {{holdMs}} ms; no media was sent).',
  'publish-rejected-status':
    'The server refused to publish this stream: {{code}} "{{description}}". "Already publishing" or BadName means the stream is being pushed right now or is disabled: stop the other encoder, or check Live Streams and Disabled Streams in the console.',
  'publish-rejected-closed-after-start':
    'The server said publishing started, then closed the connection {{afterPublishMs}} ms later: it rejected the push. Usually the signature (txSecret), the expiry (txTime) or the stream already being in use. Enter the push key to check the signature, and look at Live Streams in the console.',
  'publish-rejected-closed-no-status':
    'The server closed the connection {{afterPublishMs}} ms after publish, without a reason. Usually the signature (txSecret) or expiry (txTime) is wrong, or the stream is in use or disabled. Enter the push key to check the signature, and look at Live Streams and Disabled Streams in the console.',
  'publish-connect-rejected':
    'The server refused the RTMP connect: {{code}} "{{description}}". Check the push domain and the AppName in the URL.',
  'publish-create-stream-rejected':
    'The server refused to create a stream: {{code}} "{{description}}". Try again; if it repeats, contact the ingest provider.',
  'publish-closed-before-publish':
    'The server closed the connection before publish could be tried. Check the push domain and AppName; a domain not set up for push is often closed this way.',
  'publish-timeout-silent':
    'The server stopped answering during the publish test (no reply within {{timeoutMs}} ms). The network may be dropping RTMP traffic; try a 4G/5G phone hotspot.',
  'publish-not-rtmp': 'The server on {{ip}}:{{port}} does not speak RTMP; see the handshake check.',
  'publish-protocol-error':
    'The server sent RTMP data the probe could not read. Try again; if it repeats, the ingest may not be standard RTMP.',
  'publish-tcp-failed':
    'Could not connect to {{ip}}:{{port}} for the publish test; see the port check.',
  'publish-cancelled': 'The publish test was cancelled.'
}
