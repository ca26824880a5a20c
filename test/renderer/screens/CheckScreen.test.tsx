import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/lib/api'
import { CheckScreen } from '../../../src/renderer/src/screens/CheckScreen'
import { computeTxSecret } from '../../../src/main/preflight/signature-check'
import { fakeApi } from '../fake-api'
import { renderWithI18n } from '../render'

const KEY = 'e12c46f2612d5106e2034781ab261ca3'
const hexTime = (ms: number): string =>
  Math.floor(ms / 1000)
    .toString(16)
    .toUpperCase()

function signedUrl(validForMs: number, stream = 'test'): string {
  const txTime = hexTime(Date.now() + validForMs)
  const secret = computeTxSecret(KEY, stream, txTime, 'md5')
  return `rtmp://push.example.com/live/${stream}?txSecret=${secret}&txTime=${txTime}`
}

describe('CheckScreen', () => {
  it('shows the analysis live as a URL is pasted: good URL, key matches', async () => {
    setApi(fakeApi())
    renderWithI18n(<CheckScreen />)
    expect(screen.getByText(/Paste a push URL to see the analysis/)).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste(signedUrl(20 * 3600_000))
    await user.type(screen.getByLabelText(/Push key/), KEY)
    const sig = await screen.findByTestId('card-signature')
    await waitFor(() =>
      expect(within(sig).getByText(/matches your primary key \(MD5\)/)).toBeInTheDocument()
    )
    const exp = screen.getByTestId('card-expiry')
    expect(within(exp).getByText(/stays valid until .* \(in 19 h 5\d min\)/)).toBeInTheDocument()
    expect(
      within(screen.getByTestId('card-url')).getByText(/Host push.example.com, port 1935/)
    ).toBeInTheDocument()
    expect(screen.getByText(/ffmpeg 5.1.6 from the system PATH/)).toBeInTheDocument()
  })

  it('explains an expired URL and a wrong key', async () => {
    setApi(fakeApi())
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste(signedUrl(-2 * 3600_000))
    await user.type(screen.getByLabelText(/Push key/), 'not-the-key')
    const exp = await screen.findByTestId('card-expiry')
    await waitFor(() => expect(within(exp).getByText(/expired 2 h/)).toBeInTheDocument())
    expect(within(exp).getByText('Problem')).toBeInTheDocument()
    await waitFor(() =>
      expect(
        within(screen.getByTestId('card-signature')).getByText(/does not match the key you entered/)
      ).toBeInTheDocument()
    )
  })

  it('says what is wrong with a URL that cannot be used', async () => {
    setApi(fakeApi())
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste('https://push.example.com/live/test.flv')
    const card = await screen.findByTestId('card-url')
    expect(
      within(card).getByText(
        /starts with “https:\/\/”, but a push address starts with rtmp:\/\/, rtmps:\/\/ or srt:\/\//
      )
    ).toBeInTheDocument()
  })

  it('joins the OBS server and stream key', async () => {
    setApi(fakeApi())
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('OBS server + stream key'))
    await user.type(screen.getByLabelText(/Server \(OBS/), 'rtmp://push.example.com/live/')
    await user.click(screen.getByLabelText(/Stream key \(OBS/))
    await user.paste(signedUrl(20 * 3600_000).split('/live/')[1])
    const card = await screen.findByTestId('card-url')
    await waitFor(() => expect(within(card).getByText(/StreamName “test”/)).toBeInTheDocument())
  })

  it('reports an IPC failure instead of crashing', async () => {
    setApi(
      fakeApi({ urlAnalyze: async () => Promise.reject(new Error('url:analyze: url is too long')) })
    )
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste('rtmp://x/live/y')
    expect(await screen.findByRole('alert')).toHaveTextContent('url is too long')
  })
})

describe('CheckScreen: is the stream live?', () => {
  it('Run waits for the answer; "live" sends realProbe false and never a real-stream push', async () => {
    const requests: Array<{ realProbe?: boolean; pushRealStream?: boolean }> = []
    setApi(fakeApi({ preflightRun: (req) => (requests.push(req), new Promise(() => undefined)) }))
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste(signedUrl(20 * 3600_000))
    await waitFor(() => expect(screen.getByTestId('card-url')).toBeInTheDocument())
    // A valid URL is not enough: the question must be answered first.
    expect(screen.getByRole('button', { name: 'Run the full check' })).toBeDisabled()
    expect(screen.getByText('Answer this question to run the check.')).toBeInTheDocument()
    await user.click(screen.getByText('More options'))
    await user.click(screen.getByLabelText(/Push the test pattern to my REAL stream/))
    await user.click(screen.getByLabelText('Yes, it is live — do not touch it'))
    // The real-stream push is not even offered while live.
    expect(screen.queryByLabelText(/Push the test pattern to my REAL stream/)).toBeNull()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Run the full check' })).toBeEnabled()
    )
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    await waitFor(() => expect(requests).toHaveLength(1))
    expect(requests[0]).toMatchObject({ realProbe: false, pushRealStream: false })
  })

  it('"not live" sends realProbe true', async () => {
    const requests: Array<{ realProbe?: boolean }> = []
    setApi(fakeApi({ preflightRun: (req) => (requests.push(req), new Promise(() => undefined)) }))
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste(signedUrl(20 * 3600_000))
    await user.click(screen.getByLabelText('No, it is not live now'))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Run the full check' })).toBeEnabled()
    )
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    await waitFor(() => expect(requests).toHaveLength(1))
    expect(requests[0].realProbe).toBe(true)
  })
})

