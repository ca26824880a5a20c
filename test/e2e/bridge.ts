/**
 * The e2e harness: serves the BUILT renderer (out/renderer) from a loopback HTTP server and
 * replaces its preload API with a bridge to the REAL engine running in this test process
 * (page.exposeFunction per PreloadApi method; events pushed in with page.evaluate). Only
 * Electron's IPC is replaced; the network identity is swappable to simulate the hotspot.
 */
import { promises as fsp } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { runDemo } from '../../src/main/demo/run-demo'
import { locateFfmpeg } from '../../src/main/preflight/ffmpeg-locate'
import { networkChanges } from '../../src/main/preflight/network-identity'
import { analyzeOffline } from '../../src/main/preflight/offline-analysis'
import { runPreflight } from '../../src/main/preflight/run-preflight'
import { generatePushUrl } from '../../src/main/preflight/url-generator'
import { realWatchDeps, watch } from '../../src/main/preflight/watch'
import { parseReportFile } from '../../src/main/report-file'
import type {
  PreloadApi,
  PreflightProgressEvent,
  ReportSaveRequest,
  WatchRoundEvent
} from '../../src/shared/ipc-contract'
import { createLinkInbox } from '../../src/main/link-inbox'
import {
  createApiCredentialStore,
  validateApiCredentials,
  type ApiCredentialStore
} from '../../src/main/api-credential-store'
import { pickRunOptions } from '../../src/shared/options'
import type { NetworkIdentity, Report } from '../../src/shared/report'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

