/** English texts of the TLS check of an RTMPS ingest. */
import type { TlsCode } from '../../tls'

/** One message per TLS code: what was seen, then what to do. */
export const tlsMessages: Record<TlsCode, string> = {
  'tls-ok':
    'The TLS certificate on {{ip}}:{{port}} is valid for {{servername}} and issued by “{{issuer}}”, which this computer trusts (valid until {{validTo}}).',
  'tls-name-mismatch':
    'The TLS certificate on {{ip}}:{{port}} is for {{names}}, not {{servername}}: encoders that check certificates will refuse it. A custom push domain serves RTMPS only after its certificate is uploaded in the CSS console (Domain Management → the domain → HTTPS/certificate); until then, push with rtmp:// or use the default push domain.',
  'tls-untrusted-issuer':
    'The TLS certificate on {{ip}}:{{port}} was issued by “{{issuer}}”, which this computer does not trust: something on this network (a proxy or antivirus) intercepts TLS. Try a 4G/5G phone hotspot, or ask the venue IT to exempt {{servername}} from inspection; if the antivirus inspects TLS, turn that off for the encoder.',
  'tls-expired':
    'The TLS certificate on {{ip}}:{{port}} for {{servername}} expired on {{validTo}}. If this computer’s clock is right, upload a renewed certificate for the push domain in the CSS console; until then, push with rtmp://.',
  'tls-not-yet-valid':
    'The TLS certificate on {{ip}}:{{port}} for {{servername}} is not valid yet: this computer’s clock is probably wrong. Set the date and time automatically, then check again.',
  'tls-not-tls':
    'The server on {{ip}}:{{port}} answered, but not with TLS: this port speaks another protocol (plain RTMP or HTTP). Use rtmp:// for a plain RTMP port, or the RTMPS port (443 unless the URL names one).',
  'tls-handshake-failed':
    'The TLS handshake with {{ip}}:{{port}} failed (the server refused or closed the connection). If it repeats, the network may block TLS to this server: try a 4G/5G phone hotspot, or push with rtmp://.',
  'tls-timeout':
    'The server on {{ip}}:{{port}} accepted the connection but did not answer the TLS handshake within {{timeoutMs}} ms: the port probably speaks something else, or a middlebox holds the connection. Check the port in the URL; try a 4G/5G phone hotspot.',
  'tls-tcp-failed':
    'Could not open a TCP connection to {{ip}}:{{port}} for TLS; see the port check.',
  'tls-cancelled': 'The TLS check was cancelled.'
}
