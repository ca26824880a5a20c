import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPreflight } from '../../../src/main/preflight/run-preflight'
import { computeTxSecret } from '../../../src/main/preflight/signature-check'
import { setApi } from '../../../src/renderer/src/lib/api'
import { CheckScreen } from '../../../src/renderer/src/screens/CheckScreen'
import type { PreflightProgressEvent } from '../../../src/shared/ipc-contract'
import { startDnsServer, type DnsServerFixture } from '../../fixtures/dns-server'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { fakeApi, HOTSPOT_NETWORK, type FakeApi } from '../fake-api'
import { renderWithI18n } from '../render'

// The page talks to the REAL engine here: preflightRun calls runPreflight against the loopback
// fixtures, and its progress is delivered like main's events. Only Electron's IPC is replaced;
// the network identity comes from the fake API's swappable `network` (the hotspot switch).
const KEY = 'screen-key'
let ingest: Ingest
let dns: DnsServerFixture
let closedPort: number
beforeAll(async () => {
  ingest = await startIngest({ key: KEY, disabledStreams: ['ui_busy'] })
  dns = await startDnsServer({
    'push.ui.test': { cname: 'ui.tlivepush.com' },
    'ui.tlivepush.com': { a: ['127.0.0.1'] }
  })
  // A port nothing listens on: open a server, note its port, close it.
  const s = net.createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  closedPort = (s.address() as net.AddressInfo).port
  await new Promise<void>((r) => s.close(() => r()))
})
afterAll(async () => {
  await ingest.close()
  await dns.close()
})

function engineApi(): FakeApi & { cancels: string[] } {
  const listeners = new Set<(e: PreflightProgressEvent) => void>()
  const controllers = new Map<string, AbortController>()
  const cancels: string[] = []
  const api: FakeApi = fakeApi({
    preflightRun: async (req) => {
      const c = new AbortController()
      controllers.set(req.runId, c)
      return runPreflight(req, {
        signal: c.signal,
        onProgress: (progress) => listeners.forEach((l) => l({ runId: req.runId, progress })),
        deps: { readNetworkIdentity: async () => api.network.identity }
      })
    },
    preflightCancel: async (runId) => {
      cancels.push(runId)
      controllers.get(runId)?.abort()
      return true
    },
    onPreflightProgress: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    }
  })
  return Object.assign(api, { cancels })
}

