/**
 * What every e2e file shares: Debian's Chromium started headless with no name resolution of its
 * own, the built renderer served on loopback with the bridge installed, and the screenshot folder
 * (PP_SCREENSHOTS_DIR relative to the repo, else a temp folder removed afterwards).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'
import type { NetworkIdentity } from '../../src/shared/report'
import { installBridge, serveFolder, type Bridge } from './bridge'

const ROOT = resolve(__dirname, '../..')
const RENDERER = join(ROOT, 'out/renderer')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces for the network rule: Chromium itself resolves no name (the page is served
  // from 127.0.0.1; the engine runs in Node through the bridge, not in the browser).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
]

/** The app open in Chromium over the bridge, and how to close it all. */
export interface E2eApp {
  page: Page
  bridge: Bridge
  close: () => Promise<void>
}

/** Launch Chromium, serve the built renderer, install the bridge and open the app. */
export async function openApp(network: NetworkIdentity): Promise<E2eApp> {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error('build the renderer first: npx electron-vite build')
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`)
  const site = await serveFolder(RENDERER)
  const userDataDir = mkdtempSync(join(tmpdir(), 'pp-e2e-chromium-'))
  let context: BrowserContext | undefined
  const close = async (): Promise<void> => {
    await context?.close()
    await site.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1100, height: 800 },
      locale: 'en-US',
      colorScheme: 'light',
      timeout: 30_000
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const bridge = await installBridge(page, network)
    await page.goto(site.url)
    return { page, bridge, close }
  } catch (e) {
    await close()
    throw e
  }
}

/** The screenshot folder of a run, and its two ways to take one. */
export interface Shots {
  /** The whole page (or the viewport) as `<name>.png`. */
  page: (page: Page, name: string, fullPage?: boolean) => Promise<void>
  /** One part of the page (a card) as `<name>.png`. */
  of: (part: Locator, name: string) => Promise<void>
  /** Remove the folder when it was a temp one. */
  cleanup: () => void
}

/** The folder PP_SCREENSHOTS_DIR names (relative to the repo), else a temp folder. */
export function screenshots(): Shots {
  const asked = process.env.PP_SCREENSHOTS_DIR
  const dir = asked ? resolve(ROOT, asked) : mkdtempSync(join(tmpdir(), 'pp-e2e-shots-'))
  mkdirSync(dir, { recursive: true })
  return {
    page: async (page, name, fullPage = true) => {
      const path = join(dir, `${name}.png`)
      await page.screenshot({ path, fullPage })
      expect(existsSync(path)).toBe(true)
    },
    of: async (part, name) => {
      const path = join(dir, `${name}.png`)
      await part.screenshot({ path })
      expect(existsSync(path)).toBe(true)
    },
    cleanup: () => {
      if (!asked) rmSync(dir, { recursive: true, force: true })
    }
  }
}
