import { useTranslation } from 'react-i18next'
import type { DescribeContext } from '@shared/describe'
import { pickLanguage, timeWordsFor } from '@shared/i18n'
import { useNow } from './useNow'

/** The translator, locale and time words of the current UI language, for describe/format. */
export function useDescribeContext(): DescribeContext {
  const { t, i18n } = useTranslation()
  const now = useNow()
  return { now, locale: i18n.language, words: timeWordsFor(pickLanguage(i18n.language)), t }
}
