/**
 * How a preflight run uses Tencent's CSS API: which stream the questions are about, the real
 * session factory, and the watcher that asks what the ingest receives while the test push runs.
 */
import type { PushProgressSample } from '../../shared/push'
import type { PushUrl } from '../../shared/push-url'
import type { TencentApiConfig } from '../../shared/tencent-api'
import {
  TENCENT_API_CALL_TIMEOUT_MS,
  TENCENT_API_DEFAULT_ENDPOINT,
  TENCENT_API_PUSH_INFO_AFTER_SEC
} from './constants'
import {
  createTencentApiSession,
  sdkCaller,
  type TencentApiSession,
  type TencentApiTarget
} from './tencent-api-check'

/** Opens one run's API session (tests give a session over a fake caller). */
export type TencentApiFactory = (
  config: TencentApiConfig,
  target: TencentApiTarget,
  runStartedAt: number
) => TencentApiSession

/** The real session: Tencent's SDK signing, the endpoint given or Tencent's. */
export const realTencentApi: TencentApiFactory = (config, target, runStartedAt) => {
  const host = new URL(config.endpoint ?? TENCENT_API_DEFAULT_ENDPOINT).host
  return createTencentApiSession(
    sdkCaller(config, TENCENT_API_CALL_TIMEOUT_MS),
    target,
    runStartedAt,
    host
  )
}

/** The push domain, AppName and stream name the API knows the stream by (txHost for an IP URL). */
export function apiTarget(url: PushUrl): TencentApiTarget {
  const domain = url.hostKind === 'name' ? url.host : (url.txHost ?? url.host)
  return { domain, app: url.app, stream: url.stream }
}

/**
 * A progress callback for the test push: once the push has run long enough for the ingest's
 * rates to settle (or half a short push), ask once what it receives, with what ffmpeg has sent
 * so far. The question goes into `pending`; the run awaits it before the diagnosis.
 */
export function pushInfoWatcher(
  api: TencentApiSession,
  stream: string,
  pushSeconds: number,
  pending: Array<Promise<void>>,
  signal?: AbortSignal
): (sample: PushProgressSample) => void {
  const after = Math.min(TENCENT_API_PUSH_INFO_AFTER_SEC, pushSeconds / 2)
  let asked = false
  return (sample) => {
    if (asked || sample.timeSec < after) return
    asked = true
    const fps =
      sample.frames !== undefined && sample.timeSec > 0 ? sample.frames / sample.timeSec : undefined
    pending.push(api.pushInfo(stream, { kbps: sample.kbps, fps }, signal))
  }
}
