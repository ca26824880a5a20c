import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { RunState } from '../../../src/renderer/src/lib/wizard-state'
import { RunningScreen } from '../../../src/renderer/src/screens/RunningScreen'
import { renderWithI18n } from '../render'

// startedAt is set in each test, not at import: the time between loading this file and running the
// test would otherwise count into "Elapsed" and could push it past 3.x s on a loaded machine.
const RUN: RunState = {
  runId: 'run-1',
  status: 'running',
  onHotspot: false,
  startedAt: 0,
  phases: {
    url: { state: 'pass', atMs: 2 },
    dns: { state: 'pass', atMs: 31 },
    port: { state: 'pass', atMs: 40 },
    handshake: { state: 'pass', atMs: 52 },
    publish: { state: 'pass', atMs: 640 },
    push: { state: 'running', atMs: 650 }
  },
  pushStream: 'show_preflight_abc',
  push: { timeSec: 2.4, kbps: 812 }
}

describe('RunningScreen', () => {
  it('each phase with its state and time, elapsed time, the TEST note naming the stream, Cancel', async () => {
    const onCancel = vi.fn()
    renderWithI18n(
      <RunningScreen
        run={{ ...RUN, startedAt: Date.now() - 3000 }}
        onCancel={onCancel}
        onBack={() => undefined}
      />
    )
    expect(screen.getByRole('heading', { name: 'Checking your push…' })).toBeInTheDocument()
    expect(within(screen.getByTestId('phase-dns')).getByText('OK')).toBeInTheDocument()
    expect(within(screen.getByTestId('phase-dns')).getByText('31 ms')).toBeInTheDocument()
    expect(within(screen.getByTestId('phase-push')).getByText('running…')).toBeInTheDocument()
    expect(within(screen.getByTestId('phase-ffmpeg')).getByText('waiting')).toBeInTheDocument()
    expect(screen.getByText(/Elapsed: (2\.9|3\.\d) s/)).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(
      'TEST — not live: pushing a test pattern to “show_preflight_abc” — 2.4 s sent, 812 kbit/s'
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
  })

  it('the hotspot run says so; an IPC error shows and offers the way back', () => {
    renderWithI18n(
      <RunningScreen
        run={{ ...RUN, onHotspot: true, status: 'error', error: 'preflight:run: refused' }}
        onCancel={() => undefined}
        onBack={() => undefined}
      />
    )
    expect(
      screen.getByRole('heading', { name: 'Checking again on the hotspot…' })
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('preflight:run: refused')
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Change the URL' })).toBeInTheDocument()
  })
})
