import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/lib/api'
import { UplinkCard } from '../../../src/renderer/src/components/UplinkCard'
import { SendRateChart } from '../../../src/renderer/src/components/SendRateChart'
import { ResultScreen } from '../../../src/renderer/src/screens/ResultScreen'
import type { DescribeContext } from '../../../src/shared/describe'
import type { Report } from '../../../src/shared/report'
import type { UplinkEvidence, UplinkResult } from '../../../src/shared/uplink'
import { fakeApi } from '../fake-api'
import { clone, readyReport } from '../ready-report'
import { renderWithI18n } from '../render'

let ready: Report
beforeAll(async () => {
  ready = await readyReport()
}, 30_000)

const ctx: DescribeContext = { now: Date.now(), locale: 'en', t: (k) => k }
const noop = (): void => undefined

/** The ready report with an uplink result: measured numbers, and whatever extra evidence a test gives. */
function withUplink(
  extra: Partial<UplinkEvidence> = {},
  code: UplinkResult['code'] = 'uplink-ok'
): Report {
  const r = clone(ready)
  const summary = {
    plannedKbps: 4500,
    sustainedKbps: 6210,
    recommendedKbps: 4960,
    stalls: 1,
    cpuPercent: 3.5
  }
  r.checks.uplink = {
    id: 'uplink',
    status: code === 'uplink-ok' ? 'pass' : code === 'uplink-too-slow' ? 'fail' : 'skipped',
    code,
    timing: { startedAt: r.createdAt, durationMs: 13_000 },
    evidence:
      code === 'uplink-ok' || code === 'uplink-too-slow'
        ? { ...summary, ...extra }
        : { plannedKbps: 4500 }
  }
  if (code === 'uplink-ok' || code === 'uplink-too-slow') r.uplink = summary
  return r
}

