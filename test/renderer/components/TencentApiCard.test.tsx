import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TencentApiCard } from '../../../src/renderer/src/components/TencentApiCard'
import { createI18n } from '../../../src/renderer/src/i18n'
import type { DescribeContext } from '../../../src/shared/describe'
import { parseStopReason, type TencentApiResult } from '../../../src/shared/tencent-api'

const i18n = createI18n('en')
const ctx: DescribeContext = { now: Date.now(), locale: 'en', t: (k, p) => i18n.t(k, p) }

function result(
  over: Partial<TencentApiResult['evidence']>,
  code: TencentApiResult['code'] = 'api-state-forbid'
): TencentApiResult {
  return {
    id: 'tencent-api',
    status: 'fail',
    code,
    timing: { startedAt: 0, durationMs: 10 },
    evidence: { endpoint: 'live.tencentcloudapi.com', stream: 'show', calls: [], ...over }
  }
}

describe('TencentApiCard', () => {
  it('says "Confirmed by Tencent" with the state, and the stop reason of a failed start', () => {
    const r = result({
      state: 'forbid',
      stopReasonId: 'stream-disabled',
      stopReasonCode: '18/305',
      events: [{ stopReasonRaw: '18_305', stopReason: parseStopReason('18_305'), duringRun: true }]
    })
    render(<TencentApiCard result={r} ctx={ctx} />)
    const card = screen.getByTestId('tencent-api-card')
    expect(card.textContent).toContain('Tencent API — Confirmed by Tencent')
    expect(card.textContent).toContain('Tencent says show is disabled')
    expect(card.textContent).toContain(
      "Tencent's record of the last push of show: the stream is disabled (code 18/305)."
    )
  })
  it('an API that failed is not "confirmed", and names the error', () => {
    render(
      <TencentApiCard
        result={result({ errorCode: 'AuthFailure.SignatureExpire' }, 'api-clock-skew')}
        ctx={ctx}
      />
    )
    const card = screen.getByTestId('tencent-api-card')
    expect(card.textContent).not.toContain('Confirmed by Tencent')
    expect(card.textContent).toContain('more than 5 minutes off (AuthFailure.SignatureExpire)')
  })
})
