import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '@shared/i18n'

/** The language picker (starts from the OS locale); keeps `<html lang>` in step for screen readers. */
export function LanguageSwitch(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])
  return (
    <label className="lang-switch">
      <span>{t('ui.lang.label')}</span>
      <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`ui.lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
