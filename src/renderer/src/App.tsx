import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckScreen } from './screens/CheckScreen'
import { GenerateScreen } from './screens/GenerateScreen'

type Tab = 'check' | 'generate'

/** The app frame: title, tabs, the active screen. */
export function App(): React.JSX.Element {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('check')
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('ui.title')}</h1>
        <p className="tagline">{t('ui.tagline')}</p>
        <nav role="tablist" aria-label={t('ui.title')}>
          {(['check', 'generate'] as const).map((id) => (
            <button
              key={id}
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              className={tab === id ? 'tab active' : 'tab'}
              onClick={() => setTab(id)}
            >
              {t(`ui.tab.${id}`)}
            </button>
          ))}
        </nav>
      </header>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'check' ? <CheckScreen /> : <GenerateScreen />}
      </main>
    </div>
  )
}
