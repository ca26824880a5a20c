/**
 * Unit tests of the differential diagnosis on hand-built check results: every rule, the ranking,
 * the verdict, the notes — and the invariants that matter most: never `confirmed` without the
 * evidence that shows it, and a failed step never ends in "ready" or "works, with warnings"
 * without a cause.
 */
import { describe, expect, it } from 'vitest'
import {
  diagnose,
  rankCauses,
  verdictOf,
  type DiagnoseContext,
  type Diagnosis
} from '../../../src/main/preflight/diagnose'
import { DNS_CODE_STATUS, type DnsCode, type DnsResult } from '../../../src/shared/dns'
import type { FfmpegCode } from '../../../src/shared/ffmpeg'
import type {
  HandshakeCode,
  HandshakeResult,
  PortCode,
  PortResult
} from '../../../src/shared/network'
import {
  PUSH_CODES,
  type PushCode,
  type PushEvidence,
  type PushResult
} from '../../../src/shared/push'
import type {
  ExpiryCode,
  ExpiryResult,
  SignatureCode,
  SignatureEvidence,
  SignatureResult,
  TxHostCode,
  TxHostResult
} from '../../../src/shared/push-url'
import {
  CAUSE_IDS,
  type Cause,
  type CauseId,
  type FfmpegResult,
  type ReportChecks
} from '../../../src/shared/report'
import type { CheckStatus } from '../../../src/shared/result'
import {
  PUBLISH_PROBE_CODES,
  type PublishProbeCode,
  type PublishProbeEvidence,
  type PublishProbeResult,
  type ServerStatus
} from '../../../src/shared/rtmp'
import type { TransportEntry } from '../../../src/shared/transport'
import { pushUrlFor } from '../../fixtures/rtmp-ingest-push'

// ── Builders of check results (only the fields the diagnosis reads are filled in) ────────────
const timing = { startedAt: 0, durationMs: 1 }

function expiry(code: ExpiryCode): ExpiryResult {
  const status: Record<ExpiryCode, CheckStatus> = {
    'expiry-ok': 'pass',
    'expiry-short': 'warn',
    'expiry-shorter-than-show': 'warn',
    'expiry-expired': 'fail',
    'expiry-missing': 'warn',
    'expiry-decimal': 'warn',
    'expiry-milliseconds': 'warn',
    'expiry-bad-format': 'fail',
    'expiry-skipped-no-url': 'skipped'
  }
  return {
    id: 'expiry',
    status: status[code],
    code,
    timing,
    evidence: { authDeltaSec: 0, thresholdMs: 0 }
  }
}

function signature(
  code: SignatureCode,
  evidence: Partial<SignatureEvidence> = {}
): SignatureResult {
  const status: Record<SignatureCode, CheckStatus> = {
    'signature-ok': 'pass',
    'signature-ok-backup': 'pass',
    'signature-form-ok': 'pass',
    'signature-missing': 'warn',
    'signature-bad-form': 'fail',
    'signature-wrong': 'fail',
    'signature-mistake': 'fail',
    'signature-skipped-no-url': 'skipped'
  }
  const keyGiven = [
    'signature-ok',
    'signature-ok-backup',
    'signature-wrong',
    'signature-mistake'
  ].includes(code)
  return {
    id: 'signature',
    status: status[code],
    code,
    timing,
    evidence: { keyGiven, form: 'md5', ...evidence }
  }
}

function txHost(code: TxHostCode): TxHostResult {
  const status: CheckStatus = code === 'txhost-missing' ? 'warn' : 'pass'
  return { id: 'txhost', status, code, timing, evidence: { host: '127.0.0.1', hostKind: 'ipv4' } }
}

function ffmpeg(code: FfmpegCode): FfmpegResult {
  const ok = code === 'ffmpeg-ok'
  return {
    id: 'ffmpeg',
    status: ok ? 'pass' : 'fail',
    code,
    timing,
    evidence: {
      code,
      path: ok ? '/usr/bin/ffmpeg' : undefined,
      hasRtmp: ok,
      hasLibx264: ok,
      hasAac: ok,
      tried: []
    }
  }
}

function dns(code: DnsCode): DnsResult {
  return {
    id: 'dns',
    status: DNS_CODE_STATUS[code],
    code,
    timing,
    evidence: {
      host: 'live.example.test',
      chain: ['live.example.test'],
      addresses: { v4: ['127.0.0.1'], v6: [] },
      lookups: []
    }
  }
}

function port(code: PortCode): PortResult {
  const status: CheckStatus =
    code === 'port-open' ? 'pass' : code === 'port-cancelled' ? 'skipped' : 'fail'
  return {
    id: 'port',
    status,
    code,
    timing,
    evidence: { ip: '127.0.0.1', port: 1935, timeoutMs: 5000, connectMs: 1 }
  }
}

function handshake(code: HandshakeCode): HandshakeResult {
  const status: CheckStatus =
    code === 'handshake-ok' ? 'pass' : code === 'handshake-cancelled' ? 'skipped' : 'fail'
  return {
    id: 'handshake',
    status,
    code,
    timing,
    evidence: { ip: '127.0.0.1', port: 1935, timeoutMs: 5000, bytesReceived: 3073 }
  }
}

