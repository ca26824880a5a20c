import { describe, expect, it } from 'vitest'
import {
  locateFfmpeg,
  parseEncoders,
  parseFfmpegVersion,
  parseOutputProtocols,
  runCapped,
  type FileStatus,
  type LocateDeps,
  type RunOutput
} from '../../../src/main/preflight/ffmpeg-locate'
import { FFMPEG_CODES, ffmpegMessageParams } from '../../../src/shared/ffmpeg'
import { ffmpegMessages } from '../../../src/shared/i18n/en/ffmpeg'

const VERSION = 'ffmpeg version 6.1.1 Copyright (c) 2000-2023 the FFmpeg developers\nbuilt with\n'
const PROTOCOLS = 'Supported file protocols:\nInput:\n  file\n  rtmp\nOutput:\n  file\n  rtmp\n'
const PROTOCOLS_NO_RTMP = 'Supported file protocols:\nInput:\n  file\n  rtmp\nOutput:\n  file\n'
const ENCODERS =
  'Encoders:\n V..... = Video\n A..... = Audio\n ------\n' +
  ' V....D libx264              libx264 H.264 (codec h264)\n' +
  ' A....D aac                  AAC (Advanced Audio Coding)\n'
const ENCODERS_NO_X264 = 'Encoders:\n ------\n A....D aac        AAC\n V....D mpeg4   MPEG-4\n'

interface Binary {
  version?: string
  protocols?: string
  encoders?: string
  fail?: RunOutput
}

/** Fake deps: files on disk, installed modules and what each binary prints. */
function fakeDeps(opts: {
  env?: Record<string, string>
  files?: Record<string, FileStatus>
  modules?: Record<string, unknown>
  binaries?: Record<string, Binary>
  platform?: NodeJS.Platform
}): LocateDeps & { runs: string[] } {
  const runs: string[] = []
  return {
    runs,
    env: opts.env ?? {},
    platform: opts.platform ?? 'linux',
    fileStatus: (p) => opts.files?.[p] ?? 'missing',
    loadModule: (id) => {
      if (opts.modules && id in opts.modules) return opts.modules[id]
      throw new Error(`Cannot find module '${id}'`)
    },
    run: async (file, args) => {
      runs.push(`${file} ${args.join(' ')}`)
      const b = opts.binaries?.[file]
      if (!b) return { exitCode: null, stdout: '', error: 'spawn-failed', errorDetail: 'ENOENT' }
      if (b.fail) return b.fail
      const out =
        args[1] === '-version' ? b.version : args[1] === '-protocols' ? b.protocols : b.encoders
      return { exitCode: 0, stdout: out ?? '' }
    }
  }
}

const good: Binary = { version: VERSION, protocols: PROTOCOLS, encoders: ENCODERS }

