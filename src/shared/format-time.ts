/**
 * Pure formatting of an expiry time for people: "Thu 26 Nov 03:00 (in 9 h 40 min)" or
 * "expired 2 h 5 min ago", in local time by default. Uses Intl only (no node: imports), so the
 * renderer and the CLI share it. The words are a parameter so other languages can supply theirs.
 */

/** The words used around the date and in durations; English by default. */
export interface TimeWords {
  /** Future: `{{date}}` and `{{rel}}`. */
  future: string
  /** Relative part of a future time: `{{duration}}`. */
  in: string
  /** Past: `{{duration}}` (and `{{date}}` if a language wants it). */
  ago: string
  /** Unit suffixes. */
  day: string
  hour: string
  minute: string
  /** Shown instead of a duration shorter than one minute. */
  lessThanMinute: string
}

/** English words (the default). */
export const EN_TIME_WORDS: TimeWords = {
  future: '{{date}} ({{rel}})',
  in: 'in {{duration}}',
  ago: 'expired {{duration}} ago',
  day: 'd',
  hour: 'h',
  minute: 'min',
  lessThanMinute: 'less than a minute'
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => params[k] ?? m)
}

/**
 * A duration as "2 d 3 h", "9 h 40 min", "5 min" (rounded down to the minute; the two largest
 * units only, since "1 d 2 h 3 min" is noise in a verdict).
 */
export function formatDuration(ms: number, words: TimeWords = EN_TIME_WORDS): string {
  const totalMin = Math.floor(Math.abs(ms) / 60_000)
  if (totalMin < 1) return words.lessThanMinute
  const d = Math.floor(totalMin / 1440)
  const h = Math.floor((totalMin % 1440) / 60)
  const min = totalMin % 60
  const parts: string[] = []
  if (d > 0) parts.push(`${d} ${words.day}`)
  if (h > 0) parts.push(`${h} ${words.hour}`)
  if (d === 0 && min > 0) parts.push(`${min} ${words.minute}`)
  return parts.join(' ')
}

/** The date part: weekday, day, month, 24-hour time, e.g. "Thu 26 Nov 03:00". */
export function formatDate(at: number, locale: string, timeZone?: string): string {
  const opts: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {})
  }
  let fmt: Intl.DateTimeFormat
  try {
    fmt = new Intl.DateTimeFormat(locale, opts)
  } catch {
    // A malformed locale tag or unknown time zone (RangeError) must not break the verdict.
    fmt = new Intl.DateTimeFormat('en', { ...opts, timeZone: undefined })
  }
  const p: Record<string, string> = {}
  for (const part of fmt.formatToParts(new Date(at))) p[part.type] = part.value
  // Chinese writes the month as a number with 月 and the day with 日: "11月26日 周四 03:00".
  if (/^zh\b/i.test(locale)) {
    const month = (p.month ?? '').replace(/月$/, '')
    return `${month}月${p.day ?? ''}日 ${p.weekday ?? ''} ${p.hour ?? ''}:${p.minute ?? ''}`.trim()
  }
  // Assembled by hand: the locales disagree on commas ("Thu, Nov 26, 03:00"), we want one look.
  return `${p.weekday ?? ''} ${p.day ?? ''} ${p.month ?? ''} ${p.hour ?? ''}:${p.minute ?? ''}`.trim()
}

/**
 * "Thu 26 Nov 03:00 (in 9 h 40 min)" for a future expiry, "expired 2 h 5 min ago" for a past one.
 * `timeZone` defaults to the system's (local time); tests pass one for stable output.
 */
export function formatExpiry(
  expiresAt: number,
  now: number,
  locale: string,
  timeZone?: string,
  words: TimeWords = EN_TIME_WORDS
): string {
  const diff = expiresAt - now
  const duration = formatDuration(diff, words)
  if (diff <= 0) {
    return fill(words.ago, { duration, date: formatDate(expiresAt, locale, timeZone) })
  }
  const rel = fill(words.in, { duration })
  return fill(words.future, { date: formatDate(expiresAt, locale, timeZone), rel })
}
