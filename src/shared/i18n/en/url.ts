/**
 * English texts of the offline push-URL analysis: parse errors and notes, expiry, signature
 * (and its named mistakes), txHost and the URL generator. Each says what is wrong and how to fix
 * it; `{{placeholders}}` are filled from the result's params/evidence. Placeholders the UI
 * computes: expiry `when` = formatExpiry(evidence.expiresAt, now, locale) and `meant` =
 * formatDate(evidence.reinterpretedAt); signature `algorithm` = evidence.matched.algorithm,
 * `prefix` = evidence.txSecretPrefix, `mistake` = the filled `signature-mistake-<mistake>` text
 * (its `detail` = evidence.mistakeDetail).
 */
import type {
  ExpiryCode,
  GenerateErrorCode,
  SignatureCode,
  SignatureMistake,
  TxHostCode,
  UrlErrorCode,
  UrlNoteCode
} from '../../push-url'

/** Parse errors (the URL cannot be used) and notes (usable, but worth knowing). */
export const urlMessages: Record<
  Exclude<UrlErrorCode | UrlNoteCode, `url-srt-${string}`>,
  string
> = {
  'url-empty':
    'Paste the push URL (it starts with rtmp://). You find it in Tencent’s console push address generator.',
  'url-too-long':
    'This is {{length}} characters long; a push URL is normally under 200 (limit {{max}}). Something extra was pasted: copy the push address again from Tencent’s console push address generator.',
  'url-control-chars':
    'There is an invisible character ({{char}}) at position {{index}}, usually a line break or zero-width space picked up when copying. Delete it, or paste the URL again as plain text.',
  'url-bad-scheme':
    'This address starts with “{{scheme}}://”, but a push address starts with rtmp://, rtmps:// or srt://. http(s) and .flv/.m3u8 addresses are for watching, not pushing; webrtc:// is a push protocol this check does not test yet. Copy the RTMP push address from Tencent’s console push address generator.',
  'url-no-scheme':
    'The address does not start with rtmp://. Did you mean {{suggestion}}…? Add “rtmp://” at the start.',
  'url-no-host':
    'The push domain is missing after rtmp://. It should look like rtmp://<push-domain>/live/<StreamName>.',
  'url-bad-host':
    '“{{host}}” is not a valid push domain or IP address: a domain has only letters, digits, dots and hyphens (IPv6 addresses go in square brackets, like rtmp://[2001:db8::1]/live/…). Copy the push domain exactly as Tencent’s console shows it.',
  'url-bad-port':
    'The port “{{port}}” is not a valid port (1–65535). Leave it out to use the default (1935 for rtmp://, 443 for rtmps://).',
  'url-no-app':
    'The AppName is missing: a Tencent push URL looks like rtmp://<push-domain>/live/<StreamName>. Add the AppName (usually “live”) before the stream name.',
  'url-no-stream':
    'The StreamName is missing after “/{{app}}/”. Add the stream name (and its ?txSecret=…&txTime=… part), or in OBS put it in the Stream Key field.',
  'url-inner-spaces':
    'There is a space inside the address at position {{index}}. Push URLs never contain spaces: remove it (it often comes from copying across two lines).',
  'url-key-pasted-twice':
    'The stream name or its ?txSecret=…&txTime=… part appears twice: it was pasted twice. Keep one copy: rtmp://<push-domain>/live/<StreamName>?txSecret=…&txTime=….',
  'url-server-has-stream':
    'The Server field already contains the stream name {{stream}} or its ?txSecret=… part. In OBS, Server is only rtmp://<push-domain>/live/ and everything after it goes into Stream Key.',
  'url-bad-query':
    'The parameter “{{param}}” after the “?” is malformed (a broken %-escape or a missing name). Copy the push URL again from Tencent’s console push address generator.',
  'url-bad-encoding':
    'The stream name “{{stream}}” contains a broken %-escape. Use a stream name of letters, digits, “_” and “-” only.',
  'url-double-slash':
    'The path has an empty part (two slashes in a row, or a slash at the end) near position {{index}}. Remove the extra “/”.',
  'url-obs-no-server':
    'The Server field is empty. In OBS it is rtmp://<push-domain>/live/ (the part of the push URL before the stream name).',
  'url-obs-no-key':
    'The Stream Key field is empty. In OBS it is everything after rtmp://<push-domain>/live/: <StreamName>?txSecret=…&txTime=….',
  'url-key-is-url':
    'The Stream Key field contains a whole rtmp:// address. Put only the part after rtmp://<push-domain>/live/ there: <StreamName>?txSecret=…&txTime=….',
  'url-trimmed':
    'Spaces or line breaks around the address were removed. Make sure your encoder’s field has none either.',
  'url-encoded-name':
    'The stream name is %-encoded (“{{raw}}” means “{{decoded}}”). Tencent may sign and match the name differently from what the encoder sends: prefer a stream name of letters, digits, “_” and “-”.',
  'url-no-query':
    'There is no ?txSecret=…&txTime=… part. Tencent push domains require it unless push authentication is switched off: generate the address in Tencent’s console push address generator.',
  'url-app-in-stream':
    'The stream name “{{stream}}” contains a “/”, so it probably includes the AppName. Tencent’s AppName is “{{app}}” and the StreamName is only the part after it; in OBS put the AppName in Server, not in Stream Key.',
  'url-obs-joined': 'Server and Stream Key were joined into one push URL, as OBS does.',
  'url-default-port':
    'No port given: the default port {{port}} is used. This is the port a venue firewall must allow.',
  'url-nested-app':
    'The path has more than two parts: it will be sent as AppName “{{app}}” and StreamName “{{stream}}”. Tencent uses a one-part AppName (usually “live”): check the path.',
  'url-param-case':
    'The parameter “{{found}}” must be written “{{expected}}”: Tencent reads the names exactly, so this one is ignored.',
  'url-empty-query-value':
    'The parameter {{param}} is empty. Generate the address again in Tencent’s console push address generator.'
}

