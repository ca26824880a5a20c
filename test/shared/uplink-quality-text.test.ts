/**
 * The uplink's quality lines in every UI language: each graded item with its numbers, "not
 * measured here" where the system could not tell, and the grading rules with the thresholds the
 * engine uses. Translations must fill every placeholder.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { qualityThresholdParams } from '../../src/main/preflight/uplink-quality'
import { I18N_OPTIONS, LANGUAGES } from '../../src/shared/i18n'
import type { Report } from '../../src/shared/report'
import type { UplinkEvidence, UplinkSummary } from '../../src/shared/uplink'
import { uplinkQualityExplainLines, uplinkQualityLines } from '../../src/shared/uplink-quality-text'

type Translate = (key: string, params?: Record<string, string | number>) => string

async function translator(lang: string): Promise<Translate> {
  const i18n = i18next.createInstance()
  await i18n.init({ ...I18N_OPTIONS, lng: lang, showSupportNotice: false })
  return (key, params) => i18n.t(key, params)
}

/** Only the parts of a report the quality lines read. */
function report(summary: Partial<UplinkSummary>, evidence: UplinkEvidence): Report {
  return {
    uplink: summary,
    checks: { uplink: { id: 'uplink', status: 'pass', code: 'uplink-ok', evidence } }
  } as unknown as Report
}

const MEASURED = report(
  { rtt: { idleMs: 12.5, loadedP50Ms: 364, loadedP95Ms: 370.2 }, retransmitPercent: 1.35 },
  {
    jitterKbps: 96,
    stalls: 0,
    quality: { bufferbloat: 'poor', retransmits: 'fair', steadiness: 'good' }
  }
)
const UNMEASURED = report(
  { rtt: { idleMs: null, loadedP50Ms: null, loadedP95Ms: null }, retransmitPercent: null },
  {
    jitterKbps: 96,
    stalls: 0,
    quality: { bufferbloat: 'not-measured', retransmits: 'not-measured', steadiness: 'good' }
  }
)

describe.each(LANGUAGES)('%s', (lang) => {
  it('one line per item, with its numbers and grade', async () => {
    const t = await translator(lang)
    const lines = uplinkQualityLines(MEASURED, t)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toContain('12.5')
    expect(lines[0]).toContain('364')
    expect(lines[0]).toContain('370.2')
    expect(lines[0]).toContain(t('uplink.quality.grade.poor'))
    expect(lines[1]).toContain('1.35')
    expect(lines[1]).toContain(t('uplink.quality.grade.fair'))
    expect(lines[2]).toContain('96')
    for (const l of lines) expect(l).not.toMatch(/\{\{|undefined|null/)
  })

  it('says not measured rather than a number', async () => {
    const t = await translator(lang)
    const lines = uplinkQualityLines(UNMEASURED, t)
    expect(lines[0]).toBe(t('uplink.quality.bufferbloat.not-measured'))
    expect(lines[1]).toBe(t('uplink.quality.retransmits.not-measured'))
    expect(lines[1]).not.toMatch(/\d/)
  })

  it('explains each grade with the engine thresholds', async () => {
    const t = await translator(lang)
    const lines = uplinkQualityExplainLines(t, qualityThresholdParams())
    expect(lines).toHaveLength(4)
    const all = lines.join('\n')
    for (const v of [30, 100, 1.5, 0.5, 2, 15, 35, 80, 70, 60]) expect(all).toContain(String(v))
    expect(all).not.toContain('{{')
  })
})

it('no uplink quality, no lines', () => {
  expect(uplinkQualityLines(report({}, {}), (k) => k)).toEqual([])
  expect(uplinkQualityLines({ checks: {} } as unknown as Report, (k) => k)).toEqual([])
})
