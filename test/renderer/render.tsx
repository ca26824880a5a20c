import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { createI18n } from '../../src/renderer/src/i18n'

/** Render with the app's real i18n resources (English). */
export function renderWithI18n(ui: ReactElement, lang = 'en'): RenderResult {
  return render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>)
}