function probe(code: PublishProbeCode, status?: ServerStatus): PublishProbeResult {
  const s: CheckStatus =
    code === 'publish-accepted' ? 'pass' : code === 'publish-cancelled' ? 'skipped' : 'fail'
  const evidence: PublishProbeEvidence = {
    ip: '127.0.0.1',
    port: 1935,
    tcUrl: 'rtmp://live.example.test:1935/live',
    app: 'live',
    publishName: 'show1?txSecret=abcd…&txTime=6A000000',
    stage: 'done',
    replies: [],
    repliesTruncated: false,
    bytesRead: 4000,
    mediaMessagesSent: 0,
    ...(status ? { status } : {})
  }
  return { id: 'publish-probe', status: s, code, timing, evidence }
}

function push(code: PushCode, evidence: Partial<PushEvidence> = {}): PushResult {
  const ok = code === 'push-ok'
  const accepted = ok || code === 'push-dropped'
  const base: PushEvidence = {
    ffmpegPath: '/usr/bin/ffmpeg',
    args: [],
    output: 'rtmp://127.0.0.1:1935/live/x',
    windowSec: 8,
    rwTimeoutMs: 5000,
    watchdogMs: 21000,
    timeline: [],
    publishStartSeen: accepted,
    accepted,
    sustained: ok,
    mediaSec: ok ? 8 : 0,
    progress: [],
    exit: { code: ok ? 0 : 1, signal: null, atMs: 9000 },
    stderrTail: []
  }
  const status: CheckStatus = ok ? 'pass' : code === 'push-cancelled' ? 'skipped' : 'fail'
  return { id: 'test-push', status, code, timing, evidence: { ...base, ...evidence } }
}

/** A run where every step passed, with a key and a probe-stream push. */
function healthy(overrides: Partial<ReportChecks> = {}): ReportChecks {
  return {
    parse: {
      ok: true,
      url: pushUrlFor('live.example.test', 1935, 'live', 'show1?txSecret=abcdef&txTime=6A000000'),
      notes: []
    },
    expiry: expiry('expiry-ok'),
    signature: signature('signature-ok', { matched: { key: 'primary', algorithm: 'md5' } }),
    txHost: txHost('txhost-not-needed'),
    ffmpeg: ffmpeg('ffmpeg-ok'),
    dns: dns('dns-tencent-cname'),
    port: port('port-open'),
    handshake: handshake('handshake-ok'),
    publishProbe: probe('publish-accepted'),
    testPush: push('push-ok'),
    ...overrides
  }
}

/** A run without a key: offline signature check only by form, publish-only probe, no media push. */
function healthyNoKey(overrides: Partial<ReportChecks> = {}): ReportChecks {
  return healthy({ signature: signature('signature-form-ok'), testPush: undefined, ...overrides })
}

const WITH_KEY: DiagnoseContext = { keyGiven: true, pushTarget: 'probe', noPush: false }
const NO_KEY: DiagnoseContext = { keyGiven: false, pushTarget: 'none', noPush: false }
const NO_KEY_REAL: DiagnoseContext = { keyGiven: false, pushTarget: 'real', noPush: false }

/**
 * Runs the diagnosis and checks what must hold for any input: every cause points at evidence
 * that exists in the checks with that very code, causes are ranked, the verdict follows them.
 */
function dx(checks: ReportChecks, ctx: DiagnoseContext): Diagnosis {
  const d = diagnose(checks, ctx)
  const byName = checks as unknown as Record<string, { code: string } | undefined>
  for (const c of d.causes) {
    expect(CAUSE_IDS).toContain(c.id)
    expect(c.evidence.length, `${c.id}/${c.reason} has no evidence`).toBeGreaterThan(0)
    for (const e of c.evidence)
      expect(byName[e.check]?.code, `${c.id} cites ${e.check}`).toBe(e.code)
  }
  expect(d.causes).toEqual(rankCauses(d.causes))
  if (d.causes.some((c) => c.severity === 'fail')) expect(d.verdict).toBe('not-ready')
  if (d.verdict === 'ready') {
    expect(d.causes).toEqual([])
    expect(checks.testPush?.code).toBe('push-ok')
  }
  // Only one cause per id: two entries for one cause would contradict each other.
  expect(new Set(d.causes.map((c) => c.id)).size).toBe(d.causes.length)
  return d
}

function find(d: Diagnosis, id: CauseId): Cause | undefined {
  return d.causes.find((c) => c.id === id)
}

function ids(d: Diagnosis): string[] {
  return d.causes.map((c) => `${c.id}:${c.severity}:${c.confidence}`)
}

