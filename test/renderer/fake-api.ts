/**
 * A PreloadApi for component tests: the offline analysis and the generator are the REAL engine
 * functions (they are pure Node and run here); only what needs Electron (clipboard, dialogs,
 * safeStorage, app info), ffmpeg discovery and the network identity are stand-ins, recorded for
 * assertions.
 */
import type { PreloadApi, ReportSaveRequest } from '../../src/shared/ipc-contract'
import type { FfmpegInfo } from '../../src/shared/ffmpeg'
import type { PushKeys } from '../../src/shared/push-url'
import type { NetworkIdentity } from '../../src/shared/report'
import { analyzeOffline } from '../../src/main/preflight/offline-analysis'
import { networkChanges } from '../../src/main/preflight/network-identity'
import { generatePushUrl } from '../../src/main/preflight/url-generator'

export interface FakeApi extends PreloadApi {
  clipboard: string[]
  saved: ReportSaveRequest[]
  /** What keys:save stored (undefined after keys:forget). */
  keys: { stored?: PushKeys; forgets: number }
  /** The network "this computer" is on now; tests swap it to simulate the hotspot. */
  network: { identity: NetworkIdentity }
}

export const FFMPEG_OK: FfmpegInfo = {
  code: 'ffmpeg-ok',
  path: '/usr/bin/ffmpeg',
  source: 'path',
  version: '5.1.6',
  hasRtmp: true,
  hasLibx264: true,
  hasAac: true,
  tried: []
}

/** A venue network's identity (documentation addresses, never contacted). */
export const VENUE_NETWORK: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['198.51.100.23/24'] }],
  defaultGateway: '198.51.100.1',
  dnsServers: ['198.51.100.1']
}

/** A phone hotspot's identity. */
export const HOTSPOT_NETWORK: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['203.0.113.5/24'] }],
  defaultGateway: '203.0.113.1',
  dnsServers: ['203.0.113.1']
}

export function fakeApi(overrides: Partial<PreloadApi> = {}): FakeApi {
  const clipboard: string[] = []
  const saved: ReportSaveRequest[] = []
  const keys: FakeApi['keys'] = { forgets: 0 }
  // The SecretId of saved API credentials (the SecretKey is never handed back, so not kept).
  const apiCreds: { id?: string } = {}
  const network = { identity: VENUE_NETWORK }
  const base: PreloadApi = {
    appInfo: async () => ({ version: '0.0.0-test', platform: 'linux', arch: 'x64', electron: '' }),
    urlAnalyze: async (input) => analyzeOffline(input),
    urlGenerate: async (input) => generatePushUrl(input),
    ffmpegLocate: async () => FFMPEG_OK,
    clipboardWrite: async (text) => void clipboard.push(text),
    preflightRun: async () => Promise.reject(new Error('preflight:run is not wired in this test')),
    preflightCancel: async () => false,
    demoRun: async () => Promise.reject(new Error('demo:run is not wired in this test')),
    onPreflightProgress: () => () => undefined,
    keysLoad: async () => keys.stored,
    keysSave: async (k) => {
      keys.stored = k
      return true
    },
    keysForget: async () => {
      keys.stored = undefined
      keys.forgets++
    },
    apiStatus: async () => ({
      saved: apiCreds.id !== undefined,
      encryption: true,
      ...(apiCreds.id ? { secretIdEnd: apiCreds.id.slice(-4) } : {})
    }),
    apiSave: async (c) => {
      apiCreds.id = c.secretId
      return true
    },
    apiForget: async () => {
      apiCreds.id = undefined
    },
    netIdentity: async (before) => ({
      identity: network.identity,
      changes: before ? networkChanges(before, network.identity) : []
    }),
    reportSave: async (req) => {
      saved.push(req)
      return { saved: true, fileName: `${req.name}.${req.format === 'json' ? 'json' : 'md'}` }
    },
    reportOpen: async () => ({ ok: false, cancelled: true }),
    watchStart: async () => Promise.reject(new Error('watch:start is not wired in this test')),
    watchStop: async () => false,
    onWatchRound: () => () => undefined,
    linkReady: async () => undefined,
    onLinkOpen: () => () => undefined
  }
  return { ...base, ...overrides, clipboard, saved, keys, network }
}
