/**
 * A real "ready" Report for component tests: one runPreflight against the loopback fixtures
 * (ingest with Tencent rules + DNS with a Tencent CNAME), so every card sees real evidence.
 */
import { runPreflight } from '../../src/main/preflight/run-preflight'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { Report } from '../../src/shared/report'
import { startDnsServer } from '../fixtures/dns-server'
import { startIngest } from '../fixtures/rtmp-ingest'
import { VENUE_NETWORK } from './fake-api'

/** Run one real check that passes everything; fixtures are closed before it returns. */
export async function readyReport(): Promise<Report> {
  const key = 'cards-key'
  const ingest = await startIngest({ key })
  const dns = await startDnsServer({
    'push.cards.test': { cname: 'cards.tlivepush.com' },
    'cards.tlivepush.com': { a: ['127.0.0.1'] }
  })
  try {
    const txTime = Math.floor(Date.now() / 1000 + 20 * 3600)
      .toString(16)
      .toUpperCase()
    const url = `rtmp://push.cards.test:${ingest.port}/live/cards?txSecret=${computeTxSecret(key, 'cards', txTime, 'md5')}&txTime=${txTime}`
    return await runPreflight(
      { url: { url }, keys: { primary: key }, dnsServer: `127.0.0.1:${dns.port}`, pushSeconds: 1 },
      { deps: { readNetworkIdentity: async () => VENUE_NETWORK } }
    )
  } finally {
    await ingest.close()
    await dns.close()
  }
}

/** A deep copy, so each test can change its own report. */
export function clone(r: Report): Report {
  return JSON.parse(JSON.stringify(r)) as Report
}
