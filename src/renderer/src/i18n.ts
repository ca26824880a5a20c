/** i18next for the renderer, over the shared resources (the CLI uses the same ones). */
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { I18N_OPTIONS, pickLanguage } from '@shared/i18n'

/** Create and initialise the renderer's i18next instance. */
export function createI18n(language?: string): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    ...I18N_OPTIONS,
    showSupportNotice: false,
    lng: pickLanguage(language ?? (typeof navigator !== 'undefined' ? navigator.language : 'en'))
  })
  return instance
}
