/**
 * Pushing to a raw IP address: Tencent's ingest picks the domain (and so the key and the rules)
 * from the host name, so a push to an IP must name the domain in `&txHost=<push-domain>` or it
 * is rejected. A host name needs nothing.
 */
import { isIP } from 'node:net'
import type { PushUrl, TxHostResult } from '../../shared/push-url'
import { isValidHostName } from './url-parse'

/** Check that a push to a raw IP carries txHost. `warn` when it does not; never `fail`. */
export function checkTxHost(url: PushUrl | undefined, now: number = Date.now()): TxHostResult {
  const t0 = performance.now()
  const done = (
    status: TxHostResult['status'],
    code: TxHostResult['code'],
    evidence: TxHostResult['evidence']
  ): TxHostResult => ({
    id: 'txhost',
    status,
    code,
    timing: { startedAt: now, durationMs: performance.now() - t0 },
    evidence
  })
  if (!url) return done('skipped', 'txhost-skipped-no-url', { host: '', hostKind: 'name' })
  const evidence: TxHostResult['evidence'] = { host: url.host, hostKind: url.hostKind }
  if (url.txHost !== undefined) evidence.txHost = url.txHost
  if (url.hostKind === 'name') return done('pass', 'txhost-not-needed', evidence)
  if (url.txHost === undefined) return done('warn', 'txhost-missing', evidence)
  const h = url.txHost.toLowerCase().replace(/\.$/, '')
  // txHost must be the push domain; an IP (or garbage) there cannot select the domain.
  if (isIP(h) !== 0 || !isValidHostName(h)) return done('pass', 'txhost-not-a-name', evidence)
  return done('pass', 'txhost-ok', evidence)
}