describe('locateFfmpeg order', () => {
  it('uses FFMPEG_PATH first, even when other candidates exist', async () => {
    const deps = fakeDeps({
      env: { FFMPEG_PATH: '/opt/ff/ffmpeg', PATH: '/usr/bin' },
      files: { '/opt/ff/ffmpeg': 'file', '/usr/bin/ffmpeg': 'file', '/s/ffmpeg': 'file' },
      modules: { 'ffmpeg-static': '/s/ffmpeg' },
      binaries: { '/opt/ff/ffmpeg': good, '/usr/bin/ffmpeg': good, '/s/ffmpeg': good }
    })
    const info = await locateFfmpeg(deps)
    expect(info).toMatchObject({
      code: 'ffmpeg-ok',
      source: 'env',
      path: '/opt/ff/ffmpeg',
      version: 'ffmpeg version 6.1.1',
      hasRtmp: true,
      hasLibx264: true,
      hasAac: true
    })
    expect(deps.runs).toEqual([
      '/opt/ff/ffmpeg -hide_banner -version',
      '/opt/ff/ffmpeg -hide_banner -protocols',
      '/opt/ff/ffmpeg -hide_banner -encoders'
    ])
  })

  it('reports an invalid FFMPEG_PATH with its own code and does not fall back', async () => {
    const deps = fakeDeps({
      env: { FFMPEG_PATH: '/nope/ffmpeg' },
      modules: { '@ffmpeg-installer/ffmpeg': { path: '/i/ffmpeg' } },
      files: { '/i/ffmpeg': 'file' },
      binaries: { '/i/ffmpeg': good }
    })
    const info = await locateFfmpeg(deps)
    expect(info.code).toBe('ffmpeg-env-path-invalid')
    expect(info.path).toBe('/nope/ffmpeg')
    expect(info.tried).toEqual([{ source: 'env', path: '/nope/ffmpeg', reason: 'missing' }])
    expect(deps.runs).toEqual([])
  })

  it('flags a FFMPEG_PATH that is a folder or not executable', async () => {
    for (const status of ['not-file', 'not-executable'] as const) {
      const info = await locateFfmpeg(
        fakeDeps({ env: { FFMPEG_PATH: '/opt/ff' }, files: { '/opt/ff': status } })
      )
      expect(info.code).toBe('ffmpeg-env-path-invalid')
      expect(info.tried[0].reason).toBe(status)
    }
  })

  it('reports a FFMPEG_PATH binary that does not run as broken', async () => {
    const info = await locateFfmpeg(
      fakeDeps({
        env: { FFMPEG_PATH: '/opt/ff/ffmpeg' },
        files: { '/opt/ff/ffmpeg': 'file' },
        binaries: { '/opt/ff/ffmpeg': { fail: { exitCode: null, stdout: '', error: 'timeout' } } }
      })
    )
    expect(info.code).toBe('ffmpeg-broken')
    expect(info.tried[0].reason).toMatch(/-version timed out/)
  })

  it('uses ffmpeg-static when installed and its file exists', async () => {
    const info = await locateFfmpeg(
      fakeDeps({
        env: { PATH: '/usr/bin' },
        modules: { 'ffmpeg-static': '/s/ffmpeg', '@ffmpeg-installer/ffmpeg': { path: '/i' } },
        files: { '/s/ffmpeg': 'file', '/i': 'file', '/usr/bin/ffmpeg': 'file' },
        binaries: { '/s/ffmpeg': good, '/i': good, '/usr/bin/ffmpeg': good }
      })
    )
    expect(info).toMatchObject({ code: 'ffmpeg-ok', source: 'ffmpeg-static', path: '/s/ffmpeg' })
  })

  it('skips an ffmpeg-static without its binary (install script not run)', async () => {
    const info = await locateFfmpeg(
      fakeDeps({
        modules: { 'ffmpeg-static': '/s/ffmpeg', '@ffmpeg-installer/ffmpeg': { path: '/i' } },
        files: { '/i': 'file' },
        binaries: { '/i': good }
      })
    )
    expect(info).toMatchObject({ code: 'ffmpeg-ok', source: 'ffmpeg-installer', path: '/i' })
    expect(info.tried).toEqual([{ source: 'ffmpeg-static', path: '/s/ffmpeg', reason: 'missing' }])
  })

  it('handles ffmpeg-static not installed, or exporting null (unsupported platform)', async () => {
    for (const modules of [{}, { 'ffmpeg-static': null }]) {
      const info = await locateFfmpeg(
        fakeDeps({
          modules: { ...modules, '@ffmpeg-installer/ffmpeg': { path: '/i/ffmpeg' } },
          files: { '/i/ffmpeg': 'file' },
          binaries: { '/i/ffmpeg': good }
        })
      )
      expect(info.source).toBe('ffmpeg-installer')
      expect(info.tried[0].source).toBe('ffmpeg-static')
    }
  })

  it('maps a path inside app.asar to app.asar.unpacked', async () => {
    const info = await locateFfmpeg(
      fakeDeps({
        modules: { 'ffmpeg-static': '/app/resources/app.asar/node_modules/ffmpeg-static/ffmpeg' },
        files: { '/app/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg': 'file' },
        binaries: { '/app/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg': good }
      })
    )
    expect(info.path).toBe('/app/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg')
  })

  it('searches PATH itself, in order, skipping empty entries', async () => {
    const deps = fakeDeps({
      env: { PATH: ':/usr/local/bin:/usr/bin:/bin' },
      files: { '/usr/bin/ffmpeg': 'file', '/bin/ffmpeg': 'file', ffmpeg: 'file' },
      binaries: { '/usr/bin/ffmpeg': good, '/bin/ffmpeg': good, ffmpeg: good }
    })
    const info = await locateFfmpeg(deps)
    expect(info).toMatchObject({ code: 'ffmpeg-ok', source: 'path', path: '/usr/bin/ffmpeg' })
  })

  it('finds ffmpeg.exe on a Windows Path', async () => {
    const info = await locateFfmpeg(
      fakeDeps({
        platform: 'win32',
        env: { Path: 'C:\\Windows;C:\\ffmpeg\\bin', PATHEXT: '.COM;.EXE;.BAT' },
        files: { 'C:\\ffmpeg\\bin\\ffmpeg.exe': 'file' },
        binaries: { 'C:\\ffmpeg\\bin\\ffmpeg.exe': good }
      })
    )
    expect(info).toMatchObject({ code: 'ffmpeg-ok', path: 'C:\\ffmpeg\\bin\\ffmpeg.exe' })
  })

  it('returns ffmpeg-not-found with every candidate tried', async () => {
    const info = await locateFfmpeg(fakeDeps({ env: { PATH: '/usr/bin' } }))
    expect(info.code).toBe('ffmpeg-not-found')
    expect(info.path).toBeUndefined()
    expect(info.tried.map((t) => t.source)).toEqual(['ffmpeg-static', 'ffmpeg-installer', 'path'])
    expect(info).toMatchObject({ hasRtmp: false, hasLibx264: false, hasAac: false })
  })

  it('falls back past a broken candidate; all broken → ffmpeg-broken', async () => {
    const crash: Binary = { fail: { exitCode: 139, stdout: '' } }
    const installer = { path: '/i/ffmpeg' }
    const deps = {
      modules: { 'ffmpeg-static': '/s/ffmpeg', '@ffmpeg-installer/ffmpeg': installer },
      files: { '/s/ffmpeg': 'file', '/i/ffmpeg': 'file' } as Record<string, FileStatus>
    }
    const ok = await locateFfmpeg(
      fakeDeps({ ...deps, binaries: { '/s/ffmpeg': crash, '/i/ffmpeg': good } })
    )
    expect(ok).toMatchObject({ code: 'ffmpeg-ok', source: 'ffmpeg-installer' })
    expect(ok.tried[0]).toEqual({
      source: 'ffmpeg-static',
      path: '/s/ffmpeg',
      reason: '-version exited with code 139'
    })
    const broken = await locateFfmpeg(
      fakeDeps({ ...deps, binaries: { '/s/ffmpeg': crash, '/i/ffmpeg': crash } })
    )
    expect(broken).toMatchObject({ code: 'ffmpeg-broken', source: 'ffmpeg-static' })
    expect(broken.path).toBe('/s/ffmpeg')
  })

  it('prefers a complete build; reports missing features when none is complete', async () => {
    const noX264: Binary = { version: VERSION, protocols: PROTOCOLS, encoders: ENCODERS_NO_X264 }
    const noRtmp: Binary = { version: VERSION, protocols: PROTOCOLS_NO_RTMP, encoders: ENCODERS }
    const base = {
      env: { PATH: '/usr/bin' },
      modules: { '@ffmpeg-installer/ffmpeg': { path: '/i/ffmpeg' } },
      files: { '/i/ffmpeg': 'file', '/usr/bin/ffmpeg': 'file' } as Record<string, FileStatus>
    }
    const complete = await locateFfmpeg(
      fakeDeps({ ...base, binaries: { '/i/ffmpeg': noX264, '/usr/bin/ffmpeg': good } })
    )
    expect(complete).toMatchObject({ code: 'ffmpeg-ok', source: 'path' })
    const partial = await locateFfmpeg(
      fakeDeps({ ...base, binaries: { '/i/ffmpeg': noX264, '/usr/bin/ffmpeg': noRtmp } })
    )
    expect(partial).toMatchObject({
      code: 'ffmpeg-missing-features',
      source: 'ffmpeg-installer',
      hasRtmp: true,
      hasLibx264: false,
      hasAac: true
    })
    expect(ffmpegMessageParams(partial).missing).toBe('libx264')
  })
})

