/**
 * The differential diagnosis: from every check result to a ranked list of causes and a verdict.
 * Pure — no I/O, no clock — so every rule is tested on hand-built evidence.
 *
 * The rules: causes come from evidence, and `confirmed` is used only when the evidence shows the
 * cause (a server status naming it, a locally recomputed signature that differs, a txTime in the
 * past, a refused port). Where the evidence cannot separate causes (rejected at publish, no key,
 * txTime valid, no status) both are listed as `possible` with what tells them apart.
 */
import {
  isDiagnosisReason,
  type DiagnosisReason,
  type EvidenceCheck,
  type TellApartKey
} from '../../shared/diagnosis-codes'
import type {
  Cause,
  CauseId,
  Confidence,
  EvidenceRef,
  ReportChecks,
  ReportNote,
  Verdict
} from '../../shared/report'
import { CAUSE_IDS } from '../../shared/report'
import type { TransportEntry } from '../../shared/transport'
import type { CheckResult } from '../../shared/result'
import { applyTencentApi } from './diagnose-tencent'
import type { PublishProbeCode } from '../../shared/rtmp'
import type { PushCode } from '../../shared/push'

/** Facts about the run that the checks alone do not carry. */
export interface DiagnoseContext {
  keyGiven: boolean
  /** Where the media push went. */
  pushTarget: 'probe' | 'real' | 'none'
  /** Whether the user asked for no media push at all. */
  noPush: boolean
  /** The ladder's RTMPS and SRT rows, when they were tried. */
  alternatives?: readonly TransportEntry[]
}

/** The diagnosis: ranked causes, the verdict, and notes that are not causes. */
export interface Diagnosis {
  causes: Cause[]
  verdict: Verdict
  notes: ReportNote[]
}

/** Publish-probe codes meaning "the server refused this stream name at publish". */
export const REJECTED_AT_PUBLISH: ReadonlySet<PublishProbeCode> = new Set<PublishProbeCode>([
  'publish-rejected-status',
  'publish-rejected-closed-after-start',
  'publish-rejected-closed-no-status'
])
/** Publish-probe codes meaning the network path, not the URL, failed. */
export const PROBE_NETWORK: ReadonlySet<PublishProbeCode> = new Set<PublishProbeCode>([
  'publish-timeout-silent',
  'publish-not-rtmp',
  'publish-protocol-error',
  'publish-tcp-failed'
])
/** Media-push codes meaning the network path failed. */
const PUSH_NETWORK: ReadonlySet<PushCode> = new Set<PushCode>([
  'push-connect-failed',
  'push-timeout-silent',
  'push-handshake-failed'
])
/** Media-push codes meaning the server refused the push. */
export const PUSH_REJECTED: ReadonlySet<PushCode> = new Set<PushCode>([
  'push-rejected-at-publish',
  'push-rejected-at-connect',
  'push-server-error'
])

/**
 * Server words that name "someone is already publishing this stream" (nginx-rtmp: "Already
 * publishing"; Tencent/SRS: BadName / too many pushers, errcode 601/602) or "disabled" (305).
 */
// Not "forbidden": servers use it for auth failures too (HTTP-style "403 Forbidden"), and a
// wrong `confirmed` is the worst outcome; such a status gets the honest "one of two" instead.
const IN_USE_WORDS =
  /already publishing|badname|stream.*(in use|busy|exists)|too many|disabled|\b60[12]\b|\b305\b/i

/** The evidence a cause points to: one check's code (nothing when the check did not run). */
function ref(
  check: EvidenceCheck,
  r: CheckResult | undefined,
  params?: Record<string, string | number>
): EvidenceRef[] {
  return r ? [{ check, code: r.code, ...(params ? { params } : {}) }] : []
}

const CONFIDENCE_RANK: Record<Confidence, number> = { confirmed: 0, likely: 1, possible: 2 }
/** Rank: severity, then confidence, then Tencent's order of causes. */
export function rankCauses(causes: Cause[]): Cause[] {
  return [...causes].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'fail' ? -1 : 1) ||
      CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
      CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id)
  )
}

