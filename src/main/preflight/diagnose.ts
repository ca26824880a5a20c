/**
 * The differential diagnosis: from every check result to a ranked list of causes and a verdict.
 * Pure — no I/O, no clock — so every rule is tested on hand-built evidence.
 *
 * Rules follow shared/MISSION.md "How the diagnosis works": causes come from evidence, and
 * `confirmed` is used only when the evidence shows the cause (a server status naming it, a
 * locally recomputed signature that differs, a txTime in the past, a refused port). Where the
 * evidence cannot separate causes (rejected at publish, no key, txTime valid, no status) both are
 * listed as `possible` with what tells them apart.
 */
import type { Cause, CauseId, Confidence, EvidenceRef, ReportChecks, ReportNote, Verdict } from '../../shared/report'
import { CAUSE_IDS } from '../../shared/report'
import type { TransportEntry } from '../../shared/transport'
import type { CheckResult } from '../../shared/result'
import { applyTencentApi } from './diagnose-tencent'

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
export const REJECTED_AT_PUBLISH: ReadonlySet<string> = new Set([
  'publish-rejected-status',
  'publish-rejected-closed-after-start',
  'publish-rejected-closed-no-status'
])
/** Publish-probe codes meaning the network path, not the URL, failed. */
export const PROBE_NETWORK: ReadonlySet<string> = new Set(['publish-timeout-silent', 'publish-not-rtmp', 'publish-protocol-error', 'publish-tcp-failed'])
/** Media-push codes meaning the network path failed. */
const PUSH_NETWORK = new Set(['push-connect-failed', 'push-timeout-silent', 'push-handshake-failed'])
/** Media-push codes meaning the server refused the push. */
export const PUSH_REJECTED: ReadonlySet<string> = new Set(['push-rejected-at-publish', 'push-rejected-at-connect', 'push-server-error'])

/**
 * Server words that name "someone is already publishing this stream" (nginx-rtmp: "Already
 * publishing"; Tencent/SRS: BadName / too many pushers, errcode 601/602) or "disabled" (305).
 */
// Not "forbidden": servers use it for auth failures too (HTTP-style "403 Forbidden"), and a
// wrong `confirmed` is the worst outcome; such a status gets the honest "one of two" instead.
const IN_USE_WORDS = /already publishing|badname|stream.*(in use|busy|exists)|too many|disabled|\b60[12]\b|\b305\b/i

function ref(check: string, r: CheckResult | undefined, params?: Record<string, string | number>): EvidenceRef[] {
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
    c.params = { ...c.params, blockedReason: c.reason, transport: way.transport.toUpperCase(), wayPort: way.port, wayProtocol: way.protocol.toUpperCase() }
    c.reason = 'network-other-transport'
    c.evidence = [...c.evidence, { check: 'transports', code: way.code, params: { transport: way.transport } }]
  }
}

