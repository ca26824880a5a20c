import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/lib/api'
import { WatchPanel } from '../../../src/renderer/src/components/WatchPanel'
import { ResultScreen } from '../../../src/renderer/src/screens/ResultScreen'
import type { WatchRequest, WatchRoundEvent } from '../../../src/shared/ipc-contract'
import type { Report } from '../../../src/shared/report'
import { WATCH_HISTORY_ROUNDS, type WatchRound, type WatchSummary } from '../../../src/shared/watch'
import { fakeApi, type FakeApi } from '../fake-api'
import { readyReport } from '../ready-report'
import { renderWithI18n } from '../render'

// Unmount first: a running watch is stopped through the API on unmount.
afterEach(() => {
  cleanup()
  setApi(undefined)
})

const BASE = {
  url: { url: 'rtmp://push.example.test/live/s?txSecret=abc&txTime=6A000000' },
  keys: { primary: 'k' }
}

function round(index: number, over: Partial<WatchRound> = {}): WatchRound {
  return {
    index,
    at: Date.UTC(2026, 0, 1, 12, 0, index),
    verdict: 'ok',
    rttMs: 20 + index,
    ips: ['127.0.0.1'],
    dnsCode: 'dns-tencent-cname',
    portOpen: true,
    handshake: 'handshake-ok',
    probe: 'publish-accepted',
    expiresInSec: 3 * 3600 + 600,
    alerts: [],
    durationMs: 40,
    ...over
  }
}

/** An API whose watch runs until stopped and whose rounds the test sends. */
function watchingApi(): {
  api: FakeApi
  started: WatchRequest[]
  stopped: string[]
  emit: (r: WatchRound) => void
} {
  const started: WatchRequest[] = []
  const stopped: string[] = []
  const listeners = new Set<(e: WatchRoundEvent) => void>()
  const ends = new Map<string, (s: WatchSummary) => void>()
  const api = fakeApi({
    watchStart: (req) => {
      started.push(req)
      return new Promise((resolve) => ends.set(req.watchId, resolve))
    },
    watchStop: async (id) => {
      stopped.push(id)
      ends.get(id)?.({ rounds: 0, stopped: true })
      return true
    },
    onWatchRound: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    }
  })
  const emit = (r: WatchRound): void =>
    act(() =>
      listeners.forEach((l) => l({ watchId: started[started.length - 1].watchId, round: r }))
    )
  return { api, started, stopped, emit }
}

describe('WatchPanel', () => {
  it('the switch starts a watch with the interval and language, rounds fill the timeline', async () => {
    const w = watchingApi()
    setApi(w.api)
    renderWithI18n(<WatchPanel base={BASE} />)
    const toggle = screen.getByRole('switch', { name: 'Keep watching' })
    expect(toggle).not.toBeChecked()
    await userEvent.click(toggle)
    expect(toggle).toBeChecked()
    expect(w.started).toEqual([expect.objectContaining({ ...BASE, everyMs: 300_000, lang: 'en' })])
    w.emit(round(1))
    w.emit(
      round(2, {
        verdict: 'warn',
        rttMs: 90,
        alerts: [{ code: 'rtt-high', params: { rttMs: 90, baselineMs: 21, factor: 3 } }]
      })
    )
    w.emit(
      round(3, {
        verdict: 'fail',
        rttMs: null,
        portOpen: false,
        handshake: null,
        alerts: [{ code: 'port-closed', params: { port: 1935, portCode: 'port-filtered' } }]
      })
    )
    const chart = screen.getByTestId('watch-chart')
    const dots = chart.querySelectorAll('circle')
    expect([...dots].map((d) => d.getAttribute('data-verdict'))).toEqual(['ok', 'warn', 'fail'])
    expect([...dots].map((d) => d.getAttribute('class'))).toEqual([
      'dot-pass',
      'dot-warn',
      'dot-fail'
    ])
    expect(within(chart).getByText('Round 2: Look, RTT 90 ms')).toBeInTheDocument()
    // The line joins the rounds that had an RTT; the failed round sits on the axis.
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2)
    expect(screen.getByTestId('watch-status')).toHaveTextContent(
      'Failing · no connection · URL expires in 3 h 10 min · 3 rounds'
    )
    const alerts = screen.getByTestId('watch-alerts')
    expect(alerts).toHaveTextContent(
      'Port 1935 answered before and does not now: no answer (a firewall?).'
    )
    expect(alerts).toHaveTextContent('Connecting takes 90 ms, 3× or more the first round’s 21 ms')
    await userEvent.click(toggle)
    expect(toggle).not.toBeChecked()
    expect(w.stopped).toEqual([w.started[0].watchId])
  })

  it('keeps at most WATCH_HISTORY_ROUNDS rounds on the chart', async () => {
    const w = watchingApi()
    setApi(w.api)
    renderWithI18n(<WatchPanel base={BASE} />)
    await userEvent.click(screen.getByRole('switch'))
    for (let i = 1; i <= WATCH_HISTORY_ROUNDS + 15; i++) w.emit(round(i))
    const dots = screen.getByTestId('watch-chart').querySelectorAll('circle')
    expect(dots).toHaveLength(WATCH_HISTORY_ROUNDS)
    expect(screen.getByTestId('watch-status')).toHaveTextContent(
      `${WATCH_HISTORY_ROUNDS + 15} rounds`
    )
  })

  it('a bad interval: a field message, and the switch cannot start', async () => {
    const w = watchingApi()
    setApi(w.api)
    renderWithI18n(<WatchPanel base={BASE} />)
    const field = screen.getByRole('textbox', { name: 'Every' })
    await userEvent.clear(field)
    await userEvent.type(field, '500ms')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Give a time of at least 1 s, like 30s, 5m or 1h.'
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('switch')).toBeDisabled()
    await userEvent.clear(field)
    await userEvent.type(field, '30s')
    expect(screen.queryByRole('alert')).toBeNull()
    await userEvent.click(screen.getByRole('switch'))
    expect(w.started[0].everyMs).toBe(30_000)
  })

  it('speaks Chinese when the app does', async () => {
    const w = watchingApi()
    setApi(w.api)
    renderWithI18n(<WatchPanel base={BASE} />, 'zh-CN')
    await userEvent.click(screen.getByRole('switch', { name: '持续监测' }))
    expect(w.started[0].lang).toBe('zh-CN')
    w.emit(round(1, { alerts: [{ code: 'recovered', params: { of: 'port-closed' } }] }))
    expect(screen.getByTestId('watch-alerts')).toHaveTextContent('推流端口重新有响应了。')
  })
})

describe('ResultScreen and the watch', () => {
  let ready: Report
  beforeAll(async () => {
    ready = await readyReport()
  }, 30_000)
  const noop = (): void => undefined

  it('leaving the result screen stops the watch', async () => {
    const w = watchingApi()
    setApi(w.api)
    const view = renderWithI18n(
      <ResultScreen
        report={ready}
        hotspot={{ stage: 'none' }}
        watchBase={BASE}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    await userEvent.click(screen.getByRole('switch', { name: 'Keep watching' }))
    expect(w.started).toHaveLength(1)
    view.unmount()
    expect(w.stopped).toEqual([w.started[0].watchId])
  })

  it('no switch without a watch target (a saved report or the demo)', () => {
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
    expect(screen.queryByRole('switch')).toBeNull()
  })
})
