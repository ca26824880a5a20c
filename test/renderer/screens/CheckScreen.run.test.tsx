import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runPreflight } from '../../../src/main/preflight/run-preflight'
import { computeTxSecret } from '../../../src/main/preflight/signature-check'
import { setApi } from '../../../src/renderer/src/lib/api'
import { CheckScreen } from '../../../src/renderer/src/screens/CheckScreen'
import type { PreflightProgressEvent } from '../../../src/shared/ipc-contract'
import { startDnsServer, type DnsServerFixture } from '../../fixtures/dns-server'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { fakeApi } from '../fake-api'
import { renderWithI18n } from '../render'

// The page talks to the REAL engine here: preflightRun calls runPreflight against the loopback
// fixtures, and its progress is delivered like main's events. Only Electron's IPC is replaced.
const KEY = 'screen-key'
let ingest: Ingest
let dns: DnsServerFixture
beforeAll(async () => {
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({ 'push.ui.test': { cname: 'ui.tlivepush.com' }, 'ui.tlivepush.com': { a: ['127.0.0.1'] } })
})
afterAll(async () => {
  await ingest.close()
  await dns.close()
})
afterEach(() => setApi(undefined))

function engineApi(): ReturnType<typeof fakeApi> & { cancels: string[] } {
  const listeners = new Set<(e: PreflightProgressEvent) => void>()
  const controllers = new Map<string, AbortController>()
  const cancels: string[] = []
  const api = fakeApi({
    preflightRun: async (req) => {
      const c = new AbortController()
      controllers.set(req.runId, c)
      return runPreflight(req, { signal: c.signal, onProgress: (progress) => listeners.forEach((l) => l({ runId: req.runId, progress })) })
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

function url(stream: string, validSec: number): string {
  const txTime = Math.floor(Date.now() / 1000 + validSec).toString(16).toUpperCase()
  return `rtmp://push.ui.test:${ingest.port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
}

async function fill(u: string, key?: string): Promise<ReturnType<typeof userEvent.setup>> {
  const user = userEvent.setup()
  await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
  await user.paste(u)
  if (key) await user.type(screen.getByLabelText(/Push key/), key)
  await user.type(screen.getByLabelText(/DNS server/), `127.0.0.1:${dns.port}`)
  await user.clear(screen.getByLabelText(/Test push, seconds/))
  await user.type(screen.getByLabelText(/Test push, seconds/), '2')
  return user
}

describe('CheckScreen runs the real check', () => {
  it('shows each phase, the TEST note, and the verdict "ready"', async () => {
    setApi(engineApi())
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_ok', 20 * 3600), KEY)
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    expect(await screen.findByText(/TEST — not live: pushing a test pattern to “ui_ok_preflight_/, {}, { timeout: 10_000 })).toBeInTheDocument()
    const verdict = await screen.findByTestId('verdict', {}, { timeout: 15_000 })
    expect(verdict).toHaveTextContent('Ready')
    expect(within(screen.getByTestId('phase-push')).getByText('OK')).toBeInTheDocument()
  })

  it('an expired URL: not ready, the expiry card with what to do', async () => {
    setApi(engineApi())
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_exp', -3600), KEY)
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    const verdict = await screen.findByTestId('verdict', {}, { timeout: 15_000 })
    expect(verdict).toHaveTextContent('Not ready')
    const card = screen.getByTestId('cause-expiry')
    expect(card).toHaveTextContent('The push URL has expired')
    expect(card).toHaveTextContent('Generate a new push URL valid for 12–24 hours')
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
    expect(ingest.mediaFor('ui_nokey').videoFrames + ingest.mediaFor('ui_nokey').audioFrames).toBe(0)
  })

  it('Cancel stops the run', async () => {
    const api = engineApi()
    setApi(api)
    renderWithI18n(<CheckScreen />)
    const user = await fill(url('ui_cancel', 20 * 3600), KEY)
    await user.clear(screen.getByLabelText(/Test push, seconds/))
    await user.type(screen.getByLabelText(/Test push, seconds/), '60')
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    await screen.findByText(/TEST — not live/, {}, { timeout: 10_000 })
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveTextContent('Cancelled'), { timeout: 10_000 })
    expect(api.cancels).toHaveLength(1)
  })
})