/** Expiry (txTime) results. */
export const expiryMessages: Record<ExpiryCode, string> = {
  'expiry-ok': 'The URL stays valid until {{when}}: long enough for reconnects during the show.',
  'expiry-short':
    'The URL expires {{when}}, in less than 12 hours. A push that is running survives expiry, but a reconnect after a network drop will be refused. Generate a URL valid for 12–24 hours in Tencent’s console push address generator.',
  'expiry-shorter-than-show':
    'The URL expires {{when}}, before your planned show (plus a safety margin) ends. A reconnect late in the show will be refused: generate a URL that stays valid longer.',
  'expiry-expired':
    'The URL {{when}}. Tencent refuses new pushes with it (error 501, txTime expired). Generate a new URL in Tencent’s console push address generator.',
  'expiry-missing':
    'The URL has no txTime. Tencent refuses the push (error 500) unless push authentication is off for this domain. Generate the address in Tencent’s console push address generator.',
  'expiry-decimal':
    'txTime “{{txTime}}” looks like decimal Unix seconds ({{meant}}), but Tencent reads it as hexadecimal, which is a date centuries away; Tencent may refuse it. txTime must be the hexadecimal Unix time, e.g. 5C271099.',
  'expiry-milliseconds':
    'txTime “{{txTime}}” looks like milliseconds ({{meant}}), but Tencent expects seconds in hexadecimal; Tencent may refuse it. Divide by 1000 and write it in hex, or use Tencent’s console push address generator.',
  'expiry-bad-format':
    'txTime “{{txTime}}” is not a hexadecimal Unix time (digits 0–9 and letters A–F only, e.g. 5C271099). Generate the address again in Tencent’s console push address generator.',
  'expiry-skipped-no-url': 'Not checked: the URL could not be read.'
}

