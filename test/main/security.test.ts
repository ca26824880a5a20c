import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { INVOKE_CHANNELS } from '../../src/shared/ipc-contract'
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
    lockDownWebContents(
      f.contents,
      (u) => u.startsWith('file:///app/'),
      (u) => opened.push(u)
    )
    let prevented = 0
    const ev = { preventDefault: () => prevented++ }
    f.handlers['will-navigate'](ev, 'https://evil.example/')
    f.handlers['will-navigate'](ev, 'file:///app/index.html')
    f.handlers['will-redirect'](ev, 'https://evil.example/')
    f.handlers['will-attach-webview'](ev)
    expect(prevented).toBe(3)
    expect(f.openHandler()({ url: 'https://console.cloud.tencent.com/live' })).toEqual({
      action: 'deny'
    })
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

// ── The real main entry (src/main/index.ts), booted with the electron module mocked ──────────
// Everything electron hands out is a recorder; the window options, the lockdown, the permission
// handlers and the IPC registrations are main's own, as it runs them at startup.

/** What the booted main did to the fake Electron. */
interface Booted {
  windowOptions: Array<Record<string, unknown>>
  contents: ReturnType<typeof fakeContents>
  ipc: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>
  permissionRequest?: (c: unknown, permission: string, cb: (ok: boolean) => void) => void
  permissionCheck?: (...a: unknown[]) => boolean
  sandboxEnabled: boolean
  sideEffects: Array<ReturnType<typeof vi.fn>>
}

async function bootMain(): Promise<Booted> {
  const contents = fakeContents()
  const booted: Booted = {
    windowOptions: [],
    contents,
    ipc: new Map(),
    sandboxEnabled: false,
    sideEffects: []
  }
  const fx = <T extends (...a: never[]) => unknown>(impl?: T): ReturnType<typeof vi.fn> => {
    const f = vi.fn(impl)
    booted.sideEffects.push(f)
    return f
  }
  const wc = Object.assign(contents.contents, {
    send: fx(),
    isDestroyed: () => false,
    once: () => undefined,
    off: () => undefined
  })
  class FakeWindow {
    webContents = wc
    constructor(options: Record<string, unknown>) {
      booted.windowOptions.push(options)
      windows.push(this)
    }
    once(): void {
      // the fake window never fires events
    }
    show(): void {
      // nothing to show without a display
    }
    loadFile = fx(async () => undefined)
    loadURL = fx(async () => undefined)
    static getAllWindows = (): FakeWindow[] => windows
    static fromWebContents = (): FakeWindow | undefined => windows[0]
  }
  const windows: FakeWindow[] = []
  vi.resetModules()
  vi.doMock('electron', () => ({
    app: {
      enableSandbox: () => void (booted.sandboxEnabled = true),
      whenReady: () => Promise.resolve(),
      on: () => undefined,
      quit: fx(),
      getVersion: fx(() => '0.0.0'),
      getPath: () => '/nonexistent-push-preflight-test',
      // Support links: the one instance; a test run is not the installed app, so no scheme claim.
      requestSingleInstanceLock: () => true,
      isPackaged: false,
      setAsDefaultProtocolClient: fx()
    },
    BrowserWindow: FakeWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Booted['permissionRequest']) =>
          void (booted.permissionRequest = h),
        setPermissionCheckHandler: (h: Booted['permissionCheck']) =>
          void (booted.permissionCheck = h)
      }
    },
    shell: { openExternal: fx(async () => undefined) },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        void booted.ipc.set(channel, fn)
    },
    clipboard: { writeText: fx() },
    dialog: {
      showSaveDialog: fx(async () => ({ canceled: true })),
      showOpenDialog: fx(async () => ({ canceled: true, filePaths: [] }))
    },
    safeStorage: {
      isEncryptionAvailable: fx(() => false),
      encryptString: fx(),
      decryptString: fx()
    }
  }))
  await import('../../src/main/index')
  // whenReady().then(…) runs on the next turns of the microtask queue.
  for (let i = 0; i < 20 && booted.windowOptions.length === 0; i++)
    await new Promise((r) => setTimeout(r, 5))
  vi.doUnmock('electron')
  return booted
}