// ── Ranking and verdict ───────────────────────────────────────────────────────────────────────
describe('rankCauses and verdictOf', () => {
  const c = (id: CauseId, severity: Cause['severity'], confidence: Cause['confidence']): Cause => ({
    id,
    severity,
    confidence,
    reason: 'rejected-silently',
    evidence: [{ check: 'publishProbe', code: 'y' }]
  })

  it('ranks fail before warn, then confirmed > likely > possible, then Tencent’s step order', () => {
    const ranked = rankCauses([
      c('cname', 'warn', 'confirmed'),
      c('stream-in-use', 'fail', 'possible'),
      c('signature', 'fail', 'possible'),
      c('network', 'fail', 'likely'),
      c('ffmpeg', 'fail', 'confirmed'),
      c('expiry', 'fail', 'confirmed')
    ])
    expect(ranked.map((x) => x.id)).toEqual([
      'expiry',
      'ffmpeg',
      'network',
      'signature',
      'stream-in-use',
      'cname'
    ])
  })

  it('does not change its input', () => {
    const input = [c('ffmpeg', 'warn', 'possible'), c('cname', 'fail', 'confirmed')]
    rankCauses(input)
    expect(input[0].id).toBe('ffmpeg')
  })

  it('verdict: any fail → not-ready; warn only or no media proof → warnings; else ready', () => {
    expect(
      verdictOf([c('cname', 'warn', 'possible'), c('network', 'fail', 'possible')], true)
    ).toBe('not-ready')
    expect(verdictOf([c('cname', 'warn', 'confirmed')], true)).toBe('warnings')
    expect(verdictOf([], false)).toBe('warnings')
    expect(verdictOf([], true)).toBe('ready')
  })
})

describe('diagnose: healthy runs and notes', () => {
  it('everything passed with a sustained probe-stream push → ready, no causes, no notes', () => {
    const d = dx(healthy(), WITH_KEY)
    expect(d).toEqual({ causes: [], verdict: 'ready', notes: [] })
  })

  it('accepted but the push did not sustain the window (no push code ok) is never ready', () => {
    const d = dx(healthy({ testPush: push('push-ok', { sustained: false }) }), WITH_KEY)
    expect(d.verdict).not.toBe('ready')
  })

  it('no key: publish-only probe accepted, no media push → warnings with the note why', () => {
    const d = dx(healthyNoKey(), NO_KEY)
    expect(d.causes).toEqual([])
    expect(d.verdict).toBe('warnings')
    expect(d.notes).toEqual([{ code: 'note.push-skipped-no-key' }])
  })

  it('--no-push → warnings, note push-skipped-by-user', () => {
    const d = dx(healthyNoKey(), { keyGiven: true, pushTarget: 'none', noPush: true })
    expect(d.verdict).toBe('warnings')
    expect(d.notes).toEqual([{ code: 'note.push-skipped-by-user' }])
  })

  it('no key, --push-real-stream, sustained push to the real name → ready', () => {
    const d = dx(healthy({ signature: signature('signature-form-ok') }), NO_KEY_REAL)
    expect(d.verdict).toBe('ready')
  })

  it('a push was wanted but never ran → note push-skipped-earlier-failure', () => {
    const d = dx(healthy({ testPush: undefined, ffmpeg: ffmpeg('ffmpeg-not-found') }), WITH_KEY)
    expect(d.notes).toContainEqual({ code: 'note.push-skipped-earlier-failure' })
  })

  it('stopped before the publish probe without a failing cause → note probe-not-run', () => {
    const d = dx(
      healthy({
        port: undefined,
        handshake: undefined,
        publishProbe: undefined,
        testPush: undefined,
        dns: dns('dns-bad-server')
      }),
      NO_KEY
    )
    expect(d.notes).toContainEqual({ code: 'note.probe-not-run' })
    expect(d.verdict).not.toBe('ready')
  })

  it('an unparsable URL is not-ready, never "works, with warnings"', () => {
    const d = dx(
      {
        parse: { ok: false, code: 'url-no-host' },
        expiry: expiry('expiry-skipped-no-url'),
        signature: signature('signature-skipped-no-url'),
        txHost: txHost('txhost-skipped-no-url')
      },
      NO_KEY
    )
    expect(d.verdict).toBe('not-ready')
  })
})

