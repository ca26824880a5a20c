import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { parseReportFile } from '../../../src/main/report-file'
import { setApi } from '../../../src/renderer/src/lib/api'
import { CheckScreen } from '../../../src/renderer/src/screens/CheckScreen'
import { ResultScreen } from '../../../src/renderer/src/screens/ResultScreen'
import type { Report } from '../../../src/shared/report'
import { fakeApi, HOTSPOT_NETWORK } from '../fake-api'
import { clone, readyReport } from '../ready-report'
import { renderWithI18n } from '../render'

let ready: Report
beforeAll(async () => {
  ready = await readyReport()
}, 30_000)

const noop = (): void => undefined

/** The ready report as if the port had been filtered and the hotspot had worked. */
function comparedReport(): Report {
  const here = clone(ready)
  here.verdict = 'not-ready'
  here.causes = [
    { id: 'network', severity: 'fail', confidence: 'likely', reason: 'port-filtered', evidence: [] }
  ]
  const there = clone(ready)
  there.environment.network = HOTSPOT_NETWORK
  here.comparison = {
    other: there,
    changes: ['addresses', 'gateway'],
    conclusion: 'network-blocks'
  }
  // As a report from before the protocol ladder: the sheet then asks for the RTMP port alone (the
  // ladder's own rows are tested in TransportTable and TransportComparison tests).
  delete here.transports
  return here
}

