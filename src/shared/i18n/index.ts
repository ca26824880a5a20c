/**
 * The i18n resources shared by the renderer (react-i18next) and the CLI (i18next): every
 * user-facing text, keyed by a code or a `ui.` id. Keys are flat (kebab-case codes contain no
 * separators), so key and namespace separators are switched off.
 */
import type { InitOptions } from 'i18next'
import { en } from './en'

/** Languages the app ships. */
export const LANGUAGES = ['en'] as const
export type Language = (typeof LANGUAGES)[number]

/** All resources, one translation namespace per language. */
export const resources = {
  en: { translation: en }
} as const

/** Options common to every i18next instance of the app. */
export const I18N_OPTIONS: InitOptions = {
  resources,
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  // React and the terminal both escape on their own; i18next's HTML escaping would double it.
  interpolation: { escapeValue: false },
  returnNull: false
}

/** Pick the best supported language for a locale like `id-ID` or `zh-Hans-CN`. */
export function pickLanguage(locale: string | undefined): Language {
  const l = (locale ?? '').toLowerCase()
  for (const lang of LANGUAGES) {
    if (l === lang.toLowerCase() || l.startsWith(lang.toLowerCase() + '-')) return lang
  }
  return 'en'
}
