import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WebContents } from 'electron'
import {
  CONTENT_SECURITY_POLICY,
  isSafeExternalUrl,
  lockDownWebContents,
  secureWebPreferences
} from '../../src/main/security'

// Electron cannot run here (no display): WebContents is replaced by a recorder of the handlers
// the lockdown installs. That boundary is the only thing faked.
function fakeContents(): {
  contents: WebContents
  handlers: Record<string, (...a: unknown[]) => void>
  openHandler: () => (d: { url: string }) => { action: string }
} {
  const handlers: Record<string, (...a: unknown[]) => void> = {}
  let open: ((d: { url: string }) => { action: string }) | undefined
  const contents = {
    on(name: string, fn: (...a: unknown[]) => void) {
      handlers[name] = fn
      return contents
    },
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      open = fn
    }
  }
  return {
    contents: contents as unknown as WebContents,
    handlers,
    openHandler: () => {
      if (!open) throw new Error('no window open handler installed')
      return open
    }
  }
}

describe('window lockdown', () => {
  it('uses isolated, sandboxed web preferences without Node', () => {
    const p = secureWebPreferences('/x/preload.js')
    expect(p).toMatchObject({
      preload: '/x/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
  })

  it('keeps the CSP meta tag of index.html equal to the one in main', () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8')
    const m = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)
    expect(m?.[1]).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })

  it('prevents navigation away from the app and denies new windows', () => {
    const f = fakeContents()
    const opened: string[] = []
    lockDownWebContents(f.contents, (u) => u.startsWith('file:///app/'), (u) => opened.push(u))
    let prevented = 0
    const ev = { preventDefault: () => prevented++ }
    f.handlers['will-navigate'](ev, 'https://evil.example/')
    f.handlers['will-navigate'](ev, 'file:///app/index.html')
    f.handlers['will-redirect'](ev, 'https://evil.example/')
    f.handlers['will-attach-webview'](ev)
    expect(prevented).toBe(3)
    expect(f.openHandler()({ url: 'https://console.cloud.tencent.com/live' })).toEqual({ action: 'deny' })
    expect(f.openHandler()({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://console.cloud.tencent.com/live'])
  })

  it('hands only plain https URLs to the OS', () => {
    expect(isSafeExternalUrl('https://cloud.tencent.com/')).toBe(true)
    expect(isSafeExternalUrl('http://cloud.tencent.com/')).toBe(false)
    expect(isSafeExternalUrl('https://user:pw@cloud.tencent.com/')).toBe(false)
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isSafeExternalUrl('not a url')).toBe(false)
  })
})
