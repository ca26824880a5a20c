import { describe, expect, it } from 'vitest'
import {
  EN_TIME_WORDS,
  formatDate,
  formatDuration,
  formatExpiry
} from '../../src/shared/format-time'

const NOW = Date.UTC(2026, 10, 25, 17, 20) // Wed 25 Nov 2026 17:20 UTC
const MIN = 60_000
const H = 60 * MIN

describe('formatExpiry', () => {
  it('future: date and "in …"', () => {
    expect(formatExpiry(NOW + 9 * H + 40 * MIN, NOW, 'en-GB', 'UTC')).toBe(
      'Thu 26 Nov 03:00 (in 9 h 40 min)'
    )
  })
  it('past: "expired … ago"', () => {
    expect(formatExpiry(NOW - 2 * H - 5 * MIN, NOW, 'en-GB', 'UTC')).toBe('expired 2 h 5 min ago')
  })
  it('uses the time zone given (local time by default)', () => {
    expect(formatExpiry(NOW + 9 * H + 40 * MIN, NOW, 'en-GB', 'Asia/Jakarta')).toBe(
      'Thu 26 Nov 10:00 (in 9 h 40 min)'
    )
    expect(formatDate(NOW, 'en-US', 'UTC')).toBe('Wed 25 Nov 17:20')
  })
  it('words are a parameter (i18n later)', () => {
    const id = {
      ...EN_TIME_WORDS,
      in: 'dalam {{duration}}',
      ago: 'kedaluwarsa {{duration}} lalu',
      hour: 'jam',
      minute: 'mnt'
    }
    expect(formatExpiry(NOW - 2 * H - 5 * MIN, NOW, 'id-ID', 'UTC', id)).toBe(
      'kedaluwarsa 2 jam 5 mnt lalu'
    )
  })
})

describe('formatDuration', () => {
  it.each([
    [30_000, 'less than a minute'],
    [5 * MIN, '5 min'],
    [2 * H, '2 h'],
    [26 * H + 30 * MIN, '1 d 2 h'],
    [-(61 * MIN), '1 h 1 min']
  ])('%d ms → %s', (ms, want) => {
    expect(formatDuration(ms)).toBe(want)
  })
})

describe('formatDate', () => {
  it('falls back instead of throwing on a bad locale or time zone', () => {
    expect(() => formatDate(NOW, 'not a locale!!', 'UTC')).not.toThrow()
    expect(() => formatDate(NOW, 'en', 'Mars/Olympus')).not.toThrow()
  })
})

describe('formatDate in Chinese', () => {
  it('writes month and day with 月 and 日', () => {
    expect(formatDate(Date.UTC(2026, 10, 26, 3, 0), 'zh-CN', 'UTC')).toBe('11月26日 周四 03:00')
  })
})
