import { render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { StepCard } from '../../../src/renderer/src/components/StepCard'
import { createI18n } from '../../../src/renderer/src/i18n'
import { STEPS } from '../../../src/renderer/src/lib/steps'
import type { DescribeContext } from '../../../src/shared/describe'
import type { DiagnosisReason, EvidenceCheck } from '../../../src/shared/diagnosis-codes'
import type { Cause, CauseId, Report } from '../../../src/shared/report'
import { clone, readyReport } from '../ready-report'

// Every cause card of the walkthrough in each state, from a real report changed per state.
let ready: Report
beforeAll(async () => {
  ready = await readyReport()
}, 30_000)

const i18n = createI18n('en')
const ctx: DescribeContext = { now: Date.now(), locale: 'en', t: (k, p) => i18n.t(k, p) }

/** A diagnosis reason per step, and a text its fix must contain (the console place). */
const FAIL: Record<
  Exclude<CauseId, 'uplink'>,
  { reason: DiagnosisReason; check: EvidenceCheck; fix: RegExp }
> = {
  cname: {
    reason: 'dns-no-cname',
    check: 'dns',
    fix: /Domain Management: look at the CNAME column/
  },
  network: {
    reason: 'port-filtered',
    check: 'port',
    fix: /ask this network’s IT to allow outbound TCP/
  },
  expiry: { reason: 'expiry-expired', check: 'expiry', fix: /push address generator/ },
  signature: {
    reason: 'signature-wrong',
    check: 'signature',
    fix: /Push Configuration → authentication key/
  },
  'stream-in-use': {
    reason: 'in-use-probe',
    check: 'publishProbe',
    fix: /Stream Management → Disabled Streams/
  },
  'stream-dropped': { reason: 'push-dropped', check: 'testPush', fix: /Stream Management/ },
  ffmpeg: { reason: 'ffmpeg-unusable', check: 'ffmpeg', fix: /FFMPEG_PATH/ }
}

function withCause(id: CauseId, severity: Cause['severity']): Report {
  const r = clone(ready)
  const f = FAIL[id as keyof typeof FAIL]
  const check = (r.checks as unknown as Record<string, { code: string }>)[f.check]
  r.causes = [
    {
      id,
      severity,
      confidence: 'confirmed',
      reason: f.reason,
      evidence: [{ check: f.check, code: check.code }]
    }
  ]
  r.verdict = severity === 'fail' ? 'not-ready' : 'warnings'
  return r
}

function show(id: CauseId, report: Report): HTMLElement {
  const step = STEPS.find((s) => s.id === id)
  if (!step) throw new Error(`no step ${id}`)
  render(
    <I18nextProvider i18n={i18n}>
      <StepCard id={id} view={step.explain(report, ctx)} />
    </I18nextProvider>
  )
  return screen.getByTestId(`cause-${id}`)
}

describe('cause cards, in Tencent’s order, each state', () => {
  it('the steps are data in Tencent’s order', () => {
    expect(STEPS.map((s) => s.id).filter((id) => id !== 'uplink')).toEqual([
      'cname',
      'network',
      'expiry',
      'signature',
      'stream-in-use',
      'stream-dropped',
      'ffmpeg'
    ])
    expect(STEPS.find((s) => s.id === 'network')?.checks).toEqual(['port', 'handshake'])
  })

  const ids = Object.keys(FAIL) as Array<keyof typeof FAIL>
  for (const id of ids) {
    describe(id, () => {
      it('pass: no cause of this id and its checks passed', () => {
        const card = show(id, ready)
        expect(card).toHaveAttribute('data-status', 'pass')
        expect(within(card).getByText('OK')).toBeInTheDocument()
        expect(within(card).queryByText('What to do')).not.toBeInTheDocument()
      })
      it('fail: the headline, the evidence and the steps naming the console place', () => {
        const card = show(id, withCause(id, 'fail'))
        expect(card).toHaveAttribute('data-status', 'fail')
        expect(within(card).getByText('Problem')).toBeInTheDocument()
        expect(within(card).getByText('What to do')).toBeInTheDocument()
        expect(card).toHaveTextContent(FAIL[id].fix)
        expect(
          within(card).getByRole('list', { name: 'What the check saw' }).children.length
        ).toBeGreaterThan(0)
      })
      it('warn: a warning cause', () => {
        const card = show(id, withCause(id, 'warn'))
        expect(card).toHaveAttribute('data-status', 'warn')
        expect(within(card).getByText('Warning')).toBeInTheDocument()
      })
      it('skipped: its checks did not run', () => {
        const r = clone(ready)
        const step = STEPS.find((s) => s.id === id)
        for (const k of step?.checks ?? [])
          delete (r.checks as unknown as Record<string, unknown>)[k]
        const card = show(id, r)
        expect(card).toHaveAttribute('data-status', 'skipped')
        expect(card).toHaveTextContent('Not checked in this run.')
      })
    })
  }

  it('plain-words evidence: the CNAME chain, the port timing, the expiry in local time', () => {
    expect(show('cname', ready)).toHaveTextContent(
      /\(push\.cards\.test → cards\.tlivepush\.com\) and resolves to 127\.0\.0\.1/
    )
    expect(show('network', ready)).toHaveTextContent(
      /TCP \d+ to 127\.0\.0\.1: connected in \d+ ms\..*RTMP handshake answered in \d+ ms/
    )
    expect(show('expiry', ready)).toHaveTextContent(/in 19 h 5\d min|in 20 h/)
  })

  it('a failed check the diagnosis put under another cause is "not judged", never a false pass', () => {
    const r = clone(ready)
    if (!r.checks.publishProbe) throw new Error('the ready run has a publish probe')
    r.checks.publishProbe.status = 'fail'
    r.causes = [
      {
        id: 'signature',
        severity: 'fail',
        confidence: 'possible',
        reason: 'rejected-silently',
        evidence: []
      }
    ]
    const card = show('stream-in-use', r)
    expect(card).toHaveAttribute('data-status', 'skipped')
    expect(card).toHaveTextContent('Not judged')
  })

  it('the uplink card appears only when the uplink test ran or found a cause', () => {
    const step = STEPS.find((s) => s.id === 'uplink')
    expect(step?.shown(ready)).toBe(false)
  })
})