describe('probe output parsers', () => {
  it('reads the version, output protocols and encoders', () => {
    expect(parseFfmpegVersion(VERSION)).toBe('ffmpeg version 6.1.1')
    expect(parseFfmpegVersion('garbage')).toBeUndefined()
    // rtmp listed as input only does not count.
    expect(parseOutputProtocols(PROTOCOLS_NO_RTMP).has('rtmp')).toBe(false)
    expect(parseOutputProtocols(PROTOCOLS).has('rtmp')).toBe(true)
    const enc = parseEncoders(ENCODERS)
    expect([...enc]).toEqual(['libx264', 'aac'])
  })
})

describe('messages', () => {
  it('has an English text for every code, each saying how to fix it', () => {
    for (const code of FFMPEG_CODES) expect(ffmpegMessages[code]).toBeTruthy()
    expect(ffmpegMessages['ffmpeg-not-found']).toMatch(/FFMPEG_PATH/)
    expect(ffmpegMessages['ffmpeg-not-found']).toMatch(/package manager/)
  })
})

describe('runCapped (real processes)', () => {
  it('caps captured output and kills on timeout', async () => {
    const script = 'process.stdout.write("x".repeat(100000))'
    const big = await runCapped(process.execPath, ['-e', script], 5_000, 1000)
    expect(big.exitCode).toBe(0)
    expect(big.stdout).toHaveLength(1000)
    const slow = await runCapped(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], 200, 1000)
    expect(slow.error).toBe('timeout')
    const missing = await runCapped('/nonexistent/ffmpeg', ['-version'], 1_000, 1000)
    expect(missing.error).toBe('spawn-failed')
  })
})

describe('real locateFfmpeg on this machine', () => {
  it('finds the @ffmpeg-installer binary with rtmp, libx264 and aac', async () => {
    // ffmpeg-static is optional and not installed here; FFMPEG_PATH is cleared so the test is
    // about the bundled fallback.
    const { realDeps } = await import('../../../src/main/preflight/ffmpeg-locate')
    const env = { ...process.env, FFMPEG_PATH: undefined }
    const info = await locateFfmpeg({ ...realDeps, env })
    expect(info.code).toBe('ffmpeg-ok')
    expect(['ffmpeg-static', 'ffmpeg-installer']).toContain(info.source)
    expect(info.path).toMatch(/node_modules/)
    expect(info.version).toMatch(/^ffmpeg version /)
    expect(info).toMatchObject({ hasRtmp: true, hasLibx264: true, hasAac: true })
  })
})