/** The verdict follows the worst cause; "ready" also needs a sustained media push. */
export function verdictOf(causes: Cause[], mediaProven: boolean): Verdict {
  if (causes.some((c) => c.severity === 'fail')) return 'not-ready'
  if (causes.length > 0 || !mediaProven) return 'warnings'
  return 'ready'
}

/**
 * RTMP blocked here but another protocol works: the network cause is no longer a failure but a
 * warning whose fix is that protocol (the first that works, in ladder order: RTMPS, then SRT).
 */
function otherWayOut(causes: Cause[], altWorks: readonly TransportEntry[]): void {
  const way = altWorks[0]
  if (!way) return
  for (const c of causes) {
    if (c.id !== 'network' || c.severity !== 'fail' || c.reason === 'dns-failing') continue
    // The confidence stays that of "RTMP is blocked"; that the other protocol works is shown.
    c.severity = 'warn'
    c.params = {
      ...c.params,
      blockedReason: c.reason,
      transport: way.transport.toUpperCase(),
      wayPort: way.port,
      wayProtocol: way.protocol.toUpperCase()
    }
    c.reason = 'network-other-transport'
    c.evidence = [
      ...c.evidence,
      { check: 'transports', code: way.code, params: { transport: way.transport } }
    ]
  }
}

/** What the rules read: the checks, the run's facts, and what they add up to, worked out once. */
interface Findings {
  checks: ReportChecks
  ctx: DiagnoseContext
  probe: ReportChecks['publishProbe']
  push: ReportChecks['testPush']
  probeCode?: PublishProbeCode
  /** The server refused the real stream name at publish. */
  realRejected: boolean
  /** The server accepted the real stream name (the probe, or a media push to it). */
  realAccepted: boolean
  /** The ladder's rows that work. */
  altWorks: readonly TransportEntry[]
  /** Media was pushed and held, on RTMP or another way. */
  mediaProven: boolean
  /** The server's status at publish, as one line ('' without one). */
  statusText: string
  pushServerError: string
  expiryFail: boolean
  /** A key was given and it does not reproduce the URL's signature. */
  sigWrongWithKey: boolean
  sigAbsent: boolean
  /** The probe stream name, signed with the user's key, was accepted. */
  probeStreamAccepted: boolean
  /** The server's words say the stream name is in use (or disabled). */
  serverSaysInUse: boolean
}

/** Adds one cause to the list. */
type AddCause = (
  id: CauseId,
  severity: 'fail' | 'warn',
  confidence: Confidence,
  reason: DiagnosisReason,
  evidence: EvidenceRef[],
  extra?: Partial<Pick<Cause, 'params' | 'tellApart'>>
) => void

/** The readings every rule group shares. */
function findingsOf(checks: ReportChecks, ctx: DiagnoseContext): Findings {
  const { expiry, signature, publishProbe: probe, testPush: push } = checks
  const probeCode = probe?.code
  const realRejected = probeCode !== undefined && REJECTED_AT_PUBLISH.has(probeCode)
  const realAccepted =
    probeCode === 'publish-accepted' || (ctx.pushTarget === 'real' && !!push?.evidence.accepted)
  const altWorks = (ctx.alternatives ?? []).filter((t) => t.ok)
  const mediaProven =
    (push?.code === 'push-ok' && push.evidence.sustained) ||
    altWorks.some((t) => t.media === 'sustained')
  const serverStatus = probe?.evidence.status
  const statusText = serverStatus
    ? [serverStatus.code, serverStatus.description].filter(Boolean).join(' ')
    : ''
  const pushServerError = push?.evidence.serverError ?? ''
  const sigCode = signature?.code
  return {
    checks,
    ctx,
    probe,
    push,
    probeCode,
    realRejected,
    realAccepted,
    altWorks,
    mediaProven,
    statusText,
    pushServerError,
    expiryFail: expiry?.code === 'expiry-expired',
    sigWrongWithKey:
      ctx.keyGiven && (sigCode === 'signature-wrong' || sigCode === 'signature-mistake'),
    sigAbsent: sigCode === 'signature-missing' || sigCode === 'signature-bad-form',
    probeStreamAccepted:
      ctx.pushTarget === 'probe' &&
      (!!push?.evidence.accepted || checks.probeStreamPublish?.code === 'publish-accepted'),
    serverSaysInUse:
      (statusText !== '' && IN_USE_WORDS.test(statusText)) || IN_USE_WORDS.test(pushServerError)
  }
}