describe('UplinkCard', () => {
  it('shows the verdict and the numbers; no chart and no quality rows when the report has none', () => {
    renderWithI18n(<UplinkCard report={withUplink()} ctx={ctx} />)
    const card = screen.getByTestId('uplink-card')
    expect(card).toHaveTextContent(
      'Upload sustained 6210 kbit/s: enough for 4500 kbit/s with headroom.'
    )
    expect(within(card).getByTestId('uplink-sustained')).toHaveTextContent(
      'Sustained upload6210 kbit/s'
    )
    expect(within(card).getByTestId('uplink-recommended')).toHaveTextContent(
      'Recommended encoder bitrate4960 kbit/s'
    )
    expect(within(card).getByTestId('uplink-stalls')).toHaveTextContent('1')
    expect(within(card).getByTestId('uplink-cpu')).toHaveTextContent('3.5 % of one core')
    expect(card).toHaveAttribute('class', expect.stringContaining('card-pass'))
    expect(screen.queryByTestId('uplink-chart')).toBeNull()
    expect(screen.queryByTestId('uplink-quality')).toBeNull()
  })

  it('says "not measured here" for a CPU the system did not give', () => {
    const r = withUplink()
    if (r.uplink) r.uplink.cpuPercent = null
    renderWithI18n(<UplinkCard report={r} ctx={ctx} />)
    expect(screen.getByTestId('uplink-cpu')).toHaveTextContent('not measured here')
  })

  it('draws the per-second send rate with the planned line when rateKbps is there', () => {
    renderWithI18n(
      <UplinkCard report={withUplink({ rateKbps: [6000, 6400, 5800, 6300] })} ctx={ctx} />
    )
    const chart = screen.getByTestId('uplink-chart')
    expect(within(chart).getByRole('img')).toHaveAccessibleName(
      'Send rate of each second over 4 s, from 5800 to 6400 kbit/s; planned 4500 kbit/s.'
    )
    const points = screen.getByTestId('uplink-chart-line').getAttribute('points')?.split(' ') ?? []
    expect(points).toHaveLength(4)
    // The highest second is drawn highest (smallest y), the lowest lowest.
    const ys = points.map((p) => Number(p.split(',')[1]))
    expect(ys[1]).toBeLessThan(ys[0])
    expect(ys[2]).toBeGreaterThan(ys[0])
    expect(screen.getByTestId('uplink-chart-planned')).toBeInTheDocument()
  })

  it('a quality row per item, with its value and grade in words', () => {
    const r = withUplink({
      rtt: { idleMs: 21, loadedP50Ms: 140, loadedP95Ms: 310.4 },
      retransmitPercent: 1.25,
      jitterKbps: 420,
      quality: { bufferbloat: 'poor', retransmits: 'fair', steadiness: 'good' }
    })
    renderWithI18n(<UplinkCard report={r} ctx={ctx} />)
    const bloat = screen.getByTestId('uplink-quality-bufferbloat')
    expect(bloat).toHaveAttribute('data-grade', 'poor')
    expect(bloat).toHaveTextContent('Delay under load (bufferbloat)poor')
    expect(bloat).toHaveTextContent(
      'Round trip idle 21 ms, while pushing 140 ms (95 % of samples under 310.4 ms)'
    )
    expect(screen.getByTestId('uplink-quality-retransmits')).toHaveTextContent(
      'fair1.3 % of the push’s TCP segments were sent again'
    )
    expect(screen.getByTestId('uplink-quality-steadiness')).toHaveTextContent(
      'goodVaries by ±420 kbit/s from second to second; stalls: 1'
    )
  })

  it('retransmissions the system does not tell: "not measured here", graded so', () => {
    const r = withUplink({
      retransmitPercent: null,
      quality: { bufferbloat: 'good', retransmits: 'not-measured', steadiness: 'fair' }
    })
    renderWithI18n(<UplinkCard report={r} ctx={ctx} />)
    const row = screen.getByTestId('uplink-quality-retransmits')
    expect(row).toHaveAttribute('data-grade', 'not-measured')
    expect(row).toHaveTextContent('Retransmissionsnot measured herenot measured here')
    // No RTT numbers in this report: the row shows its grade only.
    expect(screen.getByTestId('uplink-quality-bufferbloat')).not.toHaveTextContent('Round trip')
  })

  it('a skipped test shows its reason and no numbers', () => {
    renderWithI18n(<UplinkCard report={withUplink({}, 'uplink-needs-key')} ctx={ctx} />)
    const card = screen.getByTestId('uplink-card')
    expect(card).toHaveTextContent('Uplink not tested: it needs your push key')
    expect(within(card).queryByTestId('uplink-sustained')).toBeNull()
    expect(within(card).getByTestId('uplink-planned')).toHaveTextContent('4500 kbit/s')
  })

  it('in Chinese: the grades and the "not measured" text are translated', () => {
    const r = withUplink({
      retransmitPercent: null,
      quality: { bufferbloat: 'good', retransmits: 'not-measured', steadiness: 'poor' }
    })
    renderWithI18n(<UplinkCard report={r} ctx={{ ...ctx, locale: 'zh-CN' }} />, 'zh-CN')
    expect(screen.getByTestId('uplink-quality-retransmits')).toHaveTextContent('此处未测量')
    expect(screen.getByTestId('uplink-quality-steadiness')).toHaveTextContent('差')
  })

  it('the result screen shows the card only when the report has an uplink test', () => {
    setApi(fakeApi())
    const { unmount } = renderWithI18n(
      <ResultScreen
        report={ready}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(screen.queryByTestId('uplink-card')).toBeNull()
    unmount()
    renderWithI18n(
      <ResultScreen
        report={withUplink({ rateKbps: [6100, 6200] })}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(screen.getByTestId('uplink-card')).toBeInTheDocument()
    expect(screen.getByTestId('uplink-chart')).toBeInTheDocument()
  })
})

describe('SendRateChart', () => {
  it('draws nothing without usable seconds, a flat line for one second', () => {
    const { container, unmount } = renderWithI18n(<SendRateChart rateKbps={[Number.NaN, -1]} />)
    expect(container.querySelector('svg')).toBeNull()
    unmount()
    renderWithI18n(<SendRateChart rateKbps={[3000]} />)
    const points = screen.getByTestId('uplink-chart-line').getAttribute('points')?.split(' ') ?? []
    expect(points).toHaveLength(2)
    expect(points[0].split(',')[1]).toBe(points[1].split(',')[1])
    expect(screen.queryByTestId('uplink-chart-planned')).toBeNull()
  })
})
