/**
 * The extra lines of the Tencent API check, in the UI language: the stop reason of the stream's
 * telling push event, and what the ingest received from the test push next to what was sent.
 */
import type { DescribeContext } from './describe'
import type { TencentApiResult } from './tencent-api'

/** Zero, one or two lines under the API check's own line (the CLI, the text export and the app). */
export function tencentApiLines(r: TencentApiResult, ctx: Pick<DescribeContext, 't'>): string[] {
  const e = r.evidence
  const out: string[] = []
  if (e.stopReasonId) {
    const reason = ctx.t(`tencent.stop.${e.stopReasonId}`)
    out.push(
      ctx.t('tencent.stop-line', { stream: e.stream, reason, stopCode: e.stopReasonCode ?? '' })
    )
  }
  if (e.received) {
    out.push(
      ctx.t('tencent.received', {
        receivedFps: e.receivedFps ?? '–',
        receivedKbps: e.receivedKbps ?? '–',
        sentKbps: e.sentKbps ?? '–'
      })
    )
  }
  return out
}
