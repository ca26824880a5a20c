import type { DescribeContext } from '@shared/describe'
import { describeCheck } from '@shared/describe'
import type { TencentApiResult } from '@shared/tencent-api'
import { tencentApiLines } from '@shared/tencent-api-text'
import { CheckCard } from './CheckCard'

/** What Tencent's API said: the stream's state, a failed start's stop reason, the received rates. */
export function TencentApiCard({
  result,
  ctx
}: {
  result: TencentApiResult
  ctx: DescribeContext
}): React.JSX.Element {
  const d = describeCheck(result, ctx)
  const confirmed = result.evidence.state !== undefined
  return (
    <CheckCard
      title={
        confirmed ? `${ctx.t('phase.api')} — ${ctx.t('ui.api.confirmed')}` : ctx.t('phase.api')
      }
      status={result.status}
      message={ctx.t(d.key, d.params)}
      testId="tencent-api-card"
    >
      {tencentApiLines(result, ctx).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </CheckCard>
  )
}