// ── The heart: rejected at publish ────────────────────────────────────────────────────────────
describe('diagnose: rejected at publish', () => {
  it.each(['publish-rejected-closed-no-status', 'publish-rejected-closed-after-start'] as const)(
    'no key, txTime valid, no server status (%s) ⇒ signature AND stream-in-use, both possible, with what tells them apart',
    (code) => {
      const d = dx(healthyNoKey({ publishProbe: probe(code) }), NO_KEY)
      expect(ids(d)).toEqual(['signature:fail:possible', 'stream-in-use:fail:possible'])
      for (const c of d.causes) {
        expect(c.reason).toBe('rejected-silently')
        expect(c.tellApart).toEqual(['tell.enter-key', 'tell.live-streams'])
      }
      expect(d.verdict).toBe('not-ready')
    }
  )

  it('a status that names neither cause (e.g. "Forbidden") ⇒ still both possible, with the server’s words', () => {
    const status: ServerStatus = {
      level: 'error',
      code: 'NetStream.Publish.Rejected',
      description: 'Forbidden',
      via: 'onStatus'
    }
    const d = dx(healthyNoKey({ publishProbe: probe('publish-rejected-status', status) }), NO_KEY)
    expect(ids(d)).toEqual(['signature:fail:possible', 'stream-in-use:fail:possible'])
    expect(d.causes[0]).toMatchObject({
      reason: 'rejected-status',
      params: { status: 'NetStream.Publish.Rejected Forbidden' }
    })
    expect(d.causes[0].tellApart).toEqual(['tell.enter-key', 'tell.live-streams'])
  })

  it.each([
    [
      'nginx-rtmp',
      {
        level: 'error',
        code: 'NetStream.Publish.BadName',
        description: 'Already publishing',
        via: 'onStatus'
      }
    ],
    [
      'Tencent-style errcode',
      {
        level: 'error',
        code: 'NetStream.Publish.Rejected',
        description: 'errcode 601 too many pushers',
        via: 'onStatus'
      }
    ],
    [
      'a busy stream',
      {
        level: 'error',
        code: 'NetStream.Publish.Failed',
        description: 'stream is busy',
        via: 'onStatus'
      }
    ]
  ] as const)(
    'server status naming it (%s) ⇒ stream-in-use confirmed, even without a key',
    (_name, status) => {
      const d = dx(
        healthyNoKey({ publishProbe: probe('publish-rejected-status', { ...status }) }),
        NO_KEY
      )
      expect(ids(d)).toEqual(['stream-in-use:fail:confirmed'])
      expect(d.causes[0]).toMatchObject({ reason: 'in-use-status' })
      expect(String(d.causes[0].params?.status)).toContain(status.description)
    }
  )

  it('ffmpeg’s "Server error: Already publishing" on a push to the real name ⇒ stream-in-use confirmed', () => {
    const checks = healthy({
      signature: signature('signature-form-ok'),
      testPush: push('push-server-error', { serverError: 'Already publishing' })
    })
    const d = dx(checks, NO_KEY_REAL)
    expect(ids(d)).toEqual(['stream-in-use:fail:confirmed'])
    expect(d.causes[0].params).toEqual({ status: 'Already publishing' })
  })

  it('key given + probe stream accepted + real name rejected ⇒ stream-in-use confirmed (in use or disabled)', () => {
    const d = dx(healthy({ publishProbe: probe('publish-rejected-closed-no-status') }), WITH_KEY)
    expect(ids(d)).toEqual(['stream-in-use:fail:confirmed'])
    expect(d.causes[0].reason).toBe('in-use-probe')
    expect(d.causes[0].evidence.map((e) => e.check)).toEqual(['publishProbe', 'testPush'])
  })

  it('key given and right, but no media push to compare ⇒ both possible, only the console tells apart', () => {
    const d = dx(
      healthy({ publishProbe: probe('publish-rejected-closed-no-status'), testPush: undefined }),
      { ...WITH_KEY, pushTarget: 'none', noPush: true }
    )
    expect(ids(d)).toEqual(['signature:fail:possible', 'stream-in-use:fail:possible'])
    expect(d.causes[0].tellApart).toEqual(['tell.live-streams'])
  })

  it('key given, probe stream rejected as well ⇒ not stream-in-use confirmed', () => {
    const d = dx(
      healthy({
        publishProbe: probe('publish-rejected-closed-no-status'),
        testPush: push('push-rejected-at-publish')
      }),
      WITH_KEY
    )
    expect(find(d, 'stream-in-use')?.confidence).not.toBe('confirmed')
    expect(d.verdict).toBe('not-ready')
  })

  it('expired txTime ⇒ expiry confirmed, not signature or stream-in-use (with or without a key)', () => {
    for (const [checks, ctx] of [
      [
        healthyNoKey({
          expiry: expiry('expiry-expired'),
          publishProbe: probe('publish-rejected-closed-after-start')
        }),
        NO_KEY
      ],
      [
        healthy({
          expiry: expiry('expiry-expired'),
          publishProbe: probe('publish-rejected-closed-after-start')
        }),
        WITH_KEY
      ]
    ] as const) {
      const d = dx(checks, ctx)
      expect(ids(d)).toEqual(['expiry:fail:confirmed'])
      expect(d.causes[0].reason).toBe('expiry-expired')
    }
  })

  it('expired and the key shows a wrong signature ⇒ expiry confirmed first, signature too', () => {
    const d = dx(
      healthy({
        expiry: expiry('expiry-expired'),
        signature: signature('signature-wrong'),
        publishProbe: probe('publish-rejected-closed-no-status'),
        testPush: push('push-ok')
      }),
      WITH_KEY
    )
    expect(d.causes[0]).toMatchObject({ id: 'expiry', confidence: 'confirmed' })
    expect(find(d, 'signature')?.severity).toBe('fail')
    expect(find(d, 'stream-in-use')).toBeUndefined()
  })

  it.each(['signature-wrong', 'signature-mistake'] as const)(
    'key given, %s, rejected ⇒ signature confirmed with that reason',
    (code) => {
      const d = dx(
        healthy({
          signature: signature(code, { mistake: 'app-in-stream' }),
          publishProbe: probe('publish-rejected-closed-after-start')
        }),
        WITH_KEY
      )
      expect(ids(d)).toEqual(['signature:fail:confirmed'])
      expect(d.causes[0].reason).toBe(code)
    }
  )

  it.each(['signature-missing', 'signature-bad-form'] as const)(
    'no key, %s, rejected ⇒ signature likely (not confirmed: no key)',
    (code) => {
      const d = dx(
        healthyNoKey({
          signature: signature(code),
          publishProbe: probe('publish-rejected-closed-no-status')
        }),
        NO_KEY
      )
      expect(ids(d)).toEqual(['signature:fail:likely'])
      expect(d.causes[0].reason).toBe(code)
    }
  )

  it('a server status naming in-use wins over a wrong signature', () => {
    const status: ServerStatus = {
      level: 'error',
      code: 'NetStream.Publish.BadName',
      description: 'Already publishing',
      via: 'onStatus'
    }
    const d = dx(
      healthy({
        signature: signature('signature-wrong'),
        publishProbe: probe('publish-rejected-status', status),
        testPush: push('push-ok')
      }),
      WITH_KEY
    )
    expect(d.causes[0]).toMatchObject({ id: 'stream-in-use', confidence: 'confirmed' })
  })
})

