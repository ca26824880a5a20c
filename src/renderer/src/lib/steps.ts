/**
 * The result walkthrough as data: one step per cause, in Tencent's order.
 * Each step names the causes and the checks it covers, explains a report in plain words
 * (status, headline, evidence, what to do) and says what the user should do next.
 */
import { describeCheck, type DescribeContext } from '@shared/describe'
import { dnsMessageParams } from '@shared/dns'
import { describeCause, describeReportCheck, reportParams } from '@shared/report-text'
import {
  CAUSE_IDS,
  type CauseId,
  type Confidence,
  type Report,
  type ReportChecks
} from '@shared/report'
import { worstStatus, type CheckResult, type CheckStatus } from '@shared/result'
import { networkFailed } from './comparison'
import { otherTransportCause } from './transports'

/** A step explained for one report: what the card shows. */
export interface StepView {
  status: CheckStatus
  title: string
  headline: string
  /** Plain-words evidence lines (CNAME chain, port timing, expiry in local time, …). */
  evidence: string[]
  /** What to do, one step per line (naming Tencent console places). */
  fixes: string[]
  /** What tells two possible causes apart. */
  tellApart: string[]
  confidence?: Confidence
}

/** What the user should do after reading a step: retry on a hotspot, or fix what it says. */
export type NextAction = 'hotspot' | 'fix'

/** One step of the walkthrough. */
export interface WizardStep {
  id: CauseId
  /** The checks whose passing means this step passed. */
  checks: ReadonlyArray<keyof ReportChecks>
  /** Whether the step has a card for this report (the uplink test runs only when asked). */
  shown: (report: Report) => boolean
  explain: (report: Report, ctx: DescribeContext) => StepView
  next: (report: Report) => NextAction | undefined
}

const STEP_CHECKS: Record<CauseId, ReadonlyArray<keyof ReportChecks>> = {
  cname: ['dns', 'txHost'],
  network: ['port', 'handshake'],
  expiry: ['expiry', 'clock'],
  signature: ['signature'],
  'stream-in-use': ['publishProbe', 'probeStreamPublish'],
  'stream-dropped': ['testPush'],
  uplink: ['uplink'],
  ffmpeg: ['ffmpeg']
}

function checksOf(
  report: Report,
  keys: ReadonlyArray<keyof ReportChecks>
): Array<[string, CheckResult]> {
  const out: Array<[string, CheckResult]> = []
  for (const k of keys) {
    const r = report.checks[k]
    if (r && k !== 'parse') out.push([k, r as CheckResult])
  }
  return out
}

/** Evidence a step adds in its own words, beyond each check's message. */
function extraEvidence(id: CauseId, report: Report, ctx: DescribeContext): string[] {
  const { t } = ctx
  const c = report.checks
  if (id === 'cname' && c.dns && c.dns.evidence.chain.length > 0) {
    const p = dnsMessageParams(c.dns, ctx)
    // Pass (and most fail) texts name the chain already; say it on its own line only when not.
    const text = t(describeCheck(c.dns, ctx).key, describeCheck(c.dns, ctx).params)
    return text.includes(p.chain)
      ? []
      : [t('ui.ev.chain', { chain: p.chain, addresses: p.addresses })]
  }
  if (id === 'network') {
    const lines: string[] = []
    if (c.port) {
      const e = c.port.evidence
      const outcome = ['port-open', 'port-refused', 'port-filtered'].includes(c.port.code)
        ? c.port.code
        : 'port-other'
      // The system's error code (ECONNRESET …) rather than our English result id.
      lines.push(
        t(`ui.ev.${outcome}`, {
          port: e.port,
          ip: e.ip,
          ms: Math.round(e.connectMs),
          code: e.errno ?? c.port.code
        })
      )
    }
    if (c.handshake?.code === 'handshake-ok' && c.handshake.evidence.handshakeMs !== undefined) {
      lines.push(t('ui.ev.handshake', { ms: Math.round(c.handshake.evidence.handshakeMs) }))
    }
    return lines
  }
  return []
}

function explain(id: CauseId, report: Report, ctx: DescribeContext): StepView {
  const { t } = ctx
  const params = reportParams(report)
  const causes = report.causes.filter((c) => c.id === id)
  const results = checksOf(report, STEP_CHECKS[id])
  const evidence: string[] = extraEvidence(id, report, ctx)
  const add = (line: string): void => {
    if (line && !evidence.includes(line)) evidence.push(line)
  }
  const view: StepView = {
    status: 'skipped',
    title: t(`cause.${id}`, params),
    headline: '',
    evidence,
    fixes: [],
    tellApart: []
  }
  if (causes.length > 0) {
    const d = causes.map((c) => describeCause(c, report, ctx))
    view.status = worstStatus(causes.map((c) => c.severity))
    view.confidence = causes[0].confidence
    view.headline = d[0].headline
    view.fixes = d[0].steps
    view.tellApart = d[0].tellApart
    d.forEach((x) => x.evidence.forEach(add))
  }
  const described = results.map(([key, r]) => {
    const d = describeReportCheck(key, r, report, ctx)
    return { r, text: t(d.key, d.params) }
  })
  // The network step's own lines already say what the port and handshake did, with timings.
  if (id !== 'network' || evidence.length === 0) described.forEach((x) => add(x.text))
  if (causes.length > 0) return view
  const ran = results.map(([, r]) => r).filter((r) => r.status !== 'skipped')
  if (ran.length === 0) {
    view.headline = t('ui.step.not-checked')
  } else if (ran.some((r) => r.status === 'fail')) {
    // A failed check that the diagnosis put under another cause: this step cannot be judged.
    view.headline = t('ui.step.undetermined')
  } else {
    view.status = worstStatus(ran.map((r) => r.status))
    const warn = described.find((x) => x.r.status === 'warn')
    view.headline = view.status === 'warn' && warn ? warn.text : t(`ui.step.pass.${id}`, params)
    if (warn) evidence.splice(evidence.indexOf(warn.text), 1)
  }
  return view
}

/** The seven steps in Tencent's order (CNAME, network, expiry, signature, stream in use) + ours. */
export const STEPS: readonly WizardStep[] = CAUSE_IDS.map((id) => ({
  id,
  checks: STEP_CHECKS[id],
  shown: (report) =>
    id !== 'uplink' || report.checks.uplink !== undefined || report.causes.some((c) => c.id === id),
  explain: (report, ctx) => explain(id, report, ctx),
  next: (report) => {
    // RTMP blocked but another protocol works: a warning whose fix (use that protocol) is the next step.
    if (id === 'network' && otherTransportCause(report)) return 'fix'
    if (id === 'network' && networkFailed(report) && !report.comparison) return 'hotspot'
    return report.causes.some((c) => c.id === id && c.severity === 'fail') ? 'fix' : undefined
  }
}))

/** The first step that asks the user to act, and what it asks; undefined when all is well. */
export function firstNext(report: Report): { step: WizardStep; action: NextAction } | undefined {
  // The diagnosis ranks causes; follow its first cause, else the first step that asks something.
  const ranked = report.causes[0]
  const ordered = ranked
    ? [...STEPS].sort((a, b) => Number(b.id === ranked.id) - Number(a.id === ranked.id))
    : STEPS
  for (const step of ordered) {
    if (!step.shown(report)) continue
    const action = step.next(report)
    if (action) return { step, action }
  }
  return undefined
}