/** ffmpeg: only matters when a media push was wanted. */
function ffmpegCauses(f: Findings, add: AddCause): void {
  const { ffmpeg } = f.checks
  const push = f.push
  if (ffmpeg && ffmpeg.code !== 'ffmpeg-ok' && f.ctx.pushTarget !== 'none') {
    add('ffmpeg', 'fail', 'confirmed', 'ffmpeg-unusable', ref('ffmpeg', ffmpeg))
  }
  if (push && (push.code === 'push-spawn-failed' || push.code === 'push-ffmpeg-crashed')) {
    // A failed spawn is certain; "crashed" is ffmpeg-push's catch-all for an exit it could not
    // explain from the log, so it is only likely to be the tool's fault.
    const confidence = push.code === 'push-spawn-failed' ? 'confirmed' : 'likely'
    add('ffmpeg', 'fail', confidence, 'ffmpeg-crashed', ref('testPush', push))
  }
}

/** DNS: cname (the domain's DNS) or network (this network's DNS); and the txHost parameter. */
function dnsCauses(f: Findings, add: AddCause): void {
  const { dns, txHost } = f.checks
  if (dns) {
    const c = dns.code
    const worked = f.realAccepted || f.mediaProven || f.altWorks.length > 0
    const e = ref('dns', dns)
    if (
      c === 'dns-nxdomain' ||
      c === 'dns-cname-target-nxdomain' ||
      c === 'dns-no-addresses' ||
      c === 'dns-chain-loop' ||
      c === 'dns-chain-too-long'
    ) {
      add('cname', 'fail', 'confirmed', c, e)
    } else if (c === 'dns-no-cname' || c === 'dns-foreign-cname') {
      // The push can still work (a non-Tencent ingest, or DNS served differently): then it is a
      // warning; when the push failed too, the missing CNAME is a likely reason.
      if (worked) add('cname', 'warn', 'possible', c, e)
      else add('cname', 'fail', 'likely', c, e)
    } else if (c === 'dns-tencent-play-cname') {
      add('cname', 'warn', 'likely', c, e)
    } else if (
      c === 'dns-servfail' ||
      c === 'dns-timeout' ||
      c === 'dns-refused' ||
      c === 'dns-error'
    ) {
      add('network', 'fail', 'likely', 'dns-failing', e)
    }
  }
  if (txHost?.code === 'txhost-missing' || txHost?.code === 'txhost-not-a-name') {
    const severity = f.realRejected ? 'fail' : 'warn'
    const confidence = f.realRejected ? 'likely' : 'possible'
    add('cname', severity, confidence, txHost.code, ref('txHost', txHost))
  }
}

