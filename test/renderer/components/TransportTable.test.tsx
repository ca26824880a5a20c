import { formatList } from '../../../src/shared/list-format'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TransportTable } from '../../../src/renderer/src/components/TransportTable'
import { useDescribeContext } from '../../../src/renderer/src/hooks/useDescribeContext'
import { setApi } from '../../../src/renderer/src/lib/api'
import { ResultScreen } from '../../../src/renderer/src/screens/ResultScreen'
import type { PushUrl } from '../../../src/shared/push-url'
import type { Report } from '../../../src/shared/report'
import { fakeApi } from '../fake-api'
import { ladderReport, ladderUrl } from '../ladder-report'
import { renderWithI18n } from '../render'

function Table({ report, fullUrl }: { report: Report; fullUrl?: PushUrl }): React.JSX.Element {
  return <TransportTable report={report} ctx={useDescribeContext()} fullUrl={fullUrl} />
}

const noop = (): void => undefined

describe('"Ways to push from here"', () => {
  it('one row per protocol: host:port, TCP/UDP, verdict, time and what was seen', () => {
    setApi(fakeApi())
    renderWithI18n(<Table report={ladderReport('rtmps-works')} />)
    const rtmp = screen.getByTestId('transport-rtmp')
    expect(rtmp).toHaveAttribute('data-verdict', 'blocked')
    expect(
      within(rtmp)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual([
      'push.ladder.test:1935',
      'TCP',
      '✕ does not work',
      '5.0 s',
      expect.stringContaining('No answer on TCP 1935: this network’s firewall drops it.')
    ])
    const rtmps = screen.getByTestId('transport-rtmps')
    expect(rtmps).toHaveAttribute('data-verdict', 'works')
    expect(rtmps).toHaveTextContent('push.ladder.test:443')
    expect(rtmps).toHaveTextContent(
      'Works from here: the server accepted a push to push.ladder.test:443.'
    )
    expect(rtmps).toHaveTextContent(
      'A test push to a separate test stream held for the whole test.'
    )
    const srt = screen.getByTestId('transport-srt')
    expect(srt).toHaveAttribute('data-verdict', 'blocked')
    expect(within(srt).getByText('UDP')).toBeInTheDocument()
    expect(srt).toHaveTextContent(
      'No answer on UDP 9000 within 3000 ms: this network drops outbound UDP'
    )
    expect(
      screen.getByText('What IT must allow outbound: TCP 1935, TCP 443, UDP 9000')
    ).toBeInTheDocument()
    // Only the way that works gets its URL and OBS fields.
    expect(screen.getByTestId('ready-rtmps')).toBeInTheDocument()
    expect(screen.queryByTestId('ready-rtmp')).toBeNull()
    expect(screen.queryByTestId('ready-srt')).toBeNull()
  })

  it('with the user’s own URL: the RTMPS URL in full, Copy puts it on the clipboard, OBS fields each copyable', async () => {
    const api = fakeApi()
    setApi(api)
    const { parsed, txSecret } = ladderUrl()
    renderWithI18n(<Table report={ladderReport('rtmps-works')} fullUrl={parsed} />)
    const full = `rtmps://push.ladder.test/live/show?txSecret=${txSecret}&txTime=${parsed.txTime}`
    expect(screen.getByTestId('url-rtmps')).toHaveTextContent(full)
    expect(screen.getByTestId('obs-server-rtmps')).toHaveTextContent(
      /^rtmps:\/\/push\.ladder\.test\/live\/$/
    )
    expect(screen.getByTestId('obs-key-rtmps')).toHaveTextContent(
      `show?txSecret=${txSecret}&txTime=${parsed.txTime}`
    )
    expect(screen.getByText('Custom…')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Copy the RTMPS URL' }))
    await waitFor(() => expect(api.clipboard).toEqual([full]))
    expect(within(screen.getByTestId('ready-rtmps')).getByText('Copied')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy Server' }))
    await user.click(screen.getByRole('button', { name: 'Copy Stream Key' }))
    await waitFor(() => expect(api.clipboard).toHaveLength(3))
    expect(api.clipboard.slice(1)).toEqual([
      'rtmps://push.ladder.test/live/',
      `show?txSecret=${txSecret}&txTime=${parsed.txTime}`
    ])
    expect(screen.queryByTestId('transports-redacted')).toBeNull()
  })

  it('SRT: the one URL goes in OBS’s Server, the Stream Key stays empty', async () => {
    const api = fakeApi()
    setApi(api)
    const { parsed, txSecret } = ladderUrl()
    renderWithI18n(<Table report={ladderReport('srt-works')} fullUrl={parsed} />)
    const url = `srt://push.ladder.test:9000?streamid=#!::h=push.ladder.test,r=live/show,txSecret=${txSecret},txTime=${parsed.txTime}`
    expect(screen.getByTestId('url-srt')).toHaveTextContent(url)
    expect(screen.getByTestId('obs-server-srt')).toHaveTextContent(url)
    expect(screen.getByTestId('obs-key-srt')).toHaveTextContent(
      '(leave empty: OBS takes an SRT push as one URL in Server)'
    )
    expect(screen.queryByRole('button', { name: 'Copy Stream Key' })).toBeNull()
    // The RTMPS row names the interception and its issuer.
    expect(screen.getByTestId('transport-rtmps')).toHaveTextContent('issued by “Venue Proxy CA”')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Copy Server' }))
    await waitFor(() => expect(api.clipboard).toEqual([url]))
  })

  it('a saved report: the redacted URL, no Copy, and a line saying why', () => {
    setApi(fakeApi())
    const { txSecret } = ladderUrl()
    renderWithI18n(<Table report={ladderReport('rtmps-works')} />)
    const shown = screen.getByTestId('url-rtmps').textContent ?? ''
    expect(shown).toMatch(/^rtmps:\/\/push\.ladder\.test\/live\/show\?txSecret=/)
    expect(shown).not.toContain(txSecret)
    expect(screen.getByTestId('obs-key-rtmps').textContent).not.toContain(txSecret)
    expect(screen.queryByRole('button', { name: /^Copy/ })).toBeNull()
    expect(screen.getByTestId('transports-redacted')).toHaveTextContent(
      'txSecret is shortened in these URLs'
    )
  })

  it('refused rows: the path works, the server refused the stream; nothing to copy', () => {
    setApi(fakeApi())
    renderWithI18n(<Table report={ladderReport('refused')} fullUrl={ladderUrl().parsed} />)
    expect(screen.getByTestId('transport-rtmp')).toHaveAttribute('data-verdict', 'refused')
    expect(screen.getByTestId('transport-rtmps')).toHaveTextContent('! reaches the server')
    expect(screen.getByTestId('transport-rtmps')).toHaveTextContent(
      'Gets through this network, but the server refused the stream'
    )
    expect(screen.getByTestId('transport-srt')).toHaveTextContent(
      'The SRT server refused the connection (code 1403)'
    )
    // Not the network's fault: the summary points at the server's refusal, not at IT.
    expect(screen.queryByText('None of the protocols works from this network.')).toBeNull()
    expect(screen.getByTestId('transports-summary')).toHaveTextContent(
      'the server refused the stream'
    )
    expect(screen.queryByTestId(/^ready-/)).toBeNull()
  })

  it('in Chinese: the list of ports joined the Chinese way, seconds in Chinese', () => {
    setApi(fakeApi())
    renderWithI18n(<Table report={ladderReport('rtmps-works')} />, 'zh-CN')
    expect(screen.getByText('从这里可用的推流方式')).toBeInTheDocument()
    expect(
      screen.getByText(
        `网络管理员需要放行的出站连接：${formatList(['TCP 1935', 'TCP 443', 'UDP 9000'], 'zh-CN')}`
      )
    ).toBeInTheDocument()
    expect(within(screen.getByTestId('transport-rtmp')).getByText('5.0 秒')).toBeInTheDocument()
  })

  it('in Bahasa Indonesia: a decimal comma in the time', () => {
    setApi(fakeApi())
    renderWithI18n(<Table report={ladderReport('rtmps-works')} />, 'id')
    expect(within(screen.getByTestId('transport-rtmps')).getByText('3,4 dtk')).toBeInTheDocument()
  })
})

describe('the result when RTMP is blocked and RTMPS works', () => {
  it('the verdict says to use rtmps://, the next step is the RTMPS URL, the network card warns, no hotspot', () => {
    setApi(fakeApi())
    renderWithI18n(
      <ResultScreen
        report={ladderReport('rtmps-works')}
        fullUrl={ladderUrl().parsed}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(screen.getByTestId('verdict')).toHaveTextContent(
      'Works with another protocol: RTMP is blocked here, so use rtmps://… (RTMPS).'
    )
    expect(screen.getByTestId('next-step')).toHaveTextContent(
      'Use the RTMPS push URL from “Ways to push from here” below'
    )
    const card = screen.getByTestId('cause-network')
    expect(card).toHaveAttribute('data-status', 'warn')
    expect(card).toHaveTextContent(
      'RTMP is blocked on this network, but RTMPS works: push with RTMPS (TCP 443) instead.'
    )
    expect(screen.getByTestId('url-rtmps')).toHaveTextContent(ladderUrl().txSecret)
  })

  it('another stream’s URL is not used to rebuild this report’s URLs', () => {
    setApi(fakeApi())
    const other = { ...ladderUrl().parsed, stream: 'other' }
    renderWithI18n(
      <ResultScreen
        report={ladderReport('rtmps-works')}
        fullUrl={other}
        hotspot={{ stage: 'none' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(screen.getByTestId('transports-redacted')).toBeInTheDocument()
    expect(screen.getByTestId('url-rtmps')).not.toHaveTextContent(ladderUrl().txSecret)
  })

  it('nothing works: "Not ready", the hotspot stays the next step', () => {
    setApi(fakeApi())
    renderWithI18n(
      <ResultScreen
        report={ladderReport('none')}
        hotspot={{ stage: 'offer' }}
        onRetryHotspot={noop}
        onEdit={noop}
        onOpenReport={noop}
      />
    )
    expect(screen.getByTestId('verdict')).toHaveTextContent('Not ready')
    expect(screen.getByTestId('next-step')).toHaveTextContent(/hotspot/)
    expect(screen.getByText('None of the protocols works from this network.')).toBeInTheDocument()
  })
})
