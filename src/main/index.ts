/**
 * Electron lifecycle and the window; a flat list of register…Handlers() calls; nothing else.
 * All diagnostic logic lives in ./preflight (plain Node) so the CLI and the tests use it directly.
 */
import { join } from 'node:path'
import { app, BrowserWindow, session, shell } from 'electron'
import {
  registerApiCredentialHandlers,
  registerAppHandlers,
  registerClipboardHandlers,
  registerFfmpegHandlers,
  registerKeyHandlers,
  registerNetworkHandlers,
  registerPreflightHandlers,
  registerReportFileHandlers,
  registerUrlHandlers,
  registerWatchHandlers
} from './handlers'
import type { SenderCheck } from './ipc'
import { denyAllPermissions, lockDownWebContents, secureWebPreferences } from './security'

const rendererDevUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(__dirname, '../renderer/index.html')

/** A URL belongs to the app when it is the built renderer file or the dev server. */
function isAppUrl(url: string): boolean {
  if (rendererDevUrl) return url.startsWith(rendererDevUrl)
  try {
    const u = new URL(url)
    return u.protocol === 'file:' && decodeURIComponent(u.pathname).endsWith('/renderer/index.html')
  } catch {
    return false
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1100,
    height: 780,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Push Preflight',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  lockDownWebContents(win.webContents, isAppUrl, (url) => void shell.openExternal(url))
  win.once('ready-to-show', () => win.show())
  if (rendererDevUrl) void win.loadURL(rendererDevUrl)
  else void win.loadFile(rendererFile)
  return win
}

// Only our own windows, showing our own page, may call main.
const trusted: SenderCheck = (sender, frameUrl) =>
  BrowserWindow.getAllWindows().some((w) => w.webContents === sender) &&
  frameUrl !== undefined &&
  isAppUrl(frameUrl)

app.enableSandbox()
app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession)
  registerAppHandlers(trusted)
  registerUrlHandlers(trusted)
  registerFfmpegHandlers(trusted)
  registerClipboardHandlers(trusted)
  registerKeyHandlers(trusted)
  registerNetworkHandlers(trusted)
  registerReportFileHandlers(trusted)
  const apiCredentials = registerApiCredentialHandlers(trusted)
  const preflight = registerPreflightHandlers(trusted, apiCredentials)
  const watches = registerWatchHandlers(trusted)
  // Quitting mid-run first stops the test push and waits for ffmpeg to exit (the push's own
  // SIGTERM → SIGKILL escalation bounds the wait): ffmpeg never outlives the app. A running
  // watch is stopped the same way, its current round cut short.
  app.on('before-quit', (event) => {
    if (!preflight.isRunning() && !watches.isRunning()) return
    event.preventDefault()
    void Promise.all([preflight.cancelAll(), watches.stopAll()]).finally(() => app.quit())
  })
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