/** Port, handshake, and a probe or push that never reached the server: network. */
function networkCauses(f: Findings, add: AddCause): void {
  const { port, handshake } = f.checks
  const { probe, push, probeCode } = f
  if (port && port.status === 'fail' && isDiagnosisReason(port.code)) {
    const confidence: Confidence =
      port.code === 'port-refused'
        ? 'confirmed'
        : port.code === 'port-error'
          ? 'possible'
          : 'likely'
    add('network', 'fail', confidence, port.code, ref('port', port))
  } else if (handshake && handshake.status === 'fail' && isDiagnosisReason(handshake.code)) {
    const notRtmp =
      handshake.code === 'handshake-http' ||
      handshake.code === 'handshake-garbage' ||
      handshake.code === 'handshake-bad-version'
    const confidence = notRtmp ? 'confirmed' : 'likely'
    add('network', 'fail', confidence, handshake.code, ref('handshake', handshake))
  } else if (probeCode && PROBE_NETWORK.has(probeCode)) {
    add('network', 'fail', 'likely', 'publish-network', ref('publishProbe', probe))
  } else if (push && PUSH_NETWORK.has(push.code) && !f.realRejected) {
    add('network', 'fail', 'likely', 'push-network', ref('testPush', push))
  }
  if (
    probeCode === 'publish-connect-rejected' ||
    probeCode === 'publish-create-stream-rejected' ||
    probeCode === 'publish-closed-before-publish'
  ) {
    // `_error` on connect: the app name or the domain is refused (Tencent 303: domain disabled).
    // A close after connect/createStream, before publish could be sent, is the same refusal
    // without words.
    const params = { status: f.statusText }
    add('cname', 'fail', 'possible', 'connect-rejected', ref('publishProbe', probe), { params })
  }
}

/** Signature or stream in use, both possible: what the evidence cannot separate. */
function eitherCause(
  add: AddCause,
  reason: DiagnosisReason,
  evidence: EvidenceRef[],
  extra: Partial<Pick<Cause, 'params' | 'tellApart'>>
): void {
  add('signature', 'fail', 'possible', reason, evidence, extra)
  add('stream-in-use', 'fail', 'possible', reason, evidence, extra)
}

/** The real stream name refused at publish: which cause? */
function publishRejectionCauses(f: Findings, add: AddCause): void {
  const { expiry, signature, probeStreamPublish: probeStream } = f.checks
  const { probe, push, statusText } = f
  const status = { status: statusText }
  if (f.serverSaysInUse && (f.realRejected || (push && PUSH_REJECTED.has(push.code)))) {
    const evidence = [...ref('publishProbe', probe), ...ref('testPush', push)]
    const params = { status: statusText || f.pushServerError }
    add('stream-in-use', 'fail', 'confirmed', 'in-use-status', evidence, { params })
  } else if (!f.realRejected) {
    return
  } else if (f.expiryFail) {
    add('expiry', 'fail', 'confirmed', 'expiry-expired', ref('expiry', expiry))
  } else if (f.sigWrongWithKey) {
    const reason = signature?.code === 'signature-mistake' ? 'signature-mistake' : 'signature-wrong'
    add('signature', 'fail', 'confirmed', reason, ref('signature', signature))
  } else if (f.sigAbsent) {
    const reason =
      signature?.code === 'signature-bad-form' ? 'signature-bad-form' : 'signature-missing'
    add('signature', 'fail', 'likely', reason, ref('signature', signature))
  } else if (f.probeStreamAccepted) {
    // Same key, same server, a fresh stream name works: only this stream name is refused.
    const evidence = [
      ...ref('publishProbe', probe),
      ...ref('probeStreamPublish', probeStream),
      ...ref('testPush', push)
    ]
    add('stream-in-use', 'fail', 'confirmed', 'in-use-probe', evidence, { params: status })
  } else if (statusText) {
    const tellApart: TellApartKey[] = ['tell.enter-key', 'tell.live-streams']
    eitherCause(add, 'rejected-status', ref('publishProbe', probe), { params: status, tellApart })
  } else {
    const tellApart: TellApartKey[] = f.ctx.keyGiven
      ? ['tell.live-streams']
      : ['tell.enter-key', 'tell.live-streams']
    eitherCause(add, 'rejected-silently', ref('publishProbe', probe), { tellApart })
  }
}

