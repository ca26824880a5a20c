/**
 * The SRT handshake probe (UDP 9000, Tencent's SRT ingest) and the SRT rejection reasons.
 * Placeholders: {{ip}}, {{port}}, {{timeoutMs}}; in `srt-rejected`, {{rejectCode}} is the reason
 * value (evidence.rejectReason.code, e.g. 1403) and {{reason}} the text of `srt.reject.<id>`.
 */
import type { SrtHandshakeCode, SrtRejectReasonId } from '../../srt'

/** One text per SRT handshake code. */
export const srtHandshakeMessages: Record<SrtHandshakeCode, string> = {
  'srt-accepted':
    'The SRT ingest at {{ip}}:{{port}} accepted this stream id: SRT over UDP works from this network.',
  'srt-rejected':
    'The SRT ingest at {{ip}}:{{port}} refused this stream id (code {{rejectCode}}): {{reason}}',
  'udp-no-answer':
    'No answer from {{ip}}:{{port}} over UDP within {{timeoutMs}} ms. This network most likely drops outgoing UDP to port {{port}}: ask IT to allow outbound UDP {{port}} to this host, or push with RTMPS over TCP 443 instead.',
  'udp-refused':
    'Nothing listens for SRT on {{ip}}:{{port}} (the host answered "port unreachable"). Check the push domain and the port (Tencent uses 9000).',
  'srt-bad-response':
    'Something answered on {{ip}}:{{port}}, but not in SRT. A device on this network may be intercepting UDP, or the address is not an SRT ingest.',
  'srt-cancelled': 'The SRT check was cancelled.',
  'srt-error': 'The SRT check could not run: a network error on this computer. Try again.'
}

type SrtRejectKey = `srt.reject.${SrtRejectReasonId}`

/** What each SRT rejection reason means for a Tencent push, in plain words. */
export const srtRejectMessages: Record<SrtRejectKey, string> = {
  'srt.reject.unknown': 'the ingest gave no reason.',
  'srt.reject.rej-system': 'a system error on the ingest side. Try again later.',
  'srt.reject.rej-peer': 'the ingest refused the connection without saying why.',
  'srt.reject.rej-resource': 'the ingest ran out of resources. Try again later.',
  'srt.reject.rej-rogue':
    'the ingest did not understand the handshake. Update your encoder’s SRT library.',
  'srt.reject.rej-backlog':
    'the ingest is too busy to take new connections right now. Try again shortly.',
  'srt.reject.rej-ipe': 'an internal error in the ingest’s SRT library. Try again later.',
  'srt.reject.rej-close': 'the ingest is shutting down this listener. Try again shortly.',
  'srt.reject.rej-version':
    'the ingest needs a newer SRT version than your encoder has. Update the encoder.',
  'srt.reject.rej-rdvcookie':
    'the handshake cookie did not match (often a NAT changing ports mid-handshake). Try again.',
  'srt.reject.rej-badsecret':
    'wrong SRT passphrase. Tencent’s SRT push uses none: remove the passphrase from the encoder.',
  'srt.reject.rej-unsecure':
    'encryption mismatch: one side set an SRT passphrase and the other did not. Remove it from the encoder.',
  'srt.reject.rej-messageapi':
    'the encoder uses SRT file/stream mode; live push needs live (message) mode.',
  'srt.reject.rej-congestion': 'the encoder’s SRT mode (transtype) does not match: use live mode.',
  'srt.reject.rej-filter':
    'the encoder’s packet filter (FEC) settings are not accepted. Turn FEC off.',
  'srt.reject.rej-group':
    'SRT connection bonding is not accepted here. Turn it off in the encoder.',
  'srt.reject.rej-timeout': 'the handshake timed out.',
  'srt.reject.rej-crypto':
    'the encoder’s encryption settings conflict with the ingest’s. Remove the SRT passphrase.',
  'srt.reject.ac-fallback': 'the ingest refused the push without a specific reason.',
  'srt.reject.ac-key-notsup':
    'the stream id contains a key the ingest does not support. Copy the SRT URL from the console again.',
  'srt.reject.ac-filepath': 'the resource named in the stream id was not found.',
  'srt.reject.ac-hostnotfound':
    'the ingest does not know the push domain in h=. Check that h= is your push domain.',
  'srt.reject.ac-bad-request':
    'the stream id is malformed. It must read #!::h=<push domain>,r=<AppName>/<StreamName>,txSecret=…,txTime=….',
  'srt.reject.ac-unauthorized':
    'txSecret or txTime is wrong or expired. Generate a new push URL with the push key and check the computer’s clock.',
  'srt.reject.ac-overload': 'the ingest is overloaded or the account is over its limits.',
  'srt.reject.ac-forbidden':
    'this stream is forbidden: it is probably in Disabled Streams in the console, or the domain is disabled.',
  'srt.reject.ac-not-found':
    'the push domain or AppName was not found. Check h= and r= in the stream id.',
  'srt.reject.ac-bad-mode':
    'the mode (m=) in the stream id is not accepted. Remove m= or use m=publish.',
  'srt.reject.ac-unacceptable':
    'the stream parameters are not acceptable (e.g. not MPEG-TS). Push MPEG-TS over SRT.',
  'srt.reject.ac-conflict':
    'this stream is already being pushed by another encoder. Stop the other push or use another StreamName.',
  'srt.reject.ac-unsupported-media': 'the media type (t=) in the stream id is not supported.',
  'srt.reject.ac-locked': 'the stream is locked on the ingest side.',
  'srt.reject.ac-failed-dependency': 'a session this push depends on has ended.',
  'srt.reject.ac-internal-error': 'an internal error on the ingest. Try again later.',
  'srt.reject.ac-unimplemented': 'the ingest does not support this request.',
  'srt.reject.ac-gateway':
    'an ingest gateway could not reach the server behind it. Try again later.',
  'srt.reject.ac-down': 'the ingest service is down for now. Try again later or push over RTMP.',
  'srt.reject.ac-version': 'the ingest does not support this SRT version. Update the encoder.',
  'srt.reject.ac-no-room': 'the ingest has no room to record this stream.',
  'srt.reject.ac-other': 'the ingest refused the push with a server code this app does not know.',
  'srt.reject.user-defined':
    'the ingest refused the push with its own code; only that service can tell what it means.'
}
