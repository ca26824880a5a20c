/**
 * Window lockdown (Electron security checklist): the options every window is created with, and
 * the handlers that deny navigation, new windows and permission requests. Pure option builders
 * are exported so tests can check them without launching Electron.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron'

/** The CSP of the renderer; also written as a meta tag in src/renderer/index.html. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** webPreferences for every window: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(
  preloadPath: string
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false
  }
}

/** Only https links may be handed to the OS browser (e.g. Tencent console pages). */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const u = new URL(raw)
    return u.protocol === 'https:' && u.username === '' && u.password === ''
  } catch {
    return false
  }
}

/**
 * Deny navigation away from the app, deny new windows (https links go to the OS browser via
 * `openExternal`), and deny every permission request (camera, mic, notifications, …).
 */
export function lockDownWebContents(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => void
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/** Deny every permission check and request from web content. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
