/**
 * The i18n resources shared by the renderer (react-i18next) and the CLI (i18next): every
 * user-facing text, keyed by a code or a `ui.` id. Keys are flat (kebab-case codes contain no
 * separators), so key and namespace separators are switched off.
 */
import type { InitOptions } from 'i18next'
import { EN_TIME_WORDS, type TimeWords } from '../format-time'
import { en } from './en'
import { id, idTimeWords } from './id'
import { zhCN, zhCNTimeWords } from './zh-CN'

import { LANGUAGES, type Language } from '../options'

/** Languages the app ships: one list, kept with the other shared option lists. */
export { LANGUAGES, type Language }

/** All resources, one translation namespace per language. */
export const resources = {
  en: { translation: en },
  id: { translation: id },
  'zh-CN': { translation: zhCN }
} as const

/** Options common to every i18next instance of the app. */
export const I18N_OPTIONS: InitOptions = {
  resources,
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'en',
  // Our codes are whole tags ('zh-CN'); without this i18next would also look for a 'zh' bundle.
  load: 'currentOnly',
  keySeparator: false,
  nsSeparator: false,
  // React and the terminal both escape on their own; i18next's HTML escaping would double it.
  interpolation: { escapeValue: false },
  returnNull: false,
  // i18next 25 prints an advert on stdout at init; it would corrupt the CLI's --json output.
  showSupportNotice: false
}

/**
 * Pick the best supported language for a locale: a BCP 47 tag from the OS or browser
 * (`id-ID`, `zh-Hans-CN`) or a POSIX one from `LANG` (`zh_CN.UTF-8`, `id_ID@euro`).
 * Indonesian: `id` and the legacy code `in` (still sent by old Java/Android stacks).
 * Chinese: every variant goes to Simplified — including Traditional ones (zh-TW, zh-HK, zh-MO,
 * zh-Hant): the console places we name are those of Tencent's Simplified-Chinese console, and a
 * Traditional reader follows Simplified far more easily than English. The app's switcher and
 * `--lang en` remain for anyone who prefers English.
 */
export function pickLanguage(locale: string | undefined): Language {
  const tag = (locale ?? '')
    .trim()
    .replace(/[.@].*$/, '') // POSIX charset/modifier: zh_CN.UTF-8, id_ID@euro
    .replace(/_/g, '-')
    .toLowerCase()
  const primary = tag.split('-')[0]
  if (primary === 'id' || primary === 'in') return 'id'
  if (primary === 'zh') return 'zh-CN'
  return 'en'
}

/** The words of expiry dates and durations (see format-time.ts) for a language. */
export function timeWordsFor(lang: Language): TimeWords {
  switch (lang) {
    case 'id':
      return idTimeWords
    case 'zh-CN':
      return zhCNTimeWords
    default:
      return EN_TIME_WORDS
  }
}
