/**
 * Property tests of the CLI argument parser: 10 000 generated argument lists per
 * property. Never a throw; every refusal is one short line naming what to fix; a push key given
 * with --key / --backup-key never appears in a refusal.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/main/cli-args'
import {
  anyText,
  hasLineBreakOrControl,
  INJECTIONS,
  plausibleUrl,
  pushKey,
  RUNS
} from './arbitraries'

const FLAGS = [
  '--key',
  '--backup-key',
  '--auth-delta',
  '--show-hours',
  '--dns',
  '--push-seconds',
  '--server',
  '--stream-key',
  '--no-push',
  '--push-real-stream',
  '--json',
  '--lang',
  '--domain',
  '--app',
  '--stream',
  '--hours',
  '--sha256',
  '--help',
  '-h',
  '--version',
  '--',
  '-',
  '--key=',
  '--json=1',
  '--bogus',
  '-k'
]

/** One argv word: a flag, a value that looks like one, a URL, a number, anything. */
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 2, arbitrary: plausibleUrl },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'check',
      'generate',
      'help',
      'version',
      'en',
      'zh-CN',
      '127.0.0.1:5353',
      '[::1]:53',
      '8',
      '0',
      '-1',
      '1e9',
      'NaN',
      '601',
      '0.5'
    )
  },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) }
)

const argv = fc
  .tuple(
    fc.constantFrom('check', 'generate', 'help', 'rtmp://h/live/s', 'bogus', ''),
    fc.array(word, { maxLength: 12 })
  )
  .map(([cmd, rest]) => [cmd, ...rest])
const env = fc.record({
  PUSH_PREFLIGHT_KEY: fc.option(anyText, { nil: undefined }),
  PUSH_PREFLIGHT_BACKUP_KEY: fc.option(anyText, { nil: undefined })
})

describe('parseCliArgs on generated argument lists', () => {
  it('any argv → options or one clear line, never a throw', () => {
    fc.assert(
      fc.property(argv, env, (args, e) => {
        const r = parseCliArgs(args, e)
        if (r.ok) {
          expect(['help', 'version', 'check', 'generate']).toContain(r.value.command)
          if (r.value.command === 'check') {
            const o = r.value.options
            if (o.pushSeconds !== undefined)
              expect(
                Number.isInteger(o.pushSeconds) && o.pushSeconds >= 1 && o.pushSeconds <= 600
              ).toBe(true)
            for (const n of [o.authDeltaSec, o.showLengthSec])
              if (n !== undefined) expect(Number.isFinite(n) && n >= 0).toBe(true)
          }
          return
        }
        // One line, no control characters (values are shown JSON-quoted), bounded, plain English.
        expect(r.error.length).toBeGreaterThan(8)
        expect(r.error.length).toBeLessThan(240)
        expect(hasLineBreakOrControl(r.error)).toBe(false)
        expect(r.error).toMatch(/^[-"a-z]/)
      }),
      RUNS
    )
  })

  it('a key given with --key or --backup-key never appears in a refusal', () => {
    const withKey = fc
      .tuple(argv, pushKey, fc.constantFrom('--key', '--backup-key'), fc.boolean(), fc.nat())
      .map(([args, key, flag, joined, at]) => {
        const pos = 1 + (at % args.length)
        const ins = joined ? [`${flag}=${key}`] : [flag, key]
        return { args: [...args.slice(0, pos), ...ins, ...args.slice(pos)], key, pos }
      })
    fc.assert(
      fc.property(withKey, ({ args, key, pos }) => {
        // After `--` every word is an argument by definition (POSIX), `--key=K` included.
        const dd = args.indexOf('--')
        fc.pre(dd < 0 || dd > pos)
        // The key may also be typed elsewhere by the generator by chance: only test a unique one.
        fc.pre(args.filter((a) => a.includes(key)).length === 1)
        const r = parseCliArgs(args, {})
        if (!r.ok) expect(r.error).not.toContain(key)
      }),
      RUNS
    )
  })

  it('the injection example stays one push URL (quoted) or is refused, never split into options', () => {
    for (const url of INJECTIONS) {
      const r = parseCliArgs(['check', url, '--no-push'], {})
      if (r.ok && r.value.command === 'check') expect(r.value.options.url).toEqual({ url })
    }
    // Unquoted, the shell splits it: the parser refuses the extra words instead of guessing.
    const split = parseCliArgs(['check', 'rtmp://h/live/x', '-f', 'null', '/tmp/x'], {})
    expect(split.ok).toBe(false)
  })

  it('regressions found here: a flag never swallows the next flag; separators are escaped', () => {
    expect(parseCliArgs(['generate', '--domain', '--key', 'SECRETKEY123'], {})).toEqual({
      ok: false,
      error: '--domain needs a value'
    })
    const r = parseCliArgs(['generate', 'a\u2028b'], {})
    expect(r.ok === false && r.error).toBe('unexpected argument "a\\u2028b" (see --help)')
  })
})
