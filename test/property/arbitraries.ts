/**
 * Shared fast-check generators for the property tests: hostile text (unicode, control characters,
 * huge strings, shell-style injection), push-URL-shaped text built from fragments that matter to
 * the parser, and realistic secrets. Every property runs 10 000 inputs from a fixed seed.
 */
import fc from 'fast-check'

/** Runs per property and the fixed seed, so a failure replays exactly. */
export const RUNS = { numRuns: 10_000, seed: 20_260_606 } as const

/** Characters that break naive parsers: C0/C1 controls, DEL, zero-width, BOM, line separators. */
const NASTY_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u2029',
  '\u2060',
  '\ufeff',
  '\u3000',
  '\ud800',
  '\udfff',
  '😀',
  'é',
  '直',
  '播',
  '\u0301',
  '%00',
  '%',
  '%zz',
  '"',
  "'",
  '`',
  '$(',
  ';',
  '|',
  '&&',
  '\\',
  '<',
  '>',
  '*'
]

/** Shell/ffmpeg-style injection attempts a pasted value might carry. */
export const INJECTIONS = [
  'rtmp://h/live/x -f null /tmp/x',
  'rtmp://h/live/x?txSecret=a -y /tmp/out.flv',
  '-f null -',
  '-i /etc/passwd',
  '$(touch /tmp/pwned)',
  '`id`',
  '; rm -rf ~',
  '| nc 127.0.0.1 9',
  '--key=--json',
  '\r\nSet-Cookie: x=1',
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'rtmp://user:pass@h/live/x',
  'rtmp://h/live/x\u0000-f null /tmp/x',
  '{{key}}',
  '%0a-f%20null'
]

/** One nasty character, or a short run of them. */
export const nastyChar = fc.constantFrom(...NASTY_CHARS)

/** A huge string (up to 100 000 characters) of one repeated piece. */
export const hugeString = fc
  .tuple(
    fc.constantFrom('a', ' ', '/', '%', '\u200b', 'rtmp://', '?txSecret=', '&', ':', '0'),
    fc.integer({ min: 1_000, max: 100_000 })
  )
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n))

/** Any text: full unicode (lone surrogates included), ASCII, nasty characters, injections, huge. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(nastyChar, fc.string({ maxLength: 8 })), { maxLength: 30 })
      .map((a) => a.join(''))
  },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: hugeString }
)

/** Pieces of push URLs: schemes, hosts, ports, separators, Tencent parameters, mistakes. */
const URL_FRAGMENTS = [
  'rtmp://',
  'rtmps://',
  'RTMP://',
  'http://',
  'rtmp:/',
  'rtmp:',
  '//',
  '/',
  '?',
  '&',
  '=',
  '#',
  'push.example.test',
  'h',
  '127.0.0.1',
  '[::1]',
  '[::1',
  '::1',
  'xn--fiq228c.test',
  '999.1.1.1',
  ':1935',
  ':0',
  ':65536',
  ':99999999',
  ':',
  '@',
  'user:pw@',
  'live',
  'live/',
  'app/sub',
  'test',
  'test_900',
  'a%20b',
  '%E7%9B%B4',
  '%',
  '%G0',
  'txSecret=',
  'txTime=',
  'txHost=',
  'txsecret=',
  'f85a2ab363fe4deaffef9754d79da6fe',
  '5C271099',
  '5c2acacc',
  '1546000000',
  ' ',
  '\t',
  '\u200b',
  '\u0000',
  '-f null /tmp/x',
  '..',
  '.',
  '-',
  '_',
  '直播',
  '😀'
]

/** Text built from URL fragments and arbitrary pieces: reaches deep into the parser's branches. */
export const urlLike: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...URL_FRAGMENTS) },
      { weight: 1, arbitrary: anyText }
    ),
    {
      minLength: 1,
      maxLength: 14
    }
  )
  .map((parts) => parts.join(''))

/** A push URL that has a chance to parse: scheme, host, app, stream and a query from fragments. */
export const plausibleUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('rtmp://', 'rtmps://', 'RTMP://'),
    fc.constantFrom('push.example.test', '127.0.0.1', '[::1]', 'h', 'a-b.c_d.test'),
    fc.constantFrom('', ':1935', ':443', ':1'),
    fc.constantFrom('/live/', '/app/sub/', '/live/live/'),
    fc.stringMatching(/^[A-Za-z0-9_.~%-]{1,40}$/),
    fc.option(
      fc.array(
        fc.tuple(
          fc.constantFrom('txSecret', 'txTime', 'txHost', 'k', 'txtime'),
          fc.stringMatching(/^[A-Za-z0-9%._~-]{0,64}$/)
        ),
        { maxLength: 4 }
      ),
      { nil: undefined }
    )
  )
  .map(
    ([scheme, host, port, path, stream, query]) =>
      `${scheme}${host}${port}${path}${stream}${query ? '?' + query.map(([k, v]) => `${k}=${v}`).join('&') : ''}`
  )

/** A realistic push key: 8–64 letters and digits (the console's keys are 32 hex digits). */
export const pushKey: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{32}$/),
  fc.stringMatching(/^[A-Za-z0-9]{8,64}$/)
)

/** A full txSecret: 32 (MD5) or 64 (SHA256) hex digits, either case. */
export const txSecret: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{32}$/),
  fc.stringMatching(/^[0-9a-f]{64}$/),
  fc.stringMatching(/^[0-9A-F]{32}$/)
)

/** True when `s` holds a C0 control, DEL, or a line break of any kind (a message must not). */
export function hasLineBreakOrControl(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(s)
}
