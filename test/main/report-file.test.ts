import { describe, expect, it } from 'vitest'
import {
  isReport,
  MAX_REPORT_BYTES,
  parseReportFile,
  safeFileName
} from '../../src/main/report-file'

/** The smallest object with a Report's shape. */
function minimal(): Record<string, unknown> {
  return {
    kind: 'push-preflight-report',
    schemaVersion: 1,
    createdAt: 1,
    finishedAt: 2,
    inputs: { url: 'rtmp://h/live/s' },
    environment: { machine: 'm', network: { interfaces: [], dnsServers: [] } },
    checks: { parse: { ok: false } },
    timeline: [],
    causes: [
      {
        id: 'network',
        severity: 'fail',
        confidence: 'likely',
        reason: 'port-filtered',
        evidence: []
      }
    ],
    notes: [],
    verdict: 'not-ready',
    cancelled: false
  }
}

describe('report files', () => {
  it('accepts a report, with or without a one-level comparison', () => {
    expect(parseReportFile(JSON.stringify(minimal())).ok).toBe(true)
    const withComparison = {
      ...minimal(),
      comparison: { other: minimal(), changes: ['gateway'], conclusion: 'network-blocks' }
    }
    expect(parseReportFile(JSON.stringify(withComparison)).ok).toBe(true)
  })

  it('refuses what is not a report: wrong kind, schema version, cause id, nested comparisons', () => {
    expect(parseReportFile('not json')).toEqual({ ok: false, error: 'not-json' })
    expect(parseReportFile(JSON.stringify({ ...minimal(), kind: 'other' }))).toEqual({
      ok: false,
      error: 'not-a-report'
    })
    expect(isReport({ ...minimal(), schemaVersion: 2 })).toBe(false)
    expect(
      isReport({
        ...minimal(),
        causes: [{ id: 'bogus', severity: 'fail', reason: 'x', evidence: [] }]
      })
    ).toBe(false)
    expect(isReport({ ...minimal(), checks: { parse: {}, dns: 'x' } })).toBe(false)
    const inner = {
      ...minimal(),
      comparison: { other: minimal(), changes: [], conclusion: 'fails-both' }
    }
    expect(
      isReport({
        ...minimal(),
        comparison: { other: inner, changes: [], conclusion: 'fails-both' }
      })
    ).toBe(false)
    expect(
      isReport({
        ...minimal(),
        comparison: { other: minimal(), changes: ['wifi'], conclusion: 'fails-both' }
      })
    ).toBe(false)
  })

  it('caps the size before parsing', () => {
    expect(parseReportFile(' '.repeat(MAX_REPORT_BYTES + 1))).toEqual({
      ok: false,
      error: 'too-large'
    })
  })

  it('file names lose folders and odd characters', () => {
    expect(safeFileName('../../etc/passwd', 'json')).toBe('etc-passwd.json')
    expect(safeFileName('push-preflight-2026-11-25-1742', 'md')).toBe(
      'push-preflight-2026-11-25-1742.md'
    )
    expect(safeFileName('', 'txt')).toBe('push-preflight-report.txt')
  })
})
