/**
 * What Tencent's CSS API adds to the diagnosis. From outside, a refused stream name stays "in use
 * or disabled, or the signature"; the API knows: `forbid` = disabled, `active` = being pushed,
 * `inactive` = neither, and the stop reason of a recent failed start names the refusal. Pure, like
 * the rest of the diagnosis. Nothing here turns an API failure into a cause: an unanswered API
 * leaves the diagnosis exactly as the network evidence made it.
 */
import type { DiagnosisReason } from '../../shared/diagnosis-codes'
import type { Cause, CauseId, Confidence, EvidenceRef, ReportChecks } from '../../shared/report'
import { tellingEvent, type TencentApiResult } from '../../shared/tencent-api'
import type { StopReasonKind } from '../../shared/tencent-api-codes'
import { TENCENT_API_RECEIVED_LOW_RATIO } from './constants'

/** Reasons the network evidence gives when it cannot tell a refusal's cause. */
const PAIR_REASONS: ReadonlySet<DiagnosisReason> = new Set<DiagnosisReason>([
  'rejected-silently',
  'rejected-status'
])

/** Stop reason kinds that name one of our causes, and the diagnosis reason that says so. */
const CAUSE_OF_KIND: Partial<Record<StopReasonKind, { id: CauseId; reason: DiagnosisReason }>> = {
  'in-use': { id: 'stream-in-use', reason: 'api-stop-in-use' },
  disabled: { id: 'stream-in-use', reason: 'api-stop-disabled' },
  signature: { id: 'signature', reason: 'api-stop-signature' },
  expiry: { id: 'expiry', reason: 'api-stop-expiry' },
  domain: { id: 'cname', reason: 'api-stop-domain' }
}

/** Drop the "one of two" pair left by a silent refusal (Tencent has told which it is). */
function dropPair(causes: Cause[], keep?: CauseId): void {
  for (let i = causes.length - 1; i >= 0; i--) {
    const c = causes[i]
    if (c.confidence === 'possible' && PAIR_REASONS.has(c.reason) && c.id !== keep)
      causes.splice(i, 1)
  }
}

/** What the rule groups below share: the causes to update and the API's evidence reference. */
interface ApiFacts {
  causes: Cause[]
  e: TencentApiResult['evidence']
  apiRef: EvidenceRef[]
  realRejected: boolean
}

function has(causes: readonly Cause[], id: CauseId, confidence?: Confidence): boolean {
  return causes.some(
    (c) => c.id === id && (confidence === undefined || c.confidence === confidence)
  )
}

/**
 * Update `causes` with what the API said. `realRejected`: the real stream name was refused in
 * this run (a stop reason then explains this run's failure, not only an earlier one).
 */
export function applyTencentApi(
  causes: Cause[],
  checks: ReportChecks,
  realRejected: boolean
): void {
  const api = checks.tencentApi
  if (!api) return
  const facts: ApiFacts = {
    causes,
    e: api.evidence,
    apiRef: [{ check: 'tencentApi', code: api.code }],
    realRejected
  }
  applyStreamState(facts)
  applyStopReason(facts)
  applyReceived(facts)
}

/** The stream's state: forbid = disabled, active = being pushed, inactive = neither. */
function applyStreamState({ causes, e, apiRef, realRejected }: ApiFacts): void {
  if (e.state === 'forbid') {
    // Disabled: every refusal of this name is explained; the in-use reading is replaced.
    dropPair(causes)
    for (let i = causes.length - 1; i >= 0; i--)
      if (causes[i].id === 'stream-in-use') causes.splice(i, 1)
    causes.push({
      id: 'stream-in-use',
      severity: 'fail',
      confidence: 'confirmed',
      reason: 'api-forbid',
      evidence: apiRef
    })
  } else if (e.state === 'active') {
    // Being pushed right now: the real name was left alone; if that push is not the user's own
    // encoder, a new one would be refused (or would cut it).
    if (!has(causes, 'stream-in-use', 'confirmed')) {
      causes.push({
        id: 'stream-in-use',
        severity: 'warn',
        confidence: 'confirmed',
        reason: 'api-active',
        evidence: apiRef
      })
    }
  } else if (e.state === 'inactive' && realRejected) {
    // Neither pushed nor disabled when asked: "in use" is out; the signature remains.
    for (let i = causes.length - 1; i >= 0; i--) {
      const c = causes[i]
      if (c.id === 'stream-in-use' && c.confidence === 'possible' && PAIR_REASONS.has(c.reason))
        causes.splice(i, 1)
      else if (c.id === 'signature' && c.confidence === 'possible' && PAIR_REASONS.has(c.reason)) {
        causes[i] = {
          ...c,
          confidence: 'likely',
          reason: 'api-inactive-refused',
          evidence: [...c.evidence, ...apiRef],
          tellApart: undefined
        }
      }
    }
  }
}

/** The stop reason of the latest telling push event names the refusal's cause. */
function applyStopReason({ causes, e, apiRef, realRejected }: ApiFacts): void {
  const event = tellingEvent(e.events ?? [])
  const kind = event?.stopReason?.kind
  const named = kind ? CAUSE_OF_KIND[kind] : undefined
  const id = named?.id
  if (!event?.stopReason || !named || !id || (id === 'stream-in-use' && e.state === 'forbid'))
    return
  // A refusal recorded during this run is this run's; one from earlier in the hour is likely
  // the same problem (the same stream name), shown as a warning unless this run was refused too.
  const confidence: Confidence = event.duringRun ? 'confirmed' : 'likely'
  const severity = event.duringRun || realRejected ? 'fail' : 'warn'
  dropPair(causes, realRejected ? undefined : id)
  if (has(causes, id, 'confirmed')) return
  for (let i = causes.length - 1; i >= 0; i--)
    if (causes[i].id === id && causes[i].confidence !== 'confirmed') causes.splice(i, 1)
  const params = { stopCode: e.stopReasonCode ?? '' }
  causes.push({
    id,
    severity,
    confidence,
    reason: named.reason,
    evidence: [{ ...apiRef[0], params }],
    params
  })
}

/** What the ingest received from the test push, against what ffmpeg sent. */
function applyReceived({ causes, e, apiRef }: ApiFacts): void {
  const r = e.received
  if (!r || r.sentKbps === undefined || (r.videoKbps === undefined && r.audioKbps === undefined))
    return
  const received = (r.videoKbps ?? 0) + (r.audioKbps ?? 0)
  if (received >= r.sentKbps * TENCENT_API_RECEIVED_LOW_RATIO) return
  const params = { receivedKbps: Math.round(received), sentKbps: Math.round(r.sentKbps) }
  causes.push({
    id: 'uplink',
    severity: 'warn',
    confidence: 'likely',
    reason: 'api-received-low',
    evidence: apiRef,
    params
  })
}
