import { useTranslation } from 'react-i18next'
import type { CheckStatus } from '@shared/result'

const ICON: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✕', skipped: '–' }

/** A pass/warn/fail/skipped badge with an icon and a text (never colour alone). */
export function StatusBadge({ status }: { status: CheckStatus }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {t(`ui.status.${status}`)}
    </span>
  )
}
