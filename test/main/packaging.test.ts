/**
 * The installer configuration, checked without building (this machine cannot
 * download Electron's binaries): electron-builder.yml is loaded and validated by electron-builder's
 * own loader and JSON schema, then checked for the targets, the files, ffmpeg unpacked from asar,
 * the locked fuses, and a real 512×512 PNG icon.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEEP_LINK_SCHEME } from '../../src/shared/deep-link'

const root = join(__dirname, '../..')
const requireCjs = createRequire(__filename)

/** The parts of electron-builder's Configuration this test reads. */
interface BuilderConfig {
  appId?: string
  productName?: string
  files?: Array<string | { filter?: string[] }>
  asar?: boolean
  asarUnpack?: string[]
  icon?: string
  electronFuses?: Record<string, boolean>
  linux?: { target?: string[]; icon?: string }
  win?: { target?: string[]; icon?: string }
  mac?: { target?: string[]; icon?: string }
  protocols?: Array<{ name?: string; schemes?: string[] }>
}

// electron-builder's own loader and validator (app-builder-lib ships them as CommonJS).
const { getConfig, validateConfiguration } = requireCjs(
  'app-builder-lib/out/util/config/config'
) as {
  getConfig: (
    projectDir: string,
    configPath: string | null,
    fromOptions: null
  ) => Promise<BuilderConfig>
  validateConfiguration: (config: BuilderConfig, logger: unknown) => Promise<void>
}
const { DebugLogger } = requireCjs('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown
}

let config: BuilderConfig
beforeAll(async () => {
  config = await getConfig(root, null, null)
})

describe('electron-builder configuration', () => {
  it('is valid for electron-builder 26 (its own schema), and a wrong fuse key would not be', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    await expect(
      validateConfiguration(
        { ...config, electronFuses: { runAsNod: false } },
        new DebugLogger(false)
      )
    ).rejects.toThrow(/does not match the API schema/)
  })

  it('names the app and builds Linux AppImage + deb, Windows NSIS, macOS dmg', () => {
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/)
    expect(config.productName).toBe('Push Preflight')
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
  })

  it('packs only the bundles and package.json (no sources, tests or bin/) into an asar', () => {
    expect(config.asar).toBe(true)
    // The loader normalises `files` to file sets ({ filter: [...] }); flatten them back.
    const files = (config.files ?? []).flatMap((f) =>
      typeof f === 'string' ? [f] : (f.filter ?? [])
    )
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json']))
    for (const f of files) expect(f).not.toMatch(/^(src|test|bin|bench)\b/)
  })

  it('unpacks the ffmpeg binaries and resources from asar (a binary inside an archive cannot run)', () => {
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'node_modules/ffmpeg-static/**',
        'node_modules/@ffmpeg-installer/**',
        'resources/**'
      ])
    )
  })

  it('registers the support link scheme with the installed app', () => {
    expect(config.protocols?.flatMap((p) => p.schemes ?? [])).toEqual([DEEP_LINK_SCHEME])
    expect(config.protocols?.[0]?.name).toBeTruthy()
  })

  it('locks the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
  })

  it('has dist scripts that build (typecheck included) before packaging', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    for (const s of ['dist', 'dist:linux', 'dist:win', 'dist:mac'])
      expect(pkg.scripts[s]).toMatch(/^npm run build && electron-builder\b/)
    expect(pkg.scripts.build).toContain('typecheck')
  })

  it('pins node-media-server exactly (the demo ingest loads one of its internal files)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>
    }
    const pinned = pkg.dependencies['node-media-server']
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/)
    expect(lock.packages[''].dependencies?.['node-media-server']).toBe(pinned)
    expect(lock.packages['node_modules/node-media-server'].version).toBe(pinned)
  })
})

describe('the app icon', () => {
  it('every platform uses resources/icon.png, a real 512×512 RGBA PNG with a drawn mark', () => {
    for (const icon of [config.icon, config.linux?.icon, config.win?.icon, config.mac?.icon])
      expect(icon).toBe('resources/icon.png')
    const png = readFileSync(join(root, 'resources/icon.png'))
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    )
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect(png.readUInt32BE(16)).toBe(512)
    expect(png.readUInt32BE(20)).toBe(512)
    expect(png[24]).toBe(8) // bit depth
    expect(png[25]).toBe(6) // RGBA
    // Decode the pixels (filter 0 rows, as scripts/make-icon.mjs writes them): not a blank square.
    const idat: Buffer[] = []
    for (let o = 8; o < png.length;) {
      const len = png.readUInt32BE(o)
      if (png.subarray(o + 4, o + 8).toString('ascii') === 'IDAT')
        idat.push(png.subarray(o + 8, o + 8 + len))
      o += 12 + len
    }
    const raw = inflateSync(Buffer.concat(idat))
    expect(raw.length).toBe(512 * (512 * 4 + 1))
    const colours = new Set<string>()
    for (let y = 0; y < 512; y += 8) {
      for (let x = 0; x < 512; x += 8) {
        const p = y * (512 * 4 + 1) + 1 + x * 4
        colours.add(raw.subarray(p, p + 4).toString('hex'))
      }
    }
    expect(colours.size).toBeGreaterThan(3)
  })
})
