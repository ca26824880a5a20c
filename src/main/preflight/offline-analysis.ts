/**
 * The offline half of the diagnosis (no network): parse the push URL, then expiry, signature and
 * txHost. Synchronous and cheap (see bench/offline-analysis.bench.ts) so the UI runs it on
 * every keystroke.
 */
import type { OfflineAnalysis, OfflineInput } from '../../shared/push-url'
import { checkExpiry } from './expiry-check'
import { checkSignature } from './signature-check'
import { checkTxHost } from './txhost-check'
import { parsePushUrl } from './url-parse'

/** Analyse a push URL offline. Never throws; checks that need a parsed URL are `skipped` without. */
export function analyzeOffline(input: OfflineInput, now: number = Date.now()): OfflineAnalysis {
  const parse = parsePushUrl(input.url)
  const url = parse.ok ? parse.url : undefined
  return {
    parse,
    expiry: checkExpiry(
      url,
      { authDeltaSec: input.authDeltaSec, showLengthSec: input.showLengthSec },
      now
    ),
    signature: checkSignature(url, input.keys, now),
    txHost: checkTxHost(url, now)
  }
}
