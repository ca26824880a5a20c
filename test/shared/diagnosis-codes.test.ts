import { describe, expect, it } from 'vitest'
import {
  DIAGNOSIS_REASONS,
  isDiagnosisReason,
  TELL_APART_KEYS
} from '../../src/shared/diagnosis-codes'
import { en } from '../../src/shared/i18n/en'

describe('diagnosis codes', () => {
  it('every diagnosis reason has a headline text, and every headline text is a reason', () => {
    const texts = Object.keys(en).filter((k) => k.startsWith('diag.'))
    expect(DIAGNOSIS_REASONS.filter((r) => !(`diag.${r}` in en))).toEqual([])
    expect(texts.filter((k) => !isDiagnosisReason(k.slice('diag.'.length)))).toEqual([])
    expect(new Set(DIAGNOSIS_REASONS).size).toBe(DIAGNOSIS_REASONS.length)
  })

  it('every tell-apart key has a text', () => {
    expect(TELL_APART_KEYS.filter((k) => !(k in en))).toEqual([])
  })

  it('tells a reason from another code', () => {
    expect(isDiagnosisReason('port-refused')).toBe(true)
    expect(isDiagnosisReason('port-open')).toBe(false)
    expect(isDiagnosisReason('signature-ok')).toBe(false)
  })
})
