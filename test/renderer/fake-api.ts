/**
 * A PreloadApi for component tests: the offline analysis and the generator are the REAL engine
 * functions (they are pure Node and run here); only what needs Electron (clipboard, app info)
 * and ffmpeg discovery are stand-ins, recorded for assertions.
 */
import type { PreloadApi } from '../../src/shared/ipc-contract'
import type { FfmpegInfo } from '../../src/shared/ffmpeg'
import { analyzeOffline } from '../../src/main/preflight/offline-analysis'
import { generatePushUrl } from '../../src/main/preflight/url-generator'

export interface FakeApi extends PreloadApi {
  clipboard: string[]
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

export function fakeApi(overrides: Partial<PreloadApi> = {}): FakeApi {
  const clipboard: string[] = []
  const base: PreloadApi = {
    appInfo: async () => ({ version: '0.0.0-test', platform: 'linux', arch: 'x64', electron: '' }),
    urlAnalyze: async (input) => analyzeOffline(input),
    urlGenerate: async (input) => generatePushUrl(input),
    ffmpegLocate: async () => FFMPEG_OK,
    clipboardWrite: async (text) => void clipboard.push(text),
    preflightRun: async () => Promise.reject(new Error('preflight:run is not wired in this test')),
    preflightCancel: async () => false,
    onPreflightProgress: () => () => undefined
  }
  return { ...base, ...overrides, clipboard }
}
