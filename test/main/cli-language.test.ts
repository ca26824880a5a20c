/**
 * The CLI's human output in Indonesian and Chinese has no English in it beyond product names,
 * protocol terms and the console names Tencent shows: representative reports (healthy, wrong
 * signature, port refused, URL expired) from the demo, which runs on loopback with real ffmpeg.
 */
import { hostname } from 'node:os'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/main/cli'
import { en } from '../../src/shared/i18n/en'
import { memoryIo } from '../helpers/memory-io'

/** Names and terms that stay as they are in every language. */
const PRODUCT_AND_PROTOCOL = [
  'Push',
  'Preflight',
  'Tencent',
  'Cloud',
  'CSS',
  'OBS',
  'ffmpeg',
  'RTMP',
  'RTMPS',
  'SRT',
  'TCP',
  'UDP',
  'HTTP',
  'DNS',
  'CNAME',
  'IP',
  'IPv4',
  'IPv6',
  'URL',
  'Key',
  'txSecret',
  'txTime',
  'txHost',
  'TLS',
  // "IT" as both catalogues already say it (场地 IT, tim IT); npm, the package registry, by name.
  'IT',
  'npm',
  'AppName',
  'StreamName',
  'MD5',
  'SHA256',
  'AAC',
  'CPU',
  'VPN',
  'Wi',
  'Fi',
  'A',
  'AAAA',
  // Units (kbit/s, ms) and the machine line ("linux x64").
  'kbit',
  's',
  'ms',
  'linux',
  'darwin',
  'win32',
  'x64',
  'arm64'
]

/**
 * Indonesian words that are also English words: streaming terms Tencent's Indonesian pages use as
 * they are ("push", "stream", "server", "port"), the console's own English names, which its
 * Indonesian pages quote with a translation ("Domain Management (Manajemen Domain)"), and words
 * spelled the same in both languages.
 */
const INDONESIAN_ALSO_ENGLISH = [
  'push',
  'stream',
  'streaming',
  'server',
  'port',
  'handshake',
  'media',
  'encoder',
  'bitrate',
  'hotspot',
  'demo',
  'domain',
  'host',
  'firewall',
  'proxy',
  'error',
  'status',
  'data',
  'total',
  'Management',
  'Live',
  'Streams',
  'Disabled',
  'Stream',
  'Address',
  'Generator',
  'Configuration',
  'Authentication',
  'reset',
  'login',
  'browser',
  'online',
  'offline',
  'tab',
  'PC',
  'instance'
]

/** Words of the English catalogue: what an English leak would be made of. */
const ENGLISH_WORDS = new Set(
  Object.values(en as Record<string, string>)
    .flatMap((text) => text.match(/[A-Za-z]+/g) ?? [])
    .map((w) => w.toLowerCase())
)

/**
 * Latin-script words of a text, without this computer's name, URLs, stream keys, paths, host
 * names, versions and stream names.
 */
function latinWords(text: string): string[] {
  return (
    text
      .split(hostname())
      .join(' ')
      .replace(/\S+:\/\/\S+/g, ' ')
      // A stream key (OBS's field, `stream?txSecret=…`) is data, like a URL.
      .replace(/\S*\?txSecret=\S*/g, ' ')
      .replace(/(^|\s)\/\S*/g, ' ')
      .split(/[^A-Za-z0-9_.\-/]+/)
      .filter((tok) => tok !== '' && !/[0-9_.]/.test(tok))
      .flatMap((tok) => tok.split(/[-/]/))
      .filter((w) => /^[A-Za-z]+$/.test(w))
  )
}

/** English words of the output that are not on the language's allow-list. */
function englishLeaks(out: string, lang: 'id' | 'zh-CN'): string[] {
  const allowed = new Set(
    [...PRODUCT_AND_PROTOCOL, ...(lang === 'id' ? INDONESIAN_ALSO_ENGLISH : [])].map((w) =>
      w.toLowerCase()
    )
  )
  const words = latinWords(out)
  // Chinese text has no Latin words of its own: every one must be allowed. Indonesian shares the
  // script, so only the words of the English catalogue count as English.
  const leaks = words.filter(
    (w) => !allowed.has(w.toLowerCase()) && (lang === 'zh-CN' || ENGLISH_WORDS.has(w.toLowerCase()))
  )
  return [...new Set(leaks)].sort()
}

describe('latinWords / englishLeaks', () => {
  it('finds English words and skips URLs, paths, hosts and stream names', () => {
    const out =
      'Server berhenti saat upper case rtmp://h.example/live/s /usr/bin/ffmpeg demo_preflight_a1 live.demo.test 6.18.44'
    expect(englishLeaks(out, 'id')).toEqual(['case', 'upper'])
    expect(englishLeaks('服务器 connection reset（RTMP）', 'zh-CN')).toEqual([
      'connection',
      'reset'
    ])
  })
})

describe.each(['id', 'zh-CN'] as const)('CLI human output in %s', (lang) => {
  it.each([[[]], [['--fail', 'signature']], [['--fail', 'network']], [['--fail', 'expiry']]])(
    'demo %j has no English outside the allow-list',
    async (args) => {
      const io = memoryIo()
      await main(['demo', '--lang', lang, '--push-seconds', '2', ...args], io)
      expect(io.out).toMatch(lang === 'id' ? /Semua pemeriksaan/ : /全部检查项/)
      expect(englishLeaks(io.out, lang)).toEqual([])
      expect(io.out).not.toMatch(/\{\{|\}\}/)
    },
    60_000
  )
})
