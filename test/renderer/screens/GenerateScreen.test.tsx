import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { setApi } from '../../../src/renderer/src/lib/api'
import { GenerateScreen } from '../../../src/renderer/src/screens/GenerateScreen'
import { computeTxSecret } from '../../../src/main/preflight/signature-check'
import { fakeApi } from '../fake-api'
import { renderWithI18n } from '../render'

describe('GenerateScreen', () => {
  it('makes a signed URL that verifies, and copies it', async () => {
    const api = fakeApi()
    setApi(api)
    renderWithI18n(<GenerateScreen />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Push domain'), 'push.example.com')
    await user.type(screen.getByLabelText('StreamName'), 'show1')
    await user.type(screen.getByLabelText('Push key'), 'somestring')
    await user.click(screen.getByRole('button', { name: 'Generate a push URL' }))
    const out = await screen.findByTestId('generated-url')
    const m = out.textContent?.match(
      /^rtmp:\/\/push\.example\.com\/live\/show1\?txSecret=([0-9a-f]{32})&txTime=([0-9A-F]{8})$/
    )
    expect(m).not.toBeNull()
    expect(m?.[1]).toBe(computeTxSecret('somestring', 'show1', m?.[2] ?? '', 'md5'))
    expect(screen.queryByText(/less than 12 hours/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy' }))
    expect(api.clipboard).toEqual([out.textContent])
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument()
  })

  it('warns under 12 hours and explains a missing key', async () => {
    setApi(fakeApi())
    renderWithI18n(<GenerateScreen />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Push domain'), 'push.example.com')
    await user.type(screen.getByLabelText('StreamName'), 'show1')
    await user.click(screen.getByRole('button', { name: 'Generate a push URL' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/Enter the push key/)
    await user.type(screen.getByLabelText('Push key'), 'k')
    await user.clear(screen.getByLabelText('Valid for, hours'))
    await user.type(screen.getByLabelText('Valid for, hours'), '2')
    await user.click(screen.getByRole('button', { name: 'Generate a push URL' }))
    expect(await screen.findByText(/less than 12 hours/)).toBeInTheDocument()
  })
})