describe('main as it boots (electron mocked at the module boundary)', async () => {
  const booted = await bootMain()
  const appFrame = 'file:///opt/push-preflight/resources/app.asar/out/renderer/index.html'
  const ours = (): unknown => booted.contents.contents

  it('enables the sandbox for every renderer and opens one locked-down window', () => {
    expect(booted.sandboxEnabled).toBe(true)
    expect(booted.windowOptions).toHaveLength(1)
    const o = booted.windowOptions[0]
    expect(o.show).toBe(false)
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String((o.webPreferences as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.js$/
    )
  })

  it('locks the window down: navigation away prevented, new windows denied', () => {
    let prevented = 0
    const ev = { preventDefault: () => prevented++ }
    booted.contents.handlers['will-navigate'](ev, 'https://evil.example/')
    booted.contents.handlers['will-navigate'](ev, 'file:///etc/passwd')
    booted.contents.handlers['will-navigate'](ev, appFrame)
    booted.contents.handlers['will-redirect'](ev, 'http://portal.invalid/')
    booted.contents.handlers['will-attach-webview'](ev)
    expect(prevented).toBe(4)
    expect(booted.contents.openHandler()({ url: 'https://cloud.tencent.com/' })).toEqual({
      action: 'deny'
    })
    expect(booted.contents.openHandler()({ url: 'javascript:alert(1)' })).toEqual({
      action: 'deny'
    })
  })

  it('denies every permission request and check (camera, microphone, notifications, …)', () => {
    const answers: boolean[] = []
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown'
    ]) {
      booted.permissionRequest?.({}, p, (ok) => answers.push(ok))
      expect(booted.permissionCheck?.({}, p, 'file:///', {})).toBe(false)
    }
    expect(answers).toEqual([false, false, false, false, false, false])
  })

  it('registers exactly the contract channels: no stray ipcMain handler', () => {
    expect([...booted.ipc.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  // Argument lists that no channel accepts: a wrong count, a wrong type, a 5 MB string.
  const GARBAGE: unknown[][] = [
    [1, 2],
    [42],
    ['x'.repeat(5_000_000)],
    [{ url: { url: 7 } }, 'extra'],
    [[]]
  ]
  describe.each([...INVOKE_CHANNELS])('%s', (channel) => {
    const call = (sender: unknown, frameUrl: string, args: unknown[]): Promise<unknown> => {
      const fn = booted.ipc.get(channel)
      if (!fn) throw new Error(`${channel} is not registered`)
      return fn({ sender, senderFrame: { url: frameUrl } }, ...args)
    }

    it('refuses another sender, and our window showing another page', async () => {
      await expect(call({}, appFrame, [])).rejects.toThrow(
        `${channel}: refused, the request did not come from the app window`
      )
      await expect(call(ours(), 'https://evil.example/', [])).rejects.toThrow(
        /did not come from the app window/
      )
    })

    it.each(GARBAGE.map((g, i) => [i, g] as const))(
      'refuses garbage argument list #%i with a message, running nothing',
      async (_i, args) => {
        const before = booted.sideEffects.map((f) => f.mock.calls.length)
        const err = await call(ours(), appFrame, args).then(
          () => undefined,
          (e: unknown) => e
        )
        expect(err, `${channel} accepted ${JSON.stringify(args).slice(0, 80)}`).toBeInstanceOf(
          Error
        )
        const msg = (err as Error).message
        expect(msg.startsWith(`${channel}: `)).toBe(true)
        expect(msg.length).toBeLessThan(200)
        expect(msg).not.toMatch(/\n|at .*\(/)
        // Nothing behind the validation ran: no Electron side effect, no event to the page.
        expect(booted.sideEffects.map((f) => f.mock.calls.length)).toEqual(before)
      }
    )
  })
})

describe('the preload bundles and runs sandboxed', () => {
  /** Bare (non-relative) module names imported by a TS file and, recursively, its relative imports. */
  function bareImports(file: string, seen = new Set<string>()): Set<string> {
    const out = new Set<string>()
    if (seen.has(file)) return out
    seen.add(file)
    const src = readFileSync(file, 'utf8')
    for (const m of src.matchAll(
      /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|require\('([^']+)'\)|import\('([^']+)'\)/gm
    )) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4]
      if (spec.startsWith('.')) {
        const base = join(file, '..', spec)
        const next = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p))
        if (!next) throw new Error(`cannot resolve ${spec} from ${file}`)
        for (const b of bareImports(next, seen)) out.add(b)
      } else out.add(spec)
    }
    return out
  }

  it('the preload source and everything it imports use only electron (type-only imports aside)', () => {
    const mods = bareImports(join(__dirname, '../../src/preload/index.ts'))
    expect([...mods]).toEqual(['electron'])
  })

  it('the built preload (out/preload/index.js, when built) requires only electron', () => {
    const built = join(__dirname, '../../out/preload/index.js')
    if (!existsSync(built)) return // `npx electron-vite build` makes it; the source check above always runs
    const src = readFileSync(built, 'utf8')
    const required = [...src.matchAll(/require\(["']([^"']+)["']\)|from\s+["']([^"']+)["']/g)].map(
      (m) => m[1] ?? m[2]
    )
    expect(new Set(required)).toEqual(new Set(['electron']))
  })
})
