/**
 * Electron lifecycle and the window; the one map of IPC handlers; nothing else.
 * All diagnostic logic lives in ./preflight (plain Node) so the CLI and the tests use it directly.
 */
import { join } from 'node:path'
import { app, BrowserWindow, session, shell } from 'electron'
import {
  apiCredentialHandlers,
  appHandlers,
  clipboardHandlers,
  ffmpegHandlers,
  keyHandlers,
  linkHandlers,
  networkHandlers,
  preflightHandlers,
  reportFileHandlers,
  urlHandlers,
  watchHandlers
} from './handlers'
import { registerHandlers, type HandlerMap, type SenderCheck } from './ipc'
import { createLinkInbox, findLinkInArgv } from './link-inbox'
import { DEEP_LINK_SCHEME } from '../shared/deep-link'
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

/** Bring the window forward: a support link was opened while the app was running. */
function focusWindow(): void {
  const win = BrowserWindow.getAllWindows()[0]
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.focus()
}

// Support links (push-preflight://check?…): one app instance receives them all. A second launch
// (Windows/Linux open a link that way) hands its argv over and quits; macOS sends open-url, which
// can come before the app is ready, so it is subscribed at once. The inbox holds a link until the
// page says it listens.
const links = createLinkInbox()
const primary = app.requestSingleInstanceLock()
if (!primary) app.quit()
app.on('second-instance', (_event, argv) => {
  const link = findLinkInArgv(argv)
  if (link) links.receive(link)
  focusWindow()
})
app.on('open-url', (event, url) => {
  event.preventDefault()
  links.receive(url)
  focusWindow()
})
const firstLink = findLinkInArgv(process.argv)
if (firstLink) links.receive(firstLink)
// Only the installed app claims the scheme: a dev or test run must not rewire the OS's handler.
if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)

app.enableSandbox()
app.whenReady().then(() => {
  if (!primary) return
  denyAllPermissions(session.defaultSession)
  const apiCredentials = apiCredentialHandlers()
  const preflight = preflightHandlers(apiCredentials.load)
  const watches = watchHandlers()
  // Every contract channel has its handler here: one left out does not type-check.
  const handlers: HandlerMap = {
    ...appHandlers(),
    ...urlHandlers(),
    ...ffmpegHandlers(),
    ...clipboardHandlers(),
    ...keyHandlers(),
    ...networkHandlers(),
    ...reportFileHandlers(),
    ...apiCredentials.handlers,
    ...preflight.handlers,
    ...watches.handlers,
    ...linkHandlers(links)
  }
  registerHandlers(handlers, trusted)
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