// ── Expiry and signature on their own ─────────────────────────────────────────────────────────
describe('diagnose: the URL itself (offline findings)', () => {
  it('expired yet accepted (an AuthDelta grace) ⇒ expiry warning, confirmed', () => {
    const d = dx(healthy({ expiry: expiry('expiry-expired') }), WITH_KEY)
    expect(ids(d)).toEqual(['expiry:warn:confirmed'])
    expect(d.causes[0].reason).toBe('expiry-expired-accepted')
    expect(d.verdict).toBe('warnings')
  })

  it('expired with nothing reached (port refused) ⇒ expiry fail confirmed beside the network cause', () => {
    const d = dx(
      healthy({
        expiry: expiry('expiry-expired'),
        port: port('port-refused'),
        handshake: undefined,
        publishProbe: undefined,
        testPush: undefined
      }),
      WITH_KEY
    )
    expect(ids(d)).toEqual(['network:fail:confirmed', 'expiry:fail:confirmed'])
  })

  it.each([
    ['expiry-short', 'confirmed'],
    ['expiry-shorter-than-show', 'confirmed'],
    ['expiry-decimal', 'likely'],
    ['expiry-milliseconds', 'likely']
  ] as const)(
    '%s on a working push ⇒ expiry warning (%s), verdict warnings',
    (code, confidence) => {
      const d = dx(healthy({ expiry: expiry(code) }), WITH_KEY)
      expect(ids(d)).toEqual([`expiry:warn:${confidence}`])
      expect(d.verdict).toBe('warnings')
    }
  )

  it('key given, signature wrong, yet the server accepted ⇒ signature warning, possible (auth off / other key)', () => {
    const d = dx(healthy({ signature: signature('signature-wrong') }), WITH_KEY)
    expect(ids(d)).toEqual(['signature:warn:possible'])
    expect(d.verdict).toBe('warnings')
  })

  it('key given and wrong for this domain: real name accepted, probe stream refused ⇒ a warning about the key, not a failing push', () => {
    const d = dx(
      healthy({
        signature: signature('signature-wrong'),
        testPush: push('push-rejected-at-publish')
      }),
      WITH_KEY
    )
    expect(ids(d)).toEqual(['signature:warn:likely'])
    expect(d.causes[0]).toMatchObject({
      reason: 'probe-stream-rejected',
      evidence: [{ check: 'testPush', code: 'push-rejected-at-publish' }]
    })
    expect(d.verdict).toBe('warnings')
  })

  it('key right (reproduces txSecret), real name accepted, probe stream refused ⇒ only a possible warning', () => {
    const d = dx(healthy({ testPush: push('push-rejected-at-publish') }), WITH_KEY)
    expect(ids(d)).toEqual(['signature:warn:possible'])
  })

  it('real name refused at connect, probe stream refused ⇒ not signature confirmed', () => {
    const d = dx(
      healthy({
        publishProbe: probe('publish-connect-rejected'),
        testPush: push('push-rejected-at-connect')
      }),
      WITH_KEY
    )
    expect(find(d, 'signature')).toMatchObject({
      confidence: 'possible',
      reason: 'probe-stream-rejected'
    })
    expect(d.verdict).toBe('not-ready')
  })

  it('real name refused, key wrong, probe stream refused ⇒ signature confirmed (recomputed with the key)', () => {
    const d = dx(
      healthy({
        signature: signature('signature-wrong'),
        publishProbe: probe('publish-connect-rejected'),
        testPush: push('push-rejected-at-publish')
      }),
      WITH_KEY
    )
    expect(find(d, 'signature')).toMatchObject({ severity: 'fail', confidence: 'confirmed' })
  })

  it('no signature but the server accepted (authentication off) ⇒ no signature cause', () => {
    const d = dx(healthyNoKey({ signature: signature('signature-missing') }), NO_KEY)
    expect(find(d, 'signature')).toBeUndefined()
  })

  it('no signature and nothing reached ⇒ signature warning, possible', () => {
    const d = dx(
      healthyNoKey({
        signature: signature('signature-missing'),
        port: port('port-filtered'),
        handshake: undefined,
        publishProbe: undefined
      }),
      NO_KEY
    )
    expect(ids(d)).toEqual(['network:fail:likely', 'signature:warn:possible'])
  })

  it('push to the real name rejected (probe accepted first), no key ⇒ both possible; expired ⇒ expiry confirmed', () => {
    const base = {
      signature: signature('signature-form-ok'),
      testPush: push('push-rejected-at-publish')
    }
    expect(ids(dx(healthy(base), NO_KEY_REAL))).toEqual([
      'signature:fail:possible',
      'stream-in-use:fail:possible'
    ])
    expect(ids(dx(healthy({ ...base, expiry: expiry('expiry-expired') }), NO_KEY_REAL))).toEqual([
      'expiry:fail:confirmed'
    ])
    expect(
      ids(
        dx(healthy({ ...base, signature: signature('signature-wrong') }), {
          ...NO_KEY_REAL,
          keyGiven: true
        })
      )
    ).toEqual(['signature:fail:confirmed'])
  })
})