function url(stream: string, validSec: number, port = ingest.port): string {
  const txTime = Math.floor(Date.now() / 1000 + validSec)
    .toString(16)
    .toUpperCase()
  return `rtmp://push.ui.test:${port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
}

async function fill(
  u: string,
  key?: string,
  seconds = '2'
): Promise<ReturnType<typeof userEvent.setup>> {
  const user = userEvent.setup()
  await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
  await user.paste(u)
  if (key) await user.type(screen.getByLabelText(/^Push key/), key)
  await user.click(screen.getByText('More options'))
  await user.type(screen.getByLabelText(/DNS server/), `127.0.0.1:${dns.port}`)
  await user.clear(screen.getByLabelText(/Test push, seconds/))
  await user.type(screen.getByLabelText(/Test push, seconds/), seconds)
  await user.click(screen.getByLabelText('No, it is not live now'))
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Run the full check' })).toBeEnabled()
  )
  return user
}

describe('the wizard runs the real check', () => {
  it('ready: phases with state and time, the TEST note naming the stream, then every card passes', async () => {
    setApi(engineApi())
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_ok', 20 * 3600), KEY)
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    expect(
      await screen.findByText(
        /TEST — not live: pushing a test pattern to “ui_ok_preflight_/,
        {},
        { timeout: 10_000 }
      )
    ).toBeInTheDocument()
    expect(within(screen.getByTestId('phase-dns')).getByText('OK')).toBeInTheDocument()
    expect(within(screen.getByTestId('phase-dns')).getByText(/\d+ ms/)).toBeInTheDocument()
    expect(screen.getByText(/Elapsed: \d+\.\d s/)).toBeInTheDocument()
    const verdict = await screen.findByTestId('verdict', {}, { timeout: 15_000 })
    expect(verdict).toHaveTextContent('Ready')
    for (const id of [
      'cname',
      'network',
      'expiry',
      'signature',
      'stream-in-use',
      'stream-dropped',
      'ffmpeg'
    ]) {
      expect(screen.getByTestId(`cause-${id}`)).toHaveAttribute('data-status', 'pass')
    }
    expect(screen.getByTestId('cause-cname')).toHaveTextContent(
      '(push.ui.test → ui.tlivepush.com) and resolves to 127.0.0.1'
    )
    expect(screen.getByTestId('cause-network')).toHaveTextContent(
      new RegExp(`TCP ${ingest.port} to 127.0.0.1: connected in \\d+ ms`)
    )
    expect(screen.getByTestId('next-step')).toHaveTextContent('You can go live')
    expect(screen.queryByTestId('hotspot')).not.toBeInTheDocument()
  })

  it('expired: not ready, the expiry card fails with what to do; no hotspot offer', async () => {
    setApi(engineApi())
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_exp', -3600), KEY)
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    const verdict = await screen.findByTestId('verdict', {}, { timeout: 15_000 })
    expect(verdict).toHaveTextContent('Not ready')
    const card = screen.getByTestId('cause-expiry')
    expect(card).toHaveAttribute('data-status', 'fail')
    expect(card).toHaveTextContent('The push URL has expired')
    expect(card).toHaveTextContent('Generate a new push URL valid for 12–24 hours')
    expect(screen.queryByTestId('hotspot')).not.toBeInTheDocument()
  })

  it('stream in use or disabled: the stream-in-use card names Live Streams and Disabled Streams', async () => {
    setApi(engineApi())
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_busy', 20 * 3600), KEY)
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    expect(await screen.findByTestId('verdict', {}, { timeout: 15_000 })).toHaveTextContent(
      'Not ready'
    )
    const card = screen.getByTestId('cause-stream-in-use')
    expect(card).toHaveAttribute('data-status', 'fail')
    expect(card).toHaveTextContent('Stream Management → Disabled Streams')
    expect(screen.getByTestId('cause-signature')).toHaveAttribute('data-status', 'pass')
  })

  it('refused port: the 4G prompt, "network did not change", then the side-by-side conclusion', async () => {
    const api = engineApi()
    setApi(api)
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_ref', 20 * 3600, closedPort), KEY)
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    expect(await screen.findByTestId('verdict', {}, { timeout: 15_000 })).toHaveTextContent(
      'Not ready'
    )
    expect(screen.getByTestId('cause-network')).toHaveAttribute('data-status', 'fail')
    expect(screen.getByTestId('cause-network')).toHaveTextContent(
      new RegExp(`TCP ${closedPort} to 127.0.0.1: refused`)
    )
    const prompt = screen.getByTestId('hotspot')
    expect(prompt).toHaveTextContent('Turn on the 4G/5G hotspot on your phone')
    // Same network: the app says so instead of running again.
    await user.click(within(prompt).getByRole('button', { name: 'Retry on the hotspot' }))
    expect(await screen.findByText(/still seems to be on the same network/)).toBeInTheDocument()
    // Now "switch" to the hotspot; the port still refuses there: not the network.
    api.network.identity = HOTSPOT_NETWORK
    await user.click(screen.getByRole('button', { name: 'Retry on the hotspot' }))
    const conclusion = await screen.findByTestId('conclusion', {}, { timeout: 15_000 })
    expect(conclusion).toHaveTextContent('It fails on both networks, so it is not the network')
    expect(screen.getByTestId('comparison')).toHaveTextContent(
      'The network changed: IP addresses, router, DNS servers.'
    )
    expect(screen.queryByTestId('hotspot')).not.toBeInTheDocument()
  })

  it('refused here, works on the hotspot: "this network blocks TCP <port> to <host>"', async () => {
    const api = engineApi()
    setApi(api)
    renderWithI18n(<CheckScreen />)
    // The venue's DNS sends the host to an address where nothing listens; the hotspot's to the ingest.
    dns.set('ui.tlivepush.com', { a: ['127.0.0.2'] })
    try {
      const user = await fill(url('ui_venue', 20 * 3600), KEY)
      await user.click(screen.getByRole('button', { name: 'Run the full check' }))
      expect(await screen.findByTestId('verdict', {}, { timeout: 15_000 })).toHaveTextContent(
        'Not ready'
      )
      api.network.identity = HOTSPOT_NETWORK
      dns.set('ui.tlivepush.com', { a: ['127.0.0.1'] })
      await user.click(screen.getByRole('button', { name: 'Retry on the hotspot' }))
      expect(await screen.findByText('Checking again on the hotspot…')).toBeInTheDocument()
      const conclusion = await screen.findByTestId('conclusion', {}, { timeout: 20_000 })
      expect(conclusion).toHaveTextContent(
        `This network blocks TCP ${ingest.port} to push.ui.test: ask its IT to allow outbound TCP ${ingest.port} to push.ui.test (127.0.0.1), or stream over the hotspot.`
      )
      // The comparison is part of the report: the JSON export carries it.
      await user.click(screen.getByRole('button', { name: /Save report \(JSON/ }))
      await waitFor(() => expect(api.saved).toHaveLength(1))
      const saved = JSON.parse(api.saved[0].content)
      expect(saved.comparison.conclusion).toBe('network-blocks')
      expect(saved.comparison.other.verdict).toBe('ready')
    } finally {
      dns.set('ui.tlivepush.com', { a: ['127.0.0.1'] })
    }
  })

  it('Cancel stops the run', async () => {
    const api = engineApi()
    setApi(api)
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_cancel', 20 * 3600), KEY, '60')
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    await screen.findByText(/TEST — not live/, {}, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveTextContent('Cancelled'), {
      timeout: 10_000
    })
    expect(api.cancels).toHaveLength(1)
  })

  it('without a key, pushing to the real stream needs a confirmation; "No" skips the media push', async () => {
    setApi(engineApi())
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_nokey', 20 * 3600))
    await user.click(screen.getByLabelText(/Push the test pattern to my REAL stream/))
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    const dialog = screen.getByRole('alertdialog')
    expect(dialog).toHaveTextContent('anyone watching that stream will see a test pattern')
    await user.click(within(dialog).getByRole('button', { name: 'No, skip the media push' }))
    const verdict = await screen.findByTestId('verdict', {}, { timeout: 15_000 })
    expect(verdict).toHaveTextContent('Works, with warnings')
    expect(screen.getByText(/No media was pushed: without your push key/)).toBeInTheDocument()
    expect(ingest.mediaFor('ui_nokey').videoFrames + ingest.mediaFor('ui_nokey').audioFrames).toBe(
      0
    )
  })
})