describe('ResultScreen', () => {
  it('ready: a big verdict, "go live" as the next step, every check folded away', () => {
    setApi(fakeApi())
    renderWithI18n(
      <ResultScreen
        report={ready}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(
      screen.getByRole('heading', { level: 2, name: /Ready: a test push from this network worked/ })
    ).toBeInTheDocument()
    expect(screen.getByTestId('next-step')).toHaveTextContent('You can go live from this network.')
    const details = screen.getByText(/Technical detail/).closest('details')
    expect(details).not.toHaveAttribute('open')
    expect(details).toHaveTextContent('Timeline')
  })

  it('not ready: the next step is the first cause’s first fix', () => {
    const r = clone(ready)
    r.verdict = 'not-ready'
    r.causes = [
      {
        id: 'expiry',
        severity: 'fail',
        confidence: 'confirmed',
        reason: 'expiry-expired',
        evidence: []
      }
    ]
    setApi(fakeApi())
    renderWithI18n(
      <ResultScreen
        report={r}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(screen.getByTestId('next-step')).toHaveTextContent(
      'Step 3 · URL expiry (txTime) — Generate a new push URL valid for 12–24 hours'
    )
  })

  it('the hotspot prompt and the side-by-side comparison with its conclusion', async () => {
    const onRetry = vi.fn()
    setApi(fakeApi())
    const { rerender } = renderWithI18n(
      <ResultScreen
        report={comparedReport()}
        hotspot={{ stage: 'same' }}
        onRetryHotspot={onRetry}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Check on this network anyway' }))
    expect(onRetry).toHaveBeenCalledWith(true)
    rerender(
      <ResultScreen
        report={comparedReport()}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={onRetry}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    const table = within(screen.getByTestId('comparison')).getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'This network' })).toBeInTheDocument()
    expect(within(table).getByRole('columnheader', { name: 'Phone hotspot' })).toBeInTheDocument()
    expect(within(table).getByText(/wlan0 203\.0\.113\.5 → 203\.0\.113\.1/)).toBeInTheDocument()
    expect(screen.getByTestId('conclusion')).toHaveTextContent(
      /This network blocks TCP \d+ to push\.cards\.test: ask its IT to allow outbound TCP \d+ to push\.cards\.test \(127\.0\.0\.1\)/
    )
  })

  it('exports: JSON that re-opens, Markdown with the comparison, clipboard text without secrets', async () => {
    const api = fakeApi()
    setApi(api)
    renderWithI18n(
      <ResultScreen
        report={comparedReport()}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: /Save report \(JSON/ }))
    await waitFor(() => expect(api.saved).toHaveLength(1))
    expect(api.saved[0].format).toBe('json')
    expect(api.saved[0].name).toMatch(/^push-preflight-\d{4}-\d\d-\d\d-\d{4}$/)
    const reopened = parseReportFile(api.saved[0].content)
    expect(reopened.ok && reopened.report.comparison?.conclusion).toBe('network-blocks')
    expect(await screen.findByText(/Saved as push-preflight-.*\.json\./)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Save as text (Markdown)' }))
    await waitFor(() => expect(api.saved).toHaveLength(2))
    expect(api.saved[1].content).toMatch(/^# Push Preflight — /)
    expect(api.saved[1].content).toContain('## This network vs the phone hotspot')

    await user.click(screen.getByRole('button', { name: 'Copy as text' }))
    await waitFor(() => expect(api.clipboard).toHaveLength(1))
    expect(api.clipboard[0]).toContain('This network blocks TCP')
    expect(api.clipboard[0]).not.toContain('cards-key')
    expect(api.clipboard[0]).not.toMatch(/txSecret=[0-9a-f]{32}/)

    // The computer's host name: out of the saved JSON, Markdown and copied text unless ticked.
    const machine = comparedReport().environment.machine
    expect(machine).not.toBe('')
    expect((JSON.parse(api.saved[0].content) as Report).environment.machine).toBe('')
    expect(api.saved[1].content).not.toContain(machine)
    expect(api.clipboard[0]).not.toContain(machine)
    await user.click(screen.getByLabelText(/Include this computer’s name/))
    await user.click(screen.getByRole('button', { name: 'Copy as text' }))
    await waitFor(() => expect(api.clipboard).toHaveLength(2))
    expect(api.clipboard[1]).toContain(machine)
  })

  it('the go/no-go sheet: host, IPs, port, protocol, verdict, time; Print calls window.print', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    setApi(fakeApi())
    renderWithI18n(
      <ResultScreen
        report={comparedReport()}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Go/no-go sheet for venue IT' }))
    const sheet = screen.getByTestId('sheet')
    expect(within(sheet).getByTestId('sheet-decision')).toHaveTextContent('NO-GO')
    for (const row of [
      'Server (push host)',
      'Server IP addresses',
      'Port',
      'Protocol',
      'Result',
      'Checked',
      'Computer'
    ]) {
      expect(within(sheet).getByRole('rowheader', { name: row })).toBeInTheDocument()
    }
    expect(sheet).toHaveTextContent('push.cards.test')
    expect(sheet).toHaveTextContent('RTMP over TCP, outbound from this network')
    expect(sheet).toHaveTextContent(
      /Please allow outbound TCP \d+ from this network to push\.cards\.test \(127\.0\.0\.1\)/
    )
    await user.click(within(sheet).getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledTimes(1)
    await user.click(within(sheet).getByRole('button', { name: 'Back to the result' }))
    expect(screen.getByTestId('verdict')).toBeInTheDocument()
    vi.unstubAllGlobals()
  })

  it('"Open a saved report" shows it in the same walkthrough, marked as saved with date and machine', async () => {
    const r = clone(ready)
    setApi(
      fakeApi({ reportOpen: async () => ({ ok: true, report: r, fileName: 'from-user.json' }) })
    )
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Open a saved report' }))
    const banner = await screen.findByTestId('saved-banner')
    expect(banner).toHaveTextContent(`Saved report “from-user.json”, checked`)
    expect(banner).toHaveTextContent(`on ${r.environment.machine}`)
    expect(screen.getByTestId('verdict')).toHaveTextContent('Ready')
    expect(screen.getByTestId('cause-cname')).toHaveAttribute('data-status', 'pass')
    // Evidence from another time and place: no "run again" here.
    expect(screen.queryByRole('button', { name: 'Run again' })).not.toBeInTheDocument()
  })

  it('a file that is not a report: a clear message, nothing else changes', async () => {
    setApi(
      fakeApi({ reportOpen: async () => ({ ok: false, cancelled: false, error: 'not-a-report' }) })
    )
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Open a saved report' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That file is not a Push Preflight report.'
    )
    expect(screen.queryByTestId('verdict')).not.toBeInTheDocument()
  })
})
