import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { setApi } from '../../../src/renderer/src/lib/api'
import { StartScreen } from '../../../src/renderer/src/screens/StartScreen'
import type { DemoRequest, PreflightRequest } from '../../../src/shared/ipc-contract'
import type { PushUrl } from '../../../src/shared/push-url'
import { fakeApi } from '../fake-api'
import { ladderUrl } from '../ladder-report'
import { renderWithI18n } from '../render'

type OnRun = (req: Omit<PreflightRequest, 'runId'>, fullUrl?: PushUrl) => void
type OnDemo = (
  fail?: DemoRequest['fail'],
  uplink?: Pick<DemoRequest, 'uplink' | 'plannedKbps'>
) => void

async function setup(): Promise<{
  user: ReturnType<typeof userEvent.setup>
  onRun: ReturnType<typeof vi.fn<OnRun>>
  onDemo: ReturnType<typeof vi.fn<OnDemo>>
}> {
  setApi(fakeApi())
  const onRun = vi.fn<OnRun>()
  const onDemo = vi.fn<OnDemo>()
  renderWithI18n(<StartScreen onRun={onRun} onDemo={onDemo} onOpenReport={() => undefined} />)
  const user = userEvent.setup()
  await user.click(screen.getByLabelText(/^Push URL$/, { selector: 'input[type=text]' }))
  await user.paste(ladderUrl().text)
  await user.click(screen.getByLabelText('No, it is not live now'))
  return { user, onRun, onDemo }
}

const run = (): HTMLElement => screen.getByRole('button', { name: 'Run the full check' })
const toggle = (): HTMLElement =>
  screen.getByLabelText('Uplink test: measure the upload at the bitrate I plan to stream')
const field = (): HTMLElement => screen.getByLabelText('Planned bitrate, kbit/s')

describe('the start screen’s uplink test', () => {
  it('off by default: the request carries no uplink test', async () => {
    const { user, onRun } = await setup()
    expect(screen.queryByLabelText('Planned bitrate, kbit/s')).toBeNull()
    await user.click(run())
    expect(onRun).toHaveBeenCalledTimes(1)
    expect(onRun.mock.calls[0][0]).not.toHaveProperty('uplink')
    expect(onRun.mock.calls[0][0]).not.toHaveProperty('plannedKbps')
  })

  it('on: the planned bitrate (default 3000) goes into the request; OBS’s usual values are offered', async () => {
    const { user, onRun } = await setup()
    await user.click(toggle())
    expect(field()).toHaveValue('3000')
    const list = document.getElementById(field().getAttribute('list') ?? '')
    expect(
      [...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))
    ).toEqual(['2500', '4500', '6000', '8000'])
    await user.clear(field())
    await user.type(field(), '6000')
    await user.click(run())
    expect(onRun.mock.calls[0][0]).toMatchObject({ uplink: true, plannedKbps: 6000 })
  })

  it.each(['0', '100001', '25.5', 'fast', ''])(
    'a bitrate of %j: a field message and no run',
    async (value) => {
      const { user, onRun } = await setup()
      await user.click(toggle())
      await user.clear(field())
      if (value) await user.type(field(), value)
      expect(field()).toHaveAttribute('aria-invalid', 'true')
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Enter a whole number of kbit/s from 1 to 100000.'
      )
      expect(field()).toHaveAccessibleDescription(
        expect.stringContaining('Enter a whole number of kbit/s from 1 to 100000.')
      )
      expect(run()).toBeDisabled()
      await user.click(run())
      expect(onRun).not.toHaveBeenCalled()
      // Fixing the value lifts the block; unticking the test lifts it too.
      await user.clear(field())
      await user.type(field(), '100000')
      expect(run()).toBeEnabled()
      expect(screen.queryByRole('alert')).toBeNull()
    }
  )

  it('without a key it says the test needs one; with "No test push" it says that instead and sends no uplink', async () => {
    const { user, onRun } = await setup()
    await user.click(toggle())
    expect(screen.getByTestId('uplink-blocker')).toHaveTextContent('needs your push key')
    await user.click(screen.getByText('More options'))
    await user.click(screen.getByLabelText(/No test push/))
    expect(screen.getByTestId('uplink-blocker')).toHaveTextContent('needs the test push')
    await user.click(run())
    expect(onRun.mock.calls[0][0]).toMatchObject({ noPush: true })
    expect(onRun.mock.calls[0][0]).not.toHaveProperty('uplink')
  })

  it('the demo takes the uplink option too', async () => {
    const { user, onDemo } = await setup()
    await user.click(toggle())
    await user.clear(field())
    await user.type(field(), '4500')
    await user.click(screen.getByRole('button', { name: 'Try the demo' }))
    expect(onDemo).toHaveBeenCalledWith(undefined, { uplink: true, plannedKbps: 4500 })
  })
})