describe('CheckScreen keys', () => {
  it('keys stay in memory unless "remember" is ticked; ticked, they are saved at Run and loaded next time', async () => {
    const api = fakeApi({ preflightRun: () => new Promise(() => undefined) })
    setApi(api)
    const { unmount } = renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste(signedUrl(20 * 3600_000))
    await user.type(screen.getByLabelText(/^Push key/), KEY)
    await user.click(screen.getByLabelText('No, it is not live now'))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Run the full check' })).toBeEnabled()
    )
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    expect(api.keys.stored).toBeUndefined()
    unmount()

    renderWithI18n(<CheckScreen />)
    await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
    await user.paste(signedUrl(20 * 3600_000))
    await user.type(screen.getByLabelText(/^Push key/), KEY)
    await user.click(screen.getByLabelText(/Remember my push keys/))
    await user.click(screen.getByLabelText('No, it is not live now'))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Run the full check' })).toBeEnabled()
    )
    await user.click(screen.getByRole('button', { name: 'Run the full check' }))
    await waitFor(() => expect(api.keys.stored).toEqual({ primary: KEY, backup: undefined }))
    cleanup()

    renderWithI18n(<CheckScreen />)
    await waitFor(() => expect(screen.getByLabelText(/^Push key/)).toHaveValue(KEY))
    expect(screen.getByLabelText(/Remember my push keys/)).toBeChecked()
    expect(screen.getByText('Push keys loaded from this computer (encrypted).')).toBeInTheDocument()
    await user.click(screen.getByLabelText(/Remember my push keys/))
    await waitFor(() => expect(api.keys.stored).toBeUndefined())
    expect(api.keys.forgets).toBe(1)
  })

  it('inline validation marks the field invalid as you type', async () => {
    setApi(fakeApi())
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    const field = screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' })
    await user.type(field, 'http://x')
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByRole('button', { name: 'Run the full check' })).toBeDisabled()
  })
})

describe('CheckScreen demo', () => {
  it('"Try the demo" runs the chosen scenario through demo:run and marks the result as a demo', async () => {
    const calls: Array<string | undefined> = []
    setApi(
      fakeApi({
        demoRun: async (req) => {
          calls.push(req.fail)
          return Promise.reject(new Error('demo:run: no ffmpeg here'))
        }
      })
    )
    renderWithI18n(<CheckScreen />)
    const user = userEvent.setup()
    await user.selectOptions(screen.getByLabelText('Demo scenario'), 'network')
    await user.click(screen.getByRole('button', { name: 'Try the demo' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('demo:run: no ffmpeg here')
    expect(calls).toEqual(['network'])
  })
})