/** Signature (txSecret) results. */
export const signatureMessages: Record<SignatureCode, string> = {
  'signature-ok': 'txSecret matches your primary key ({{algorithm}}).',
  'signature-ok-backup':
    'txSecret matches your backup key ({{algorithm}}). That works; if you rotated keys, new URLs will use the primary key.',
  'signature-form-ok':
    'txSecret looks right ({{form}}). Enter your push key (it stays on this computer) to check that it is computed correctly.',
  'signature-missing':
    'The URL has no txSecret. Tencent refuses the push (error 502) unless push authentication is off for this domain. Generate the address in Tencent’s console push address generator.',
  'signature-bad-form':
    'txSecret “{{prefix}}…” is not a signature: it must be 32 hexadecimal characters (MD5) or 64 (SHA256). Copy the whole URL again from Tencent’s console push address generator.',
  'signature-wrong':
    'txSecret does not match the key you entered (primary or backup, MD5 or SHA256): Tencent will refuse the push (error 503). Check that the key is this domain’s current push key and that the URL was not edited after signing, or generate a new one in Tencent’s console push address generator.',
  'signature-mistake':
    'txSecret was computed the wrong way: {{mistake}} Fix the code or tool that builds the URL, or use Tencent’s console push address generator.',
  'signature-skipped-no-url': 'Not checked: the URL could not be read.'
}

/** The named signature mistakes, completing `signature-mistake`. */
export const signatureMistakeMessages: Record<`signature-mistake-${SignatureMistake}`, string> = {
  'signature-mistake-app-in-stream':
    'the signed name was “{{detail}}”, which mixes the AppName and the StreamName. Sign only the StreamName: MD5(key + StreamName + txTime).',
  'signature-mistake-txtime-case':
    'txTime was signed in {{detail}} case but the URL has different letters. The hash covers txTime exactly as written: use the same text in both (Tencent uses upper case).',
  'signature-mistake-txtime-decimal':
    'txTime was signed as “{{detail}}” but the URL has another spelling of the same time. Sign and send the same hexadecimal text.',
  'signature-mistake-trailing-space':
    'a space or line break was signed along with the key or the stream name ({{detail}}). Remove stray spaces from the key and the stream name before hashing.',
  'signature-mistake-url-encoded-name':
    'the %-encoded stream name “{{detail}}” was signed. Sign the plain name, or better use a stream name of letters, digits, “_” and “-”.',
  'signature-mistake-decoded-name':
    'a decoded form of the stream name (“{{detail}}”) was signed. Sign exactly the StreamName that is in the URL.',
  'signature-mistake-wrong-algorithm':
    'it was made with {{detail}} instead of MD5 (or SHA256) of key + StreamName + txTime.',
  'signature-mistake-wrong-order':
    'the ingredients were hashed in the wrong order ({{detail}}). The order is key + StreamName + txTime.'
}

/** txHost (push to a raw IP) results. */
export const txHostMessages: Record<TxHostCode, string> = {
  'txhost-not-needed': 'The URL uses a domain name, so txHost is not needed.',
  'txhost-ok':
    'Pushing to the IP address {{host}} with txHost={{txHost}}: Tencent can tell which domain this push is for.',
  'txhost-not-a-name':
    'txHost is “{{txHost}}”, which is not a domain name. It must be your push domain, e.g. &txHost=push.example.com.',
  'txhost-missing':
    'The URL pushes to the IP address {{host}} without &txHost=<push-domain>. Tencent refuses such pushes: add &txHost= with your push domain, or use the push domain instead of the IP.',
  'txhost-skipped-no-url': 'Not checked: the URL could not be read.'
}

/** Push URL generator errors. */
export const generatorMessages: Record<GenerateErrorCode, string> = {
  'gen-no-domain': 'Enter the push domain (Tencent console → Domain Management, the push domain).',
  'gen-bad-domain':
    'The push domain must be a domain name only, like push.example.com: no rtmp://, no path, no IP address.',
  'gen-no-app': 'Enter the AppName (usually “live”).',
  'gen-bad-app': 'The AppName may contain only letters, digits, “_” and “-” (usually “live”).',
  'gen-no-stream': 'Enter a StreamName.',
  'gen-bad-stream':
    'Use a StreamName of letters, digits, “_”, “-” and “.” only: other characters need URL-encoding, which breaks the signature.',
  'gen-no-key':
    'Enter the push key (Tencent console → Domain Management → your push domain → Push Configuration → Authentication). It stays on this computer.',
  'gen-bad-key':
    'The push key contains spaces or invisible characters. Copy it again from Tencent’s console.',
  'gen-bad-expiry': 'Choose a valid expiry time (Tencent recommends 12–24 hours from now).',
  'gen-expiry-past': 'The expiry time is in the past. Choose a time 12–24 hours from now.'
}
