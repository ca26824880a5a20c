import { describe, expect, it } from 'vitest'
import {
  inRange,
  optionConflict,
  pickRunOptions,
  PLANNED_KBPS,
  PUSH_SECONDS,
  rangeText,
  RUN_OPTION_KEYS,
  WHOLE_NUMBER_OPTIONS
} from '../../src/shared/options'
import {
  PUSH_DEFAULT_SECONDS,
  UPLINK_DEFAULT_PLANNED_KBPS
} from '../../src/main/preflight/constants'

describe('the shared check options', () => {
  it('names each limit once: the engine defaults are the shared ones', () => {
    expect(PUSH_DEFAULT_SECONDS).toBe(PUSH_SECONDS.default)
    expect(UPLINK_DEFAULT_PLANNED_KBPS).toBe(PLANNED_KBPS.default)
    expect(WHOLE_NUMBER_OPTIONS.plannedKbps).toMatchObject({
      flag: '--bitrate',
      min: 1,
      max: 100_000
    })
    expect(WHOLE_NUMBER_OPTIONS.pushSeconds).toMatchObject({
      flag: '--push-seconds',
      min: 1,
      max: 600
    })
  })

  it.each([
    [0, false],
    [1, true],
    [100_000, true],
    [100_001, false],
    [2500.5, false],
    ['2500', false],
    [Number.NaN, false]
  ])('planned bitrate %j in range: %s', (n, ok) => {
    expect(inRange(n, PLANNED_KBPS)).toBe(ok)
  })

  it('says a range in words', () => {
    expect(rangeText(PUSH_SECONDS)).toBe('a whole number from 1 to 600')
  })

  it('picks exactly the check options that are set', () => {
    const picked = pickRunOptions({
      pushSeconds: 4,
      uplink: true,
      plannedKbps: 4500,
      noPush: undefined,
      ...({ json: true, key: 'secret' } as object)
    })
    expect(picked).toEqual({ pushSeconds: 4, uplink: true, plannedKbps: 4500 })
    expect(RUN_OPTION_KEYS).toContain('plannedKbps')
    expect(RUN_OPTION_KEYS).not.toContain('url')
  })

  it('finds conflicting switches', () => {
    expect(optionConflict({ uplink: true, noPush: true })).toBe(
      '--uplink needs the test push: drop --no-push'
    )
    expect(optionConflict({ realProbe: false, pushRealStream: true })).toContain('--no-real-probe')
    expect(optionConflict({ uplink: true, noPush: false, realProbe: true })).toBeUndefined()
  })
})
