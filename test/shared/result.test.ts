import { describe, expect, it } from 'vitest'
import { checkResult, startTiming, worstStatus, type CheckStatus } from '../../src/shared/result'

type Code = 'a-ok' | 'a-slow' | 'a-broken' | 'a-off'
const STATUS: Record<Code, CheckStatus> = {
  'a-ok': 'pass',
  'a-slow': 'warn',
  'a-broken': 'fail',
  'a-off': 'skipped'
}

describe('checkResult', () => {
  it('takes the status from the table by code and keeps id, code, timing and evidence', () => {
    const timing = { startedAt: 1000, durationMs: 5 }
    const evidence = { n: 1 }
    for (const code of Object.keys(STATUS) as Code[]) {
      const r = checkResult('a', code, STATUS, evidence, timing)
      expect(r).toEqual({ id: 'a', status: STATUS[code], code, timing, evidence })
    }
  })

  it('is plain data (survives JSON)', () => {
    const r = checkResult('a', 'a-slow', STATUS, { list: [1, 2] }, { startedAt: 1, durationMs: 2 })
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })
})

describe('startTiming', () => {
  it('takes startedAt from the wall clock and the duration from now', () => {
    let mono = 50
    const clock = startTiming(
      () => mono,
      () => 1_700_000_000_000
    )
    mono = 62.4
    expect(clock.timing()).toEqual({ startedAt: 1_700_000_000_000, durationMs: 62.4 - 50 })
    expect(clock.startedAt).toBe(1_700_000_000_000)
    expect(clock.origin).toBe(50)
    mono = 80
    expect(clock.timing().durationMs).toBe(30)
  })

  it('uses now for both when no wall clock is given', () => {
    let t = 10
    const clock = startTiming(() => t)
    t = 17
    expect(clock.timing()).toEqual({ startedAt: 10, durationMs: 7 })
  })

  it('rounds to whole ms and never goes negative with wholeMs', () => {
    let t = 100
    const clock = startTiming(
      () => t,
      () => 5,
      { wholeMs: true }
    )
    t = 102.6
    expect(clock.timing().durationMs).toBe(3)
    t = 99 // a clock that steps back
    expect(clock.timing().durationMs).toBe(0)
  })
})

describe('worstStatus', () => {
  it('ranks fail over warn over skipped over pass', () => {
    expect(worstStatus([])).toBe('pass')
    expect(worstStatus(['pass', 'skipped'])).toBe('skipped')
    expect(worstStatus(['warn', 'fail', 'pass'])).toBe('fail')
  })
})
