/**
 * Lists inside translated sentences ("adapters, addresses and DNS servers" → "网络适配器、IP 地址、
 * DNS 服务器"): the separator belongs to the language, so a list is joined by Intl.ListFormat for
 * the UI's locale, never by a hard-coded ", ".
 */

/** Join items the way the locale writes a plain enumeration: en/id "a, b, c", zh "a、b、c". */
export function formatList(items: readonly string[], locale: string): string {
  // Narrow conjunctions have no "and": the items are technical (addresses, features), where
  // "a, b, and c" would read as prose and "a、b和c" would glue the last two together.
  return listFormat(locale).format(items)
}

function listFormat(locale: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })
  } catch {
    // A malformed locale tag (from a saved setting or LANG) must not break a report.
    return new Intl.ListFormat('en', { type: 'conjunction', style: 'narrow' })
  }
}

/** What a placeholder function needs to word its values in the UI language. */
export interface Wording {
  /** BCP 47 locale of the UI language. */
  locale: string
  /** The translator of the UI language. */
  t: (key: string, params?: Record<string, string | number>) => string
}