/** The media push refused (beyond network / ffmpeg / the real name's refusal, handled above). */
function pushRejectionCauses(f: Findings, add: AddCause): void {
  const { expiry, signature } = f.checks
  const push = f.push
  if (!push) return
  const wrongKey = (): void => {
    const reason = signature?.code === 'signature-mistake' ? 'signature-mistake' : 'signature-wrong'
    add('signature', 'fail', 'confirmed', reason, ref('signature', signature))
  }
  if (f.ctx.pushTarget === 'probe') {
    // The real name was accepted (or not probed) but the probe stream, signed with the user's
    // key, was refused. Real name accepted: the URL works and the key entered is the suspect (an
    // old key, another domain's) — a warning about the test, not a failing push.
    if (f.realAccepted) {
      // With a key that reproduces the URL's txSecret the key is not the suspect either: the
      // server may refuse unknown stream names. Possible, then.
      const confidence = f.sigWrongWithKey ? 'likely' : 'possible'
      add('signature', 'warn', confidence, 'probe-stream-rejected', ref('testPush', push))
    } else if (f.sigWrongWithKey) wrongKey()
    else add('signature', 'fail', 'possible', 'probe-stream-rejected', ref('testPush', push))
  } else if (f.expiryFail) {
    add('expiry', 'fail', 'confirmed', 'expiry-expired', ref('expiry', expiry))
  } else if (f.sigWrongWithKey) {
    wrongKey()
  } else {
    const tellApart: TellApartKey[] = ['tell.enter-key', 'tell.live-streams']
    eitherCause(add, 'rejected-silently', ref('testPush', push), { tellApart })
  }
}

/** The media push outcome: dropped, or refused. */
function pushCauses(f: Findings, add: AddCause): void {
  const push = f.push
  if (push?.code === 'push-dropped') {
    add('stream-dropped', 'fail', 'confirmed', 'push-dropped', ref('testPush', push))
  } else if (push && PUSH_REJECTED.has(push.code) && !f.realRejected && !f.serverSaysInUse) {
    pushRejectionCauses(f, add)
  }
}

/** The URL itself (offline): warnings, or failures nothing above explained. */
function urlCauses(f: Findings, causes: readonly Cause[], add: AddCause): void {
  const { expiry, signature } = f.checks
  const has = (id: CauseId): boolean => causes.some((c) => c.id === id)
  if (expiry && !has('expiry')) {
    if (f.expiryFail) {
      // Accepted although txTime passed: an AuthDelta grace is in effect; reconnects fail soon.
      const [severity, reason] = f.realAccepted
        ? (['warn', 'expiry-expired-accepted'] as const)
        : (['fail', 'expiry-expired'] as const)
      add('expiry', severity, 'confirmed', reason, ref('expiry', expiry))
    } else if (
      (expiry.status === 'warn' || expiry.status === 'fail') &&
      isDiagnosisReason(expiry.code)
    ) {
      const sure = expiry.code === 'expiry-short' || expiry.code === 'expiry-shorter-than-show'
      add('expiry', 'warn', sure ? 'confirmed' : 'likely', expiry.code, ref('expiry', expiry))
    }
  }
  const unsure = signature?.status !== 'pass' && signature?.status !== 'skipped'
  if (signature && !has('signature') && unsure && isDiagnosisReason(signature.code)) {
    if (f.sigWrongWithKey) {
      // The server accepted it anyway: authentication may be off, or the key is another domain's.
      const severity = f.realAccepted ? 'warn' : 'fail'
      const confidence = f.realAccepted ? 'possible' : 'likely'
      add('signature', severity, confidence, signature.code, ref('signature', signature))
    } else if (!f.realAccepted) {
      add('signature', 'warn', 'possible', signature.code, ref('signature', signature))
    }
  }
}