// ── DNS, txHost ───────────────────────────────────────────────────────────────────────────────
describe('diagnose: DNS and txHost (cname)', () => {
  const unreached = {
    port: undefined,
    handshake: undefined,
    publishProbe: undefined,
    testPush: undefined
  }

  it.each([
    'dns-nxdomain',
    'dns-cname-target-nxdomain',
    'dns-no-addresses',
    'dns-chain-loop',
    'dns-chain-too-long'
  ] as const)('%s ⇒ cname fail confirmed', (code) => {
    const d = dx(healthy({ dns: dns(code), ...unreached }), WITH_KEY)
    expect(ids(d)).toEqual(['cname:fail:confirmed'])
    expect(d.causes[0].reason).toBe(code)
  })

  it.each(['dns-no-cname', 'dns-foreign-cname'] as const)(
    '%s with a working push ⇒ cname warning, possible',
    (code) => {
      const d = dx(healthy({ dns: dns(code) }), WITH_KEY)
      expect(ids(d)).toEqual(['cname:warn:possible'])
      expect(d.verdict).toBe('warnings')
    }
  )

  it.each(['dns-no-cname', 'dns-foreign-cname'] as const)(
    '%s and the publish refused ⇒ cname fail, likely',
    (code) => {
      const d = dx(
        healthyNoKey({ dns: dns(code), publishProbe: probe('publish-rejected-closed-no-status') }),
        NO_KEY
      )
      expect(find(d, 'cname')).toMatchObject({ severity: 'fail', confidence: 'likely' })
    }
  )

  it('CNAME to Tencent’s playback name ⇒ cname warning, likely', () => {
    expect(ids(dx(healthy({ dns: dns('dns-tencent-play-cname') }), WITH_KEY))).toEqual([
      'cname:warn:likely'
    ])
  })

  it.each(['dns-servfail', 'dns-timeout', 'dns-refused', 'dns-error'] as const)(
    '%s ⇒ this network’s DNS: network likely',
    (code) => {
      const d = dx(healthy({ dns: dns(code), ...unreached }), WITH_KEY)
      expect(ids(d)).toEqual(['network:fail:likely'])
      expect(d.causes[0].reason).toBe('dns-failing')
    }
  )

  it.each(['dns-tencent-cname', 'dns-tencent-host', 'dns-raw-ip'] as const)(
    '%s ⇒ no cause',
    (code) => {
      expect(dx(healthy({ dns: dns(code) }), WITH_KEY).causes).toEqual([])
    }
  )

  it('raw IP without txHost: warning when accepted, likely failure when refused', () => {
    expect(
      ids(dx(healthy({ dns: dns('dns-raw-ip'), txHost: txHost('txhost-missing') }), WITH_KEY))
    ).toEqual(['cname:warn:possible'])
    const refused = dx(
      healthyNoKey({
        dns: dns('dns-raw-ip'),
        txHost: txHost('txhost-missing'),
        publishProbe: probe('publish-rejected-closed-no-status')
      }),
      NO_KEY
    )
    expect(find(refused, 'cname')).toMatchObject({
      severity: 'fail',
      confidence: 'likely',
      reason: 'txhost-missing'
    })
  })
})

// ── Network ───────────────────────────────────────────────────────────────────────────────────
describe('diagnose: port, handshake, RTMP session (network)', () => {
  const after = { handshake: undefined, publishProbe: undefined, testPush: undefined }

  it.each([
    ['port-refused', 'confirmed'],
    ['port-filtered', 'likely'],
    ['port-unreachable', 'likely'],
    ['port-error', 'possible']
  ] as const)('%s ⇒ network %s', (code, confidence) => {
    const d = dx(healthy({ port: port(code), ...after }), WITH_KEY)
    expect(ids(d)).toEqual([`network:fail:${confidence}`])
    expect(d.causes[0].reason).toBe(code)
    expect(d.notes).toContainEqual({ code: 'note.push-skipped-earlier-failure' })
  })

  it.each([
    ['handshake-http', 'confirmed'],
    ['handshake-garbage', 'confirmed'],
    ['handshake-bad-version', 'confirmed'],
    ['handshake-silent', 'likely'],
    ['handshake-closed', 'likely'],
    ['handshake-reset', 'likely']
  ] as const)('%s ⇒ network %s', (code, confidence) => {
    const d = dx(
      healthy({ handshake: handshake(code), publishProbe: undefined, testPush: undefined }),
      WITH_KEY
    )
    expect(ids(d)).toEqual([`network:fail:${confidence}`])
  })

  it.each([
    'publish-timeout-silent',
    'publish-not-rtmp',
    'publish-protocol-error',
    'publish-tcp-failed'
  ] as const)('publish probe %s ⇒ network likely', (code) => {
    const d = dx(healthyNoKey({ publishProbe: probe(code) }), NO_KEY)
    expect(ids(d)).toEqual(['network:fail:likely'])
    expect(d.causes[0].reason).toBe('publish-network')
  })

  it.each(['push-connect-failed', 'push-timeout-silent', 'push-handshake-failed'] as const)(
    'media push %s after an accepted probe ⇒ network likely',
    (code) => {
      const d = dx(healthy({ testPush: push(code) }), WITH_KEY)
      expect(ids(d)).toEqual(['network:fail:likely'])
      expect(d.causes[0].reason).toBe('push-network')
    }
  )

  it.each([
    'publish-connect-rejected',
    'publish-create-stream-rejected',
    'publish-closed-before-publish'
  ] as const)(
    '%s ⇒ the app or domain is refused: cname possible, with the server’s words',
    (code) => {
      const status: ServerStatus | undefined =
        code === 'publish-closed-before-publish'
          ? undefined
          : {
              level: 'error',
              code: 'NetConnection.Connect.Rejected',
              description: 'domain disabled',
              via: '_error'
            }
      const d = dx(healthyNoKey({ publishProbe: probe(code, status) }), NO_KEY)
      expect(ids(d)).toEqual(['cname:fail:possible'])
      expect(d.causes[0].reason).toBe('connect-rejected')
      expect(d.verdict).toBe('not-ready')
    }
  )
})

