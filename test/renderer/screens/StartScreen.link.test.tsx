/**
 * The start screen and the support link: an incoming link fills the URL and the options and asks
 * for the user's own txSecret and txTime; a refused link says why; "Copy a link for this user"
 * copies a link without the signature. The App subscribes before it tells main it is ready.
 */
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import { setApi } from '../../../src/renderer/src/lib/api'
import { StartScreen } from '../../../src/renderer/src/screens/StartScreen'
import { parseDeepLink, type DeepLinkResult } from '../../../src/shared/deep-link'
import type { PreflightRequest } from '../../../src/shared/ipc-contract'
import type { PushUrl } from '../../../src/shared/push-url'
import { fakeApi } from '../fake-api'
import { renderWithI18n } from '../render'

type OnRun = (req: Omit<PreflightRequest, 'runId'>, fullUrl?: PushUrl) => void
const LINK =
  'push-preflight://check?domain=push.example.com&app=live&stream=show1&transports=rtmp%2Csrt&push-seconds=20&show-hours=3'
const SECRET = 'f85a2ab363fe4deaffef9754d79da6fe'
const urlField = (): HTMLInputElement =>
  screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' })

function renderStart(result: DeepLinkResult, onRun = vi.fn<OnRun>()): ReturnType<typeof fakeApi> {
  const api = fakeApi()
  setApi(api)
  renderWithI18n(
    <StartScreen
      onRun={onRun}
      onDemo={() => undefined}
      onOpenReport={() => undefined}
      incoming={{ seq: 1, result }}
    />
  )
  return api
}

describe('a support link on the start screen', () => {
  it('fills the URL and the options, and the user’s signature completes the URL', async () => {
    const onRun = vi.fn<OnRun>()
    renderStart(parseDeepLink(LINK), onRun)
    expect(urlField()).toHaveValue('rtmp://push.example.com/live/show1')
    expect(screen.getByTestId('support-link')).toHaveTextContent('Opened from a support link')
    expect(screen.getByTestId('support-link')).toHaveTextContent('push.example.com/live/show1')
    expect(screen.getByLabelText('Test push, seconds')).toHaveValue('20')
    expect(screen.getByLabelText('Planned show length, hours (optional)')).toHaveValue('3')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('txSecret'), SECRET)
    await user.type(screen.getByLabelText('txTime'), '5C271099')
    expect(urlField()).toHaveValue(
      `rtmp://push.example.com/live/show1?txSecret=${SECRET}&txTime=5C271099`
    )
    await user.click(screen.getByLabelText('No, it is not live now'))
    const run = screen.getByRole('button', { name: 'Run the full check' })
    await waitFor(() => expect(run).toBeEnabled())
    await user.click(run)
    expect(onRun).toHaveBeenCalledTimes(1)
    expect(onRun.mock.calls[0][0]).toMatchObject({
      url: { url: `rtmp://push.example.com/live/show1?txSecret=${SECRET}&txTime=5C271099` },
      transports: ['rtmp', 'srt'],
      pushSeconds: 20,
      showLengthSec: 3 * 3600
    })
  })

  it('says which signature value cannot go into the URL, and leaves the URL unsigned', async () => {
    renderStart(parseDeepLink(LINK))
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('txSecret'), 'ab&cd')
    expect(screen.getByText(/txSecret may contain only letters and digits/)).toBeInTheDocument()
    expect(urlField()).toHaveValue('rtmp://push.example.com/live/show1')
  })

  it('a refused link says why and fills nothing', () => {
    renderStart(parseDeepLink(LINK + '&txSecret=' + SECRET))
    expect(screen.getByRole('alert')).toHaveTextContent('This support link could not be opened')
    expect(screen.getByRole('alert')).toHaveTextContent('carries a secret (txSecret)')
    expect(urlField()).toHaveValue('')
  })
})

describe('"Copy a link for this user"', () => {
  it('copies the link of the URL on the form, without its signature', async () => {
    const api = fakeApi()
    setApi(api)
    renderWithI18n(
      <StartScreen
        onRun={() => undefined}
        onDemo={() => undefined}
        onOpenReport={() => undefined}
      />
    )
    const user = userEvent.setup()
    await user.click(urlField())
    await user.paste(`rtmp://push.example.com/live/show1?txSecret=${SECRET}&txTime=5C271099`)
    await user.click(await screen.findByRole('button', { name: 'Copy a link for this user' }))
    expect(api.clipboard).toHaveLength(1)
    expect(api.clipboard[0]).toMatch(
      /^push-preflight:\/\/check\?domain=push\.example\.com&app=live&stream=show1&push-seconds=8$/
    )
    expect(api.clipboard[0]).not.toContain(SECRET)
  })

  it('says why there is no link for a raw IP address', async () => {
    setApi(fakeApi())
    renderWithI18n(
      <StartScreen
        onRun={() => undefined}
        onDemo={() => undefined}
        onOpenReport={() => undefined}
      />
    )
    const user = userEvent.setup()
    await user.click(urlField())
    await user.paste(`rtmp://192.0.2.10/live/show1?txSecret=${SECRET}&txTime=5C271099`)
    expect(await screen.findByText(/No support link for this URL: .*“domain”/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Copy a link for this user' })).toBeNull()
  })
})

describe('App and support links', () => {
  it('subscribes before it says it is ready, and a link switches to the check tab and fills the form', async () => {
    const order: string[] = []
    let listener: ((r: DeepLinkResult) => void) | undefined
    setApi(
      fakeApi({
        onLinkOpen: (l) => {
          order.push('subscribe')
          listener = l
          return () => undefined
        },
        linkReady: async () => void order.push('ready')
      })
    )
    renderWithI18n(<App />)
    await waitFor(() => expect(order).toContain('ready'))
    expect(order.indexOf('subscribe')).toBeLessThan(order.indexOf('ready'))
    const user = userEvent.setup()
    await user.click(screen.getByRole('tab', { name: 'Generate a push URL' }))
    act(() => listener?.(parseDeepLink(LINK)))
    expect(screen.getByRole('tab', { name: 'Check a push URL' })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    expect(urlField()).toHaveValue('rtmp://push.example.com/live/show1')
  })
})
