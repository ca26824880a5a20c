import { describe, expect, it } from 'vitest'
import { classifyLine } from '../../../src/main/preflight/ffmpeg-log'
import { analyzePushLog } from '../../../src/main/preflight/ffmpeg-push'

// Recorded from the static 4.x build and Debian's 5.1 pushing rtmps through stunnel with
// `-tls_verify 1 -ca_file … -verifyhost push.example.test` (same text in both; addresses vary).
const NAME_MISMATCH = [
  '[tcp @ 0x3bbff740] Starting connection attempt to 127.0.0.1 port 44444',
  '[tcp @ 0x3bbff740] Successfully connected to 127.0.0.1 port 44444',
  "[tls @ 0x3bbff940] The certificate's owner does not match hostname push.example.test",
  '[rtmps @ 0x3bbfffc0] Cannot open connection tls://127.0.0.1:44444',
  'rtmps://127.0.0.1:44444/live/cam?txSecret=c9b93c01dbe731bd98b62ca82560e12c&txTime=6B158FB8: Input/output error'
]
const UNTRUSTED = [
  '[tcp @ 0x556a8dccd6c0] Successfully connected to 127.0.0.1 port 44443',
  '[tls @ 0x556a8dcce6c0] Peer certificate failed verification',
  '[rtmps @ 0x556a8dccf980] Cannot open connection tls://127.0.0.1:44443',
  'rtmps://127.0.0.1:44443/live/cam?txSecret=c9b93c01dbe731bd98b62ca82560e12c&txTime=6B158FB8: Input/output error'
]

describe('ffmpeg TLS verification lines', () => {
  it('classifies the name mismatch and the failed verification', () => {
    expect(classifyLine(NAME_MISMATCH[2])).toEqual([{ kind: 'end', end: 'tls-name-mismatch' }])
    expect(classifyLine(UNTRUSTED[1])).toEqual([{ kind: 'end', end: 'tls-verify-failed' }])
  })

  it('the TLS line, not the later "Cannot open connection", ends the push; the secret is redacted', () => {
    for (const [lines, kind] of [
      [NAME_MISMATCH, 'tls-name-mismatch'],
      [UNTRUSTED, 'tls-verify-failed']
    ] as const) {
      const { code, evidence } = analyzePushLog(lines.join('\n') + '\n', { code: 1, signal: null }, 3)
      expect(evidence.end?.kind).toBe(kind)
      // TCP connected, then TLS failed: the handshake stage, never "could not connect".
      expect(code).toBe('push-handshake-failed')
      expect(JSON.stringify(evidence)).not.toContain('c9b93c01dbe731bd98b62ca82560e12c')
    }
  })
})