/** The clock (a skew makes every expiry shown, and every txTime signed here, off) and the uplink. */
function clockAndUplinkCauses(f: Findings, add: AddCause): void {
  const { clock, uplink } = f.checks
  if (clock?.code === 'clock-skewed') {
    const params = { skewSec: clock.evidence.skewSec ?? 0 }
    add('expiry', 'warn', 'confirmed', 'clock-skew', ref('clock', clock), { params })
  }
  // Can this network carry the planned bitrate?
  if (!uplink) return
  const e = uplink.evidence
  const params = {
    plannedKbps: e.plannedKbps ?? 0,
    sustainedKbps: e.sustainedKbps ?? 0,
    recommendedKbps: e.recommendedKbps ?? 0,
    speed: e.speed ?? ''
  }
  const u = ref('uplink', uplink)
  const code = uplink.code
  if (code === 'uplink-too-slow') add('uplink', 'fail', 'confirmed', code, u, { params })
  else if (code === 'uplink-encoder-too-slow') add('uplink', 'fail', 'likely', code, u, { params })
  else if (code === 'uplink-tight') add('uplink', 'warn', 'confirmed', code, u, { params })
  // The short test push worked and the longer one broke off: worth a warning, not a verdict.
  else if (code === 'uplink-push-failed') add('uplink', 'warn', 'possible', code, u, { params })
}

/** Notes: what was not tested, and why. */
function notesOf(f: Findings, causes: readonly Cause[]): ReportNote[] {
  const { ctx, probe, push } = f
  const probeStream = f.checks.probeStreamPublish
  const notes: ReportNote[] = []
  if (ctx.noPush) notes.push({ code: 'note.push-skipped-by-user' })
  else if (ctx.pushTarget === 'none' && !ctx.keyGiven && probe) {
    notes.push({ code: 'note.push-skipped-no-key' })
  } else if (probeStream) {
    const accepted = probeStream.code === 'publish-accepted'
    notes.push({ code: accepted ? 'note.probe-stream-accepted' : 'note.probe-stream-refused' })
  } else if (
    ctx.pushTarget !== 'none' &&
    !push &&
    !f.altWorks.some((t) => t.media === 'sustained')
  ) {
    notes.push({ code: 'note.push-skipped-earlier-failure' })
  }
  if (!probe && !causes.some((c) => c.severity === 'fail'))
    notes.push({ code: 'note.probe-not-run' })
  return notes
}

/** RTMP was not tried (transports without it) and none of the others works: that is the cause. */
function noTransportCause(f: Findings, add: AddCause): void {
  const alternatives = f.ctx.alternatives ?? []
  if (
    !f.checks.port &&
    alternatives.length > 0 &&
    f.altWorks.length === 0 &&
    alternatives.some((t) => t.code !== 'transport-dns-failed')
  ) {
    const evidence: EvidenceRef[] = alternatives.map((t) => ({
      check: 'transports',
      code: t.code,
      params: { transport: t.transport }
    }))
    add('network', 'fail', 'likely', 'no-transport-works', evidence)
  }
}

/** Diagnose a run from its checks. */
export function diagnose(checks: ReportChecks, ctx: DiagnoseContext): Diagnosis {
  const causes: Cause[] = []
  const add: AddCause = (id, severity, confidence, reason, evidence, extra = {}) => {
    causes.push({ id, severity, confidence, reason, evidence, ...extra })
  }
  const f = findingsOf(checks, ctx)
  // The groups run in this order: a cause found earlier is ranked first among its equals, and
  // the URL's own causes only add what the network evidence did not already explain.
  ffmpegCauses(f, add)
  dnsCauses(f, add)
  networkCauses(f, add)
  publishRejectionCauses(f, add)
  pushCauses(f, add)
  urlCauses(f, causes, add)
  clockAndUplinkCauses(f, add)
  const notes = notesOf(f, causes)
  // What Tencent's API said (when asked): confirms or replaces the readings above.
  applyTencentApi(causes, checks, f.realRejected)
  otherWayOut(causes, f.altWorks)
  noTransportCause(f, add)
  const ranked = rankCauses(causes)
  // An unusable URL has no cause of its own (the parse result says what is wrong), but it is
  // never "works, with warnings".
  const verdict = checks.parse.ok ? verdictOf(ranked, f.mediaProven) : 'not-ready'
  return { causes: ranked, verdict, notes }
}