/** Serve a folder on 127.0.0.1 (random port); paths outside it are refused. */
export async function serveFolder(
  root: string
): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root)
  const server = http.createServer((req, res) => {
    const path = normalize(
      join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    )
    const file = path === base || path.endsWith('/') ? join(path, 'index.html') : path
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    fsp.readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

/** What the test controls and observes through the bridge. */
export interface Bridge {
  /** The network "this computer" is on; swap it to simulate connecting to the hotspot. */
  network: { identity: NetworkIdentity }
  saved: ReportSaveRequest[]
  clipboard: string[]
  /** What `report:open` returns next (the JSON content of a saved report). */
  nextOpen?: string
  /** Runs still going (so the test can wait for none). */
  running: Set<string>
  /**
   * Rewrites the report of a real run before the page gets it (the ways-to-push table is shown
   * from hand-built ladder rows while the engine's RTMPS and SRT checks are not in this tree).
   */
  amendReport?: (report: Report) => Report
  /** A support link arrives as the OS would hand it to main (through main's real link inbox). */
  openLink: (raw: string) => void
  /**
   * Where the Tencent API calls of a run go (the loopback fake). The app has no endpoint field —
   * main always asks Tencent's default — so only this harness points the runs elsewhere.
   */
  apiEndpoint?: string
  /** The settings panel's saved API credentials, held by main's real store over memory. */
  apiCredentials: ApiCredentialStore
}

/**
 * Main's credential store with its file and encryption in memory: there is no Electron here, so
 * no safeStorage. The "encryption" is a plain copy — fine for a test that never writes a file.
 */
function memoryApiCredentialStore(): ApiCredentialStore {
  const files = new Map<string, Buffer>()
  return createApiCredentialStore('tencent-api.bin', {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from(plain, 'utf8'),
    decryptString: (data) => data.toString('utf8'),
    readFile: async (path) => {
      const data = files.get(path)
      if (!data) throw new Error('ENOENT')
      return data
    },
    writeFile: async (path, data) => void files.set(path, data),
    removeFile: async (path) => void files.delete(path)
  })
}

/** Install the bridge on a page before it loads. */
export async function installBridge(page: Page, network: NetworkIdentity): Promise<Bridge> {
  const inbox = createLinkInbox()
  const bridge: Bridge = {
    network: { identity: network },
    saved: [],
    clipboard: [],
    running: new Set(),
    openLink: (raw) => inbox.receive(raw),
    apiCredentials: memoryApiCredentialStore()
  }
  const controllers = new Map<string, AbortController>()
  const emit = (e: PreflightProgressEvent): void => {
    // Fire and forget: a page that navigated away simply misses the event, as with real IPC.
    page
      .evaluate(
        (ev) =>
          (globalThis as unknown as { __emitProgress: (x: unknown) => void }).__emitProgress(ev),
        e
      )
      .catch(() => undefined)
  }
  const emitRound = (e: WatchRoundEvent): void => {
    page
      .evaluate(
        (ev) =>
          (globalThis as unknown as { __emitWatchRound: (x: unknown) => void }).__emitWatchRound(
            ev
          ),
        e
      )
      .catch(() => undefined)
  }
  const impl: Omit<PreloadApi, 'onPreflightProgress' | 'onWatchRound' | 'onLinkOpen'> = {
    linkReady: async () =>
      inbox.ready((result) => {
        page
          .evaluate(
            (r) => (globalThis as unknown as { __emitLink: (x: unknown) => void }).__emitLink(r),
            result
          )
          .catch(() => undefined)
        return !page.isClosed()
      }),
    appInfo: async () => ({
      version: 'e2e',
      platform: process.platform,
      arch: process.arch,
      electron: ''
    }),
    urlAnalyze: async (input) => analyzeOffline(input),
    urlGenerate: async (input) => generatePushUrl(input),
    ffmpegLocate: () => locateFfmpeg(),
    clipboardWrite: async (text) => void bridge.clipboard.push(text),
    preflightRun: async (req) => {
      const c = new AbortController()
      controllers.set(req.runId, c)
      bridge.running.add(req.runId)
      try {
        // The input main's preflight:run builds: the saved credentials attached by main, never
        // from the page (here with the harness's endpoint, see apiEndpoint).
        const saved = await bridge.apiCredentials.load()
        // Never Tencent's real endpoint from a test: credentials without the fake's address stop here.
        if (saved && !bridge.apiEndpoint)
          throw new Error('API credentials saved but no apiEndpoint set')
        const tencentApi = saved ? { ...saved, endpoint: bridge.apiEndpoint } : undefined
        const input = {
          ...pickRunOptions(req),
          url: req.url,
          keys: req.keys,
          caPem: req.caPem,
          ...(tencentApi ? { tencentApi } : {})
        }
        const report = await runPreflight(input, {
          signal: c.signal,
          onProgress: (progress) => emit({ runId: req.runId, progress }),
          deps: { readNetworkIdentity: async () => bridge.network.identity }
        })
        return bridge.amendReport ? bridge.amendReport(report) : report
      } finally {
        bridge.running.delete(req.runId)
        controllers.delete(req.runId)
      }
    },
    demoRun: async (req) => {
      const c = new AbortController()
      controllers.set(req.runId, c)
      bridge.running.add(req.runId)
      try {
        const demo = await runDemo(
          { fail: req.fail, uplink: req.uplink, plannedKbps: req.plannedKbps },
          { signal: c.signal, onProgress: (progress) => emit({ runId: req.runId, progress }) }
        )
        return demo.report
      } finally {
        bridge.running.delete(req.runId)
        controllers.delete(req.runId)
      }
    },
    preflightCancel: async (runId) => {
      controllers.get(runId)?.abort()
      return controllers.has(runId)
    },
    keysLoad: async () => undefined,
    keysSave: async () => true,
    keysForget: async () => undefined,
    // Main's validation of api:save, then the store (the page never gets the SecretKey back).
    apiStatus: () => bridge.apiCredentials.status(),
    apiSave: async (c) => {
      const checked = validateApiCredentials(c)
      if (!checked.ok) throw new Error(checked.error)
      return bridge.apiCredentials.save(checked.value)
    },
    apiForget: () => bridge.apiCredentials.forget(),
    netIdentity: async (before) => ({
      identity: bridge.network.identity,
      changes: before ? networkChanges(before, bridge.network.identity) : []
    }),
    reportSave: async (req) => {
      bridge.saved.push(req)
      return { saved: true, fileName: `${req.name}.${req.format === 'json' ? 'json' : 'md'}` }
    },
    watchStart: async (req) => {
      const c = new AbortController()
      controllers.set(req.watchId, c)
      bridge.running.add(req.watchId)
      try {
        const deps = { ...realWatchDeps, readNetworkIdentity: async () => bridge.network.identity }
        return await watch(req, deps, c.signal, (round) =>
          emitRound({ watchId: req.watchId, round })
        )
      } finally {
        bridge.running.delete(req.watchId)
        controllers.delete(req.watchId)
      }
    },
    watchStop: async (watchId) => {
      controllers.get(watchId)?.abort()
      return controllers.has(watchId)
    },
    reportOpen: async () => {
      if (bridge.nextOpen === undefined) return { ok: false, cancelled: true }
      // The same check main applies to a file.
      const parsed = parseReportFile(bridge.nextOpen)
      return parsed.ok
        ? { ok: true, report: parsed.report, fileName: 'support-case.json' }
        : { ok: false, cancelled: false, error: parsed.error }
    }
  }
  const names = Object.keys(impl) as Array<keyof typeof impl>
  for (const name of names) {
    const fn = impl[name] as (...args: unknown[]) => Promise<unknown>
    await page.exposeFunction(`__bridge_${name}`, (...args: unknown[]) => fn(...args))
  }
  await page.addInitScript((methods: string[]) => {
    // Runs in the page (globalThis is its window) before the app's bundle.
    const w = globalThis as unknown as Record<string, unknown>
    const listeners = new Set<(e: unknown) => void>()
    const api: Record<string, unknown> = {}
    for (const m of methods)
      api[m] = (...args: unknown[]) =>
        (w[`__bridge_${m}`] as (...a: unknown[]) => Promise<unknown>)(...args)
    api.onPreflightProgress = (l: (e: unknown) => void) => {
      listeners.add(l)
      return () => listeners.delete(l)
    }
    w.__emitProgress = (e: unknown) => listeners.forEach((l) => l(e))
    const roundListeners = new Set<(e: unknown) => void>()
    api.onWatchRound = (l: (e: unknown) => void) => {
      roundListeners.add(l)
      return () => roundListeners.delete(l)
    }
    w.__emitWatchRound = (e: unknown) => roundListeners.forEach((l) => l(e))
    const linkListeners = new Set<(e: unknown) => void>()
    api.onLinkOpen = (l: (e: unknown) => void) => {
      linkListeners.add(l)
      return () => linkListeners.delete(l)
    }
    w.__emitLink = (e: unknown) => linkListeners.forEach((l) => l(e))
    w.api = Object.freeze(api)
  }, names)
  return bridge
}