/** Diagnose a run from its checks. */
export function diagnose(checks: ReportChecks, ctx: DiagnoseContext): Diagnosis {
  const causes: Cause[] = []
  const notes: ReportNote[] = []
  const add = (
    id: CauseId,
    severity: 'fail' | 'warn',
    confidence: Confidence,
    reason: string,
    evidence: EvidenceRef[],
    extra: Partial<Pick<Cause, 'params' | 'tellApart'>> = {}
  ): void => {
    causes.push({ id, severity, confidence, reason, evidence, ...extra })
  }

  const { expiry, signature, txHost, ffmpeg, dns, port, handshake, publishProbe: probe, testPush: push } = checks
  const probeCode = probe?.code
  const realRejected = probeCode !== undefined && REJECTED_AT_PUBLISH.has(probeCode)
  const realAccepted = probeCode === 'publish-accepted' || (ctx.pushTarget === 'real' && !!push?.evidence.accepted)
  const altWorks = (ctx.alternatives ?? []).filter((t) => t.ok)
  const mediaProven = (push?.code === 'push-ok' && push.evidence.sustained) || altWorks.some((t) => t.media === 'sustained')
  const serverStatus = probe?.evidence.status
  const statusText = serverStatus ? [serverStatus.code, serverStatus.description].filter(Boolean).join(' ') : ''
  const pushServerError = push?.evidence.serverError ?? ''

  // ── ffmpeg: only matters when a media push was wanted ──
  if (ffmpeg && ffmpeg.code !== 'ffmpeg-ok' && ctx.pushTarget !== 'none') {
    add('ffmpeg', 'fail', 'confirmed', 'ffmpeg-unusable', ref('ffmpeg', ffmpeg))
  }
  if (push && (push.code === 'push-spawn-failed' || push.code === 'push-ffmpeg-crashed')) {
    // A failed spawn is certain; "crashed" is ffmpeg-push's catch-all for an exit it could not
    // explain from the log, so it is only likely to be the tool's fault.
    add('ffmpeg', 'fail', push.code === 'push-spawn-failed' ? 'confirmed' : 'likely', 'ffmpeg-crashed', ref('testPush', push))
  }

  // ── DNS: cname (the domain's DNS) or network (this network's DNS) ──
  if (dns) {
    const c = dns.code
    const worked = realAccepted || mediaProven || altWorks.length > 0
    if (c === 'dns-nxdomain' || c === 'dns-cname-target-nxdomain' || c === 'dns-no-addresses' || c === 'dns-chain-loop' || c === 'dns-chain-too-long') {
      add('cname', 'fail', 'confirmed', c, ref('dns', dns))
    } else if (c === 'dns-no-cname' || c === 'dns-foreign-cname') {
      // The push can still work (a non-Tencent ingest, or DNS served differently): then it is a
      // warning; when the push failed too, the missing CNAME is a likely reason.
      if (worked) add('cname', 'warn', 'possible', c, ref('dns', dns))
      else add('cname', 'fail', 'likely', c, ref('dns', dns))
    } else if (c === 'dns-tencent-play-cname') {
      add('cname', 'warn', 'likely', c, ref('dns', dns))
    } else if (c === 'dns-servfail' || c === 'dns-timeout' || c === 'dns-refused' || c === 'dns-error') {
      add('network', 'fail', 'likely', 'dns-failing', ref('dns', dns))
    }
  }
  if (txHost?.code === 'txhost-missing' || txHost?.code === 'txhost-not-a-name') {
    add('cname', realRejected ? 'fail' : 'warn', realRejected ? 'likely' : 'possible', txHost.code, ref('txHost', txHost))
  }

  // ── Port and handshake: network ──
  if (port && port.status === 'fail') {
    const confidence: Confidence = port.code === 'port-refused' ? 'confirmed' : port.code === 'port-error' ? 'possible' : 'likely'
    add('network', 'fail', confidence, port.code, ref('port', port))
  } else if (handshake && handshake.status === 'fail') {
    const notRtmp = handshake.code === 'handshake-http' || handshake.code === 'handshake-garbage' || handshake.code === 'handshake-bad-version'
    add('network', 'fail', notRtmp ? 'confirmed' : 'likely', handshake.code, ref('handshake', handshake))
  } else if (probeCode && PROBE_NETWORK.has(probeCode)) {
    add('network', 'fail', 'likely', 'publish-network', ref('publishProbe', probe))
  } else if (push && PUSH_NETWORK.has(push.code) && !realRejected) {
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
    add('cname', 'fail', 'possible', 'connect-rejected', ref('publishProbe', probe), { params: { status: statusText } })
  }

  // ── Rejection at publish: which cause? ──
  const expiryFail = expiry?.code === 'expiry-expired'
  const sigWrongWithKey = ctx.keyGiven && (signature?.code === 'signature-wrong' || signature?.code === 'signature-mistake')
  const sigAbsent = signature?.code === 'signature-missing' || signature?.code === 'signature-bad-form'
  const probeStream = checks.probeStreamPublish
  const probeStreamAccepted =
    ctx.pushTarget === 'probe' && (!!push?.evidence.accepted || probeStream?.code === 'publish-accepted')
  const serverSaysInUse = (statusText !== '' && IN_USE_WORDS.test(statusText)) || IN_USE_WORDS.test(pushServerError)

  if (serverSaysInUse && (realRejected || (push && PUSH_REJECTED.has(push.code)))) {
    add('stream-in-use', 'fail', 'confirmed', 'in-use-status', [...ref('publishProbe', probe), ...ref('testPush', push)], {
      params: { status: statusText || pushServerError }
    })
  } else if (realRejected) {
    if (expiryFail) {
      add('expiry', 'fail', 'confirmed', 'expiry-expired', ref('expiry', expiry))
    } else if (sigWrongWithKey) {
      add('signature', 'fail', 'confirmed', signature?.code ?? 'signature-wrong', ref('signature', signature))
    } else if (sigAbsent) {
      add('signature', 'fail', 'likely', signature?.code ?? 'signature-missing', ref('signature', signature))
    } else if (probeStreamAccepted) {
      // Same key, same server, a fresh stream name works: only this stream name is refused.
      add('stream-in-use', 'fail', 'confirmed', 'in-use-probe', [...ref('publishProbe', probe), ...ref('probeStreamPublish', probeStream), ...ref('testPush', push)], {
        params: { status: statusText }
      })
    } else if (statusText) {
      add('signature', 'fail', 'possible', 'rejected-status', ref('publishProbe', probe), {
        params: { status: statusText },
        tellApart: ['tell.enter-key', 'tell.live-streams']
      })
      add('stream-in-use', 'fail', 'possible', 'rejected-status', ref('publishProbe', probe), {
        params: { status: statusText },
        tellApart: ['tell.enter-key', 'tell.live-streams']
      })
    } else {
      const tellApart = ctx.keyGiven ? ['tell.live-streams'] : ['tell.enter-key', 'tell.live-streams']
      add('signature', 'fail', 'possible', 'rejected-silently', ref('publishProbe', probe), { tellApart })
      add('stream-in-use', 'fail', 'possible', 'rejected-silently', ref('publishProbe', probe), { tellApart })
    }
  }

  // ── Media push outcome (beyond network / ffmpeg, handled above) ──
  if (push?.code === 'push-dropped') {
    add('stream-dropped', 'fail', 'confirmed', 'push-dropped', ref('testPush', push))
  } else if (push && PUSH_REJECTED.has(push.code) && !realRejected && !serverSaysInUse) {
    if (ctx.pushTarget === 'probe') {
      // The real name was accepted (or not probed) but the probe stream, signed with the user's key, was refused.
      // Real name accepted: the URL works and the key entered is the suspect (an old key, another
      // domain's) — a warning about the test, not a failing push.
      if (realAccepted) {
        // With a key that reproduces the URL's txSecret the key is not the suspect either: the
        // server may refuse unknown stream names. Possible, then.
        add('signature', 'warn', sigWrongWithKey ? 'likely' : 'possible', 'probe-stream-rejected', ref('testPush', push))
      } else if (sigWrongWithKey) add('signature', 'fail', 'confirmed', signature?.code ?? 'signature-wrong', ref('signature', signature))
      else add('signature', 'fail', 'possible', 'probe-stream-rejected', ref('testPush', push))
    } else if (expiryFail) {
      add('expiry', 'fail', 'confirmed', 'expiry-expired', ref('expiry', expiry))
    } else if (sigWrongWithKey) {
      add('signature', 'fail', 'confirmed', signature?.code ?? 'signature-wrong', ref('signature', signature))
    } else {
      const tellApart = ['tell.enter-key', 'tell.live-streams']
      add('signature', 'fail', 'possible', 'rejected-silently', ref('testPush', push), { tellApart })
      add('stream-in-use', 'fail', 'possible', 'rejected-silently', ref('testPush', push), { tellApart })
    }
  }

  // ── The URL itself (offline): warnings, or failures nothing above explained ──
  const has = (id: CauseId): boolean => causes.some((c) => c.id === id)
  if (expiry && !has('expiry')) {
    if (expiryFail) {
      // Accepted although txTime passed: an AuthDelta grace is in effect; reconnects fail soon.
      add('expiry', realAccepted ? 'warn' : 'fail', 'confirmed', realAccepted ? 'expiry-expired-accepted' : 'expiry-expired', ref('expiry', expiry))
    } else if (expiry.status === 'warn' || expiry.status === 'fail') {
      add('expiry', 'warn', expiry.code === 'expiry-short' || expiry.code === 'expiry-shorter-than-show' ? 'confirmed' : 'likely', expiry.code, ref('expiry', expiry))
    }
  }
  if (signature && !has('signature') && signature.status !== 'pass' && signature.status !== 'skipped') {
    if (sigWrongWithKey) {
      // The server accepted it anyway: authentication may be off, or the key is another domain's.
      add('signature', realAccepted ? 'warn' : 'fail', realAccepted ? 'possible' : 'likely', signature.code, ref('signature', signature))
    } else if (!realAccepted) {
      add('signature', 'warn', 'possible', signature.code, ref('signature', signature))
    }
  }

  // ── Clock: a skewed clock makes every expiry shown (and every txTime signed here) off ──
  const clock = checks.clock
  if (clock?.code === 'clock-skewed') {
    add('expiry', 'warn', 'confirmed', 'clock-skew', ref('clock', clock), {
      params: { skewSec: clock.evidence.skewSec ?? 0 }
    })
  }

  // ── Uplink: can this network carry the planned bitrate? ──
  const uplink = checks.uplink
  if (uplink) {
    const e = uplink.evidence
    const params = {
      plannedKbps: e.plannedKbps ?? 0,
      sustainedKbps: e.sustainedKbps ?? 0,
      recommendedKbps: e.recommendedKbps ?? 0,
      speed: e.speed ?? ''
    }
    const u = ref('uplink', uplink)
    if (uplink.code === 'uplink-too-slow') add('uplink', 'fail', 'confirmed', 'uplink-too-slow', u, { params })
    else if (uplink.code === 'uplink-encoder-too-slow') add('uplink', 'fail', 'likely', 'uplink-encoder-too-slow', u, { params })
    else if (uplink.code === 'uplink-tight') add('uplink', 'warn', 'confirmed', 'uplink-tight', u, { params })
    // The short test push worked and the longer one broke off: worth a warning, not a verdict.
    else if (uplink.code === 'uplink-push-failed') add('uplink', 'warn', 'possible', 'uplink-push-failed', u, { params })
  }

  // ── Notes: what was not tested, and why ──
  if (ctx.noPush) notes.push({ code: 'note.push-skipped-by-user' })
  else if (ctx.pushTarget === 'none' && !ctx.keyGiven && probe) notes.push({ code: 'note.push-skipped-no-key' })
  else if (probeStream) notes.push({ code: probeStream.code === 'publish-accepted' ? 'note.probe-stream-accepted' : 'note.probe-stream-refused' })
  else if (ctx.pushTarget !== 'none' && !push && !altWorks.some((t) => t.media === 'sustained')) {
    notes.push({ code: 'note.push-skipped-earlier-failure' })
  }
  if (!probe && !causes.some((c) => c.severity === 'fail')) notes.push({ code: 'note.probe-not-run' })

  // What Tencent's API said (when asked): confirms or replaces the readings above.
  applyTencentApi(causes, checks, realRejected)
  otherWayOut(causes, altWorks)
  // RTMP was not tried (--transports without it) and none of the others works: that is the cause.
  const alternatives = ctx.alternatives ?? []
  if (!port && alternatives.length > 0 && altWorks.length === 0 && alternatives.some((t) => t.code !== 'transport-dns-failed')) {
    add('network', 'fail', 'likely', 'no-transport-works', alternatives.map((t) => ({ check: 'transports', code: t.code, params: { transport: t.transport } })))
  }
  const ranked = rankCauses(causes)
  // An unusable URL has no cause of its own (the parse result says what is wrong), but it is
  // never "works, with warnings".
  const verdict = checks.parse.ok ? verdictOf(ranked, mediaProven) : 'not-ready'
  return { causes: ranked, verdict, notes }
}