// ── Push outcome, ffmpeg ──────────────────────────────────────────────────────────────────────
describe('diagnose: media push outcome and ffmpeg', () => {
  it('accepted, then cut during the window ⇒ stream-dropped confirmed', () => {
    const d = dx(healthy({ testPush: push('push-dropped', { mediaSec: 2 }) }), WITH_KEY)
    expect(ids(d)).toEqual(['stream-dropped:fail:confirmed'])
  })

  it.each([
    'ffmpeg-not-found',
    'ffmpeg-broken',
    'ffmpeg-missing-features',
    'ffmpeg-env-path-invalid'
  ] as const)('%s with a push wanted ⇒ ffmpeg confirmed', (code) => {
    const d = dx(healthy({ ffmpeg: ffmpeg(code), testPush: undefined }), WITH_KEY)
    expect(ids(d)).toEqual(['ffmpeg:fail:confirmed'])
    expect(d.causes[0].reason).toBe('ffmpeg-unusable')
  })

  it('ffmpeg missing but no push wanted ⇒ no ffmpeg cause', () => {
    expect(
      find(dx(healthyNoKey({ ffmpeg: ffmpeg('ffmpeg-not-found') }), NO_KEY), 'ffmpeg')
    ).toBeUndefined()
  })

  it.each([
    ['push-spawn-failed', 'confirmed'],
    // The push's catch-all for an exit it could not explain: the tool is only likely at fault.
    ['push-ffmpeg-crashed', 'likely']
  ] as const)('%s ⇒ ffmpeg crashed, %s', (code, confidence) => {
    const d = dx(healthy({ testPush: push(code) }), WITH_KEY)
    expect(ids(d)).toEqual([`ffmpeg:fail:${confidence}`])
    expect(d.causes[0].reason).toBe('ffmpeg-crashed')
  })
})

