import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { setApi } from '../../src/renderer/src/lib/api'
import { fakeApi } from './fake-api'
import { renderWithI18n } from './render'

describe('App', () => {
  it('starts in the OS language and switches language in the app', async () => {
    setApi(fakeApi())
    renderWithI18n(<App />, 'id-ID')
    expect(screen.getByRole('tab', { name: 'Periksa URL push' })).toBeInTheDocument()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByLabelText('Bahasa'), 'zh-CN')
    expect(await screen.findByRole('heading', { name: '开播前检查您的推流' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
    await user.selectOptions(screen.getByLabelText('语言'), 'en')
    expect(
      await screen.findByRole('heading', { name: 'Check your push before you go live' })
    ).toBeInTheDocument()
  })

  it('keyboard only: arrow keys move between tabs, Tab reaches the URL field', async () => {
    setApi(fakeApi())
    renderWithI18n(<App />)
    const user = userEvent.setup()
    await user.tab()
    expect(screen.getByLabelText('Language')).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('tab', { name: 'Check a push URL' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Generate a push URL' })).toHaveFocus()
    expect(screen.getByRole('tab', { name: 'Generate a push URL' })).toHaveAttribute(
      'aria-selected',
      'true'
    )
    expect(screen.getByRole('tabpanel', { name: 'Generate a push URL' })).toBeVisible()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'Check a push URL' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('radio', { name: 'Push URL' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('textbox', { name: 'Push URL' })).toHaveFocus()
  })
})
