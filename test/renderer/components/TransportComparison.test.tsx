import { formatList } from '../../../src/shared/list-format'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../../src/renderer/src/components/ComparisonView'
import { GoNoGoSheet } from '../../../src/renderer/src/components/GoNoGoSheet'
import { RunProgress } from '../../../src/renderer/src/components/RunProgress'
import { useDescribeContext } from '../../../src/renderer/src/hooks/useDescribeContext'
import type { RunState } from '../../../src/renderer/src/lib/wizard-state'
import { setApi } from '../../../src/renderer/src/lib/api'
import type { Report } from '../../../src/shared/report'
import { fakeApi, HOTSPOT_NETWORK } from '../fake-api'
import { ladderReport } from '../ladder-report'
import { renderWithI18n } from '../render'

/** Nothing works at the venue; over the hotspot RTMP and RTMPS work, SRT's UDP is still unanswered. */
function compared(): Report {
  const here = ladderReport('none')
  const there = ladderReport('rtmps-works')
  there.environment.network = HOTSPOT_NETWORK
  const rtmp = there.transports?.[0]
  if (rtmp) Object.assign(rtmp, { ok: true, code: 'transport-ok', media: 'sustained' })
  there.causes = []
  there.verdict = 'ready'
  here.comparison = {
    other: there,
    changes: ['addresses', 'gateway'],
    conclusion: 'network-blocks'
  }
  return here
}

function Comparison({ report }: { report: Report }): React.JSX.Element {
  const ctx = useDescribeContext()
  return report.comparison ? (
    <ComparisonView report={report} comparison={report.comparison} ctx={ctx} />
  ) : (
    <p>none</p>
  )
}

describe('every protocol in the 4G comparison', () => {
  it('a row per protocol with what to open and its verdict on each network', () => {
    setApi(fakeApi())
    renderWithI18n(<Comparison report={compared()} />)
    const rows = ['rtmp', 'rtmps', 'srt'].map((t) => screen.getByTestId(`compare-${t}`))
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('RTMP · TCP 1935')
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('RTMPS · TCP 443')
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('SRT · UDP 9000')
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['✕ does not work', '✓ works'])
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['✕ does not work', '✓ works'])
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['✕ does not work', '✕ does not work'])
  })

  it('a report from before the ladder: no protocol rows', () => {
    setApi(fakeApi())
    const r = compared()
    delete r.transports
    if (r.comparison) delete r.comparison.other.transports
    renderWithI18n(<Comparison report={r} />)
    expect(screen.queryByTestId('compare-rtmp')).toBeNull()
    expect(screen.getByTestId('comparison')).toBeInTheDocument()
  })
})

describe('every protocol on the go/no-go sheet', () => {
  it('what IT must open per protocol, the result here and on the hotspot, one line asking for the blocked ones', () => {
    setApi(fakeApi())
    renderWithI18n(<GoNoGoSheet report={compared()} onClose={() => undefined} />)
    const table = within(screen.getByTestId('sheet-transports')).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent)
    ).toEqual(['Protocol', 'Allow outbound', 'This network', 'Phone hotspot'])
    expect(
      within(screen.getByTestId('sheet-rtmps'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['TCP 443', '✕ does not work', '✓ works'])
    expect(
      within(screen.getByTestId('sheet-srt'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['UDP 9000', '✕ does not work', '✕ does not work'])
    expect(screen.getByTestId('sheet-transports-ask')).toHaveTextContent(
      'To push from this network, please allow outbound TCP 1935, TCP 443, UDP 9000 to push.ladder.test (192.0.2.10).'
    )
    // The protocols' own line replaces the RTMP-only one.
    expect(screen.queryByText(/^Please allow outbound TCP/)).toBeNull()
  })

  it('RTMPS works here: GO with warnings, and IT is asked only for what is blocked', async () => {
    setApi(fakeApi())
    const onClose = vi.fn()
    renderWithI18n(<GoNoGoSheet report={ladderReport('rtmps-works')} onClose={onClose} />)
    expect(screen.getByTestId('sheet-decision')).toHaveTextContent('GO, with warnings')
    expect(
      within(screen.getByTestId('sheet-rtmps'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['TCP 443', '✓ works'])
    expect(screen.getByTestId('sheet-transports-ask')).toHaveTextContent(
      'please allow outbound TCP 1935, UDP 9000 to push.ladder.test'
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to the result' }))
    expect(onClose).toHaveBeenCalled()
  })

  it('in Bahasa Indonesia, the list joined the Indonesian way', () => {
    setApi(fakeApi())
    renderWithI18n(
      <GoNoGoSheet report={ladderReport('rtmps-works')} onClose={() => undefined} />,
      'id'
    )
    const list = formatList(['TCP 1935', 'UDP 9000'], 'id')
    expect(screen.getByTestId('sheet-transports-ask')).toHaveTextContent(
      `mohon izinkan koneksi keluar ${list} ke push.ladder.test`
    )
  })
})

describe('the ladder’s phases while the check runs', () => {
  const run = (transports?: RunState['transports']): RunState => ({
    runId: 'run-1',
    status: 'running',
    onHotspot: false,
    startedAt: Date.now(),
    phases: {
      url: { state: 'pass', atMs: 2 },
      dns: { state: 'pass', atMs: 30 },
      rtmps: { state: 'running', atMs: 31 }
    },
    transports
  })

  it('RTMPS and SRT appear beside port…push, for the protocols this run tries', () => {
    renderWithI18n(<RunProgress run={run(['rtmp', 'rtmps', 'srt'])} onCancel={() => undefined} />)
    expect(
      within(screen.getByTestId('phase-rtmps')).getByText('RTMPS (TLS, TCP 443)')
    ).toBeInTheDocument()
    expect(screen.getByTestId('phase-rtmps')).toHaveClass('phase-running')
    expect(screen.getByTestId('phase-srt')).toHaveTextContent('SRT (UDP 9000)')
    expect(screen.getByTestId('phase-srt')).toHaveClass('phase-waiting')
    expect(screen.getByTestId('phase-port')).toHaveClass('phase-waiting')
  })

  it('an unticked protocol gets no waiting box', () => {
    renderWithI18n(<RunProgress run={run(['rtmp', 'rtmps'])} onCancel={() => undefined} />)
    expect(screen.getByTestId('phase-rtmps')).toBeInTheDocument()
    expect(screen.queryByTestId('phase-srt')).toBeNull()
  })
})