// ── Invariants over every combination ─────────────────────────────────────────────────────────
describe('diagnose: invariants over all probe × push × URL combinations', () => {
  const expiries: ExpiryCode[] = ['expiry-ok', 'expiry-expired', 'expiry-short']
  const sigs: SignatureCode[] = [
    'signature-ok',
    'signature-form-ok',
    'signature-wrong',
    'signature-missing'
  ]
  const probes = PUBLISH_PROBE_CODES.filter((c) => c !== 'publish-cancelled')
  const pushes: Array<PushCode | undefined> = [
    undefined,
    ...PUSH_CODES.filter((c) => c !== 'push-cancelled')
  ]
  const ctxs: DiagnoseContext[] = [WITH_KEY, NO_KEY, NO_KEY_REAL]
  const PUSH_REFUSED: PushCode[] = [
    'push-rejected-at-publish',
    'push-rejected-at-connect',
    'push-server-error'
  ]

  it('a failed step is never ready nor without a cause; confirmed only with evidence that shows it', () => {
    let runs = 0
    for (const e of expiries)
      for (const s of sigs)
        for (const p of probes)
          for (const t of pushes)
            for (const ctx of ctxs) {
              if (ctx.pushTarget === 'none' && t !== undefined) continue
              const keyGiven = ctx.keyGiven
              if (!keyGiven && (s === 'signature-ok' || s === 'signature-wrong')) continue
              const checks = healthy({
                expiry: expiry(e),
                signature: signature(s),
                publishProbe: probe(p),
                testPush: t ? push(t) : undefined
              })
              const d = dx(checks, { ...ctx, keyGiven })
              runs++
              const label = `${e} ${s} ${p} ${t} ${ctx.pushTarget}`
              // The one exception: the real name was accepted and only the probe stream, signed
              // with the entered key, was refused — the URL works, the key is the suspect.
              const onlyProbeStreamRefused =
                p === 'publish-accepted' &&
                ctx.pushTarget === 'probe' &&
                t !== undefined &&
                PUSH_REFUSED.includes(t)
              if (onlyProbeStreamRefused) {
                expect(d.verdict, label).toBe('warnings')
                expect(find(d, 'signature'), label).toMatchObject({
                  severity: 'warn',
                  confidence: s === 'signature-wrong' ? 'likely' : 'possible',
                  reason: 'probe-stream-rejected'
                })
              } else if (p !== 'publish-accepted' || (t !== undefined && t !== 'push-ok')) {
                expect(d.verdict, label).toBe('not-ready')
                expect(
                  d.causes.some((c) => c.severity === 'fail'),
                  label
                ).toBe(true)
              }
              for (const c of d.causes.filter((x) => x.confidence === 'confirmed')) {
                // What may confirm each cause: its own check's code.
                if (c.id === 'expiry') expect(e, label).not.toBe('expiry-ok')
                if (c.id === 'expiry' && c.severity === 'fail')
                  expect(e, label).toBe('expiry-expired')
                if (c.id === 'signature')
                  expect(['signature-wrong', 'signature-mistake'], label).toContain(s)
                if (c.id === 'signature') expect(keyGiven, label).toBe(true)
                if (c.id === 'stream-in-use') {
                  // No server status here: only the probe-stream comparison can confirm it.
                  expect(ctx.pushTarget, label).toBe('probe')
                  // Accepted = Publish.Start held; a later drop does not undo that.
                  expect(['push-ok', 'push-dropped'], label).toContain(t)
                }
              }
              // The honest pair: rejected, no key, txTime valid, no status.
              if (
                !keyGiven &&
                e !== 'expiry-expired' &&
                s === 'signature-form-ok' &&
                p.startsWith('publish-rejected-closed') &&
                (t === undefined || t !== 'push-server-error')
              ) {
                expect(find(d, 'signature')?.confidence, label).toBe('possible')
                expect(find(d, 'stream-in-use')?.confidence, label).toBe('possible')
                expect(find(d, 'signature')?.tellApart, label).toContain('tell.enter-key')
              }
            }
    expect(runs).toBeGreaterThan(500)
  })
})

describe('another protocol works where RTMP is blocked', () => {
  const row = (
    transport: 'rtmps' | 'srt',
    ok: boolean,
    media: TransportEntry['media'] = 'sustained'
  ): TransportEntry => ({
    transport,
    host: 'push.example.com',
    port: transport === 'srt' ? 9000 : 443,
    protocol: transport === 'srt' ? 'udp' : 'tcp',
    ok,
    code: ok ? 'transport-ok' : 'tcp-filtered',
    params: {},
    url: '',
    obs: { server: '', streamKey: '' },
    media,
    steps: [],
    durationMs: 1
  })
  const blocked = (): ReportChecks =>
    healthy({
      port: port('port-filtered'),
      handshake: undefined,
      publishProbe: undefined,
      testPush: undefined
    })

  it('RTMP filtered + RTMPS works ⇒ a network warning naming RTMPS, and "works, with warnings"', () => {
    const d = diagnose(blocked(), {
      ...WITH_KEY,
      alternatives: [row('rtmps', true), row('srt', false)]
    })
    const net = find(d, 'network')
    expect(net).toMatchObject({
      severity: 'warn',
      confidence: 'likely',
      reason: 'network-other-transport',
      params: {
        transport: 'RTMPS',
        wayPort: 443,
        wayProtocol: 'TCP',
        blockedReason: 'port-filtered'
      }
    })
    expect(d.verdict).toBe('warnings')
    expect(d.causes.some((c) => c.severity === 'fail')).toBe(false)
  })

  it('only SRT works ⇒ SRT is named', () => {
    const d = diagnose(blocked(), {
      ...WITH_KEY,
      alternatives: [row('rtmps', false), row('srt', true, 'not-tested-no-support')]
    })
    expect(find(d, 'network')).toMatchObject({
      severity: 'warn',
      params: { transport: 'SRT', wayProtocol: 'UDP' }
    })
    expect(d.verdict).toBe('warnings')
  })

  it('nothing else works ⇒ the network failure stands', () => {
    const d = diagnose(blocked(), {
      ...WITH_KEY,
      alternatives: [row('rtmps', false), row('srt', false)]
    })
    expect(find(d, 'network')).toMatchObject({ severity: 'fail', reason: 'port-filtered' })
    expect(d.verdict).toBe('not-ready')
  })

  it('RTMP not tried and nothing else works ⇒ a network failure, not "works, with warnings"', () => {
    const checks = healthy({
      port: undefined,
      handshake: undefined,
      publishProbe: undefined,
      testPush: undefined
    })
    const d = diagnose(checks, { ...WITH_KEY, alternatives: [row('rtmps', false)] })
    expect(find(d, 'network')).toMatchObject({ severity: 'fail', reason: 'no-transport-works' })
    expect(d.verdict).toBe('not-ready')
  })

  it('RTMP works ⇒ alternatives change nothing', () => {
    const a = diagnose(healthy(), WITH_KEY)
    const b = diagnose(healthy(), {
      ...WITH_KEY,
      alternatives: [row('rtmps', false), row('srt', false)]
    })
    expect(b).toEqual(a)
  })
})
