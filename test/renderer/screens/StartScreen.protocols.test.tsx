import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { setApi } from '../../../src/renderer/src/lib/api'
import { StartScreen } from '../../../src/renderer/src/screens/StartScreen'
import type { PreflightRequest } from '../../../src/shared/ipc-contract'
import type { PushUrl } from '../../../src/shared/push-url'
import { fakeApi } from '../fake-api'
import { ladderUrl } from '../ladder-report'
import { renderWithI18n } from '../render'

const PEM =
  '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZm9yLXRlc3RzLW9ubHk=\n-----END CERTIFICATE-----\n'
type OnRun = (req: Omit<PreflightRequest, 'runId'>, fullUrl?: PushUrl) => void

async function setup(
  url: string
): Promise<{ user: ReturnType<typeof userEvent.setup>; onRun: ReturnType<typeof vi.fn<OnRun>> }> {
  setApi(fakeApi())
  const onRun = vi.fn<OnRun>()
  renderWithI18n(
    <StartScreen onRun={onRun} onDemo={() => undefined} onOpenReport={() => undefined} />
  )
  const user = userEvent.setup()
  await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
  await user.paste(url)
  // The run waits for the "is this stream live?" answer; these tests are about the protocols.
  await user.click(screen.getByLabelText('No, it is not live now'))
  return { user, onRun }
}

const protocols = (): HTMLElement => screen.getByText('Protocols', { selector: 'summary' })
const run = (): HTMLElement => screen.getByRole('button', { name: 'Run the full check' })

describe('the start form and the three protocols', () => {
  it('the URL field says rtmp://, rtmps:// and srt:// are accepted', async () => {
    await setup('')
    const field = screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' })
    expect(field).toHaveAttribute('placeholder', expect.stringContaining('(or rtmps://, srt://)'))
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('RTMP, RTMPS and SRT push URLs are all accepted')
    )
  })

  it.each([
    ['srt://h.example.com:9000', 'This SRT address has no streamid.'],
    [
      'rtmps://h.example.com:0/live/s?txSecret=ab&txTime=5C271099',
      'The port “0” is not a valid port (1–65535).'
    ],
    [
      'srt://h.example.com:9000?streamid=#!::h=h.example.com,txSecret=ab,txTime=5C271099',
      'The streamid has no r=<AppName>/<StreamName> part'
    ],
    [
      'srt://h.example.com:9000?streamid=junk',
      'The streamid “junk” is not in the form #!::key=value'
    ]
  ])('a field message, not a run, for %s', async (url, text) => {
    await setup(url)
    const card = await screen.findByTestId('card-url')
    await waitFor(() => expect(card).toHaveClass('card-fail'))
    expect(card).toHaveTextContent(text)
    expect(run()).toBeDisabled()
  })

  it('the Protocols section is folded; by default nothing of it is sent and the parsed URL goes along', async () => {
    const { text, parsed } = ladderUrl()
    const { user, onRun } = await setup(text)
    const section = protocols().closest('details')
    expect(section).not.toHaveAttribute('open')
    for (const name of ['RTMP (TCP 1935)', 'RTMPS (TLS over TCP)', 'SRT (UDP)'])
      expect(within(section as HTMLElement).getByLabelText(name)).toBeChecked()
    await waitFor(() => expect(run()).toBeEnabled())
    await user.click(run())
    expect(onRun).toHaveBeenCalledTimes(1)
    const [req, fullUrl] = onRun.mock.calls[0]
    expect(req).not.toHaveProperty('transports')
    expect(req).not.toHaveProperty('rtmpsPort')
    expect(req).not.toHaveProperty('caPem')
    expect(fullUrl).toEqual(parsed)
  })

  it('unticked SRT, an RTMPS port, an SRT port and a pasted CA reach the request', async () => {
    const { user, onRun } = await setup(ladderUrl().text)
    await user.click(protocols())
    await user.click(screen.getByLabelText('SRT (UDP)'))
    await user.type(screen.getByLabelText('RTMPS port'), '8443')
    await user.type(screen.getByLabelText('SRT port'), '9001')
    await user.click(screen.getByLabelText('Extra trusted CA (PEM)'))
    await user.paste(PEM)
    await waitFor(() => expect(run()).toBeEnabled())
    await user.click(run())
    const [req] = onRun.mock.calls[0]
    expect(req.transports).toEqual(['rtmp', 'rtmps'])
    expect(req.rtmpsPort).toBe(8443)
    expect(req.srtPort).toBe(9001)
    expect(req.caPem).toBe(PEM.trim())
  })

  it('field messages: no protocol ticked, a port out of range, text that is no certificate, a CA too large', async () => {
    const { user } = await setup(ladderUrl().text)
    await user.click(protocols())
    await waitFor(() => expect(run()).toBeEnabled())
    for (const name of ['RTMP (TCP 1935)', 'RTMPS (TLS over TCP)', 'SRT (UDP)'])
      await user.click(screen.getByLabelText(name))
    expect(screen.getByText('Tick at least one protocol.')).toBeInTheDocument()
    expect(run()).toBeDisabled()
    await user.click(screen.getByLabelText('RTMPS (TLS over TCP)'))
    expect(run()).toBeEnabled()
    await user.type(screen.getByLabelText('SRT port'), '70000')
    expect(screen.getByLabelText('SRT port')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('SRT port')).toHaveAccessibleDescription(
      /A port is a whole number from 1 to 65535/
    )
    expect(run()).toBeDisabled()
    await user.clear(screen.getByLabelText('SRT port'))
    const ca = screen.getByLabelText('Extra trusted CA (PEM)')
    await user.click(ca)
    await user.paste('hello')
    expect(ca).toHaveAccessibleDescription(/This is not a PEM certificate/)
    expect(run()).toBeDisabled()
    // Set the value directly: typing 64 KB key by key would take minutes.
    fireEvent.change(ca, { target: { value: PEM + 'x'.repeat(64 * 1024) } })
    expect(ca).toHaveAccessibleDescription('Too large for a CA certificate (at most 64 KB).')
    expect(run()).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Remove the CA' }))
    expect(ca).toHaveValue('')
    expect(run()).toBeEnabled()
  })

  it('a CA read from a file in the page fills the field and reaches the request', async () => {
    const { user, onRun } = await setup(ladderUrl().text)
    await user.click(protocols())
    await user.upload(
      screen.getByLabelText('Read a CA file…'),
      new File([PEM], 'venue-ca.pem', { type: 'application/x-pem-file' })
    )
    await waitFor(() => expect(screen.getByLabelText('Extra trusted CA (PEM)')).toHaveValue(PEM))
    await user.click(run())
    expect(onRun.mock.calls[0][0].caPem).toBe(PEM.trim())
  })
})
