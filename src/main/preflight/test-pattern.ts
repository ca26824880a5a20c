/**
 * The generated test source every ffmpeg push uses: a moving colour pattern and a steady tone,
 * both from ffmpeg's lavfi device, so no file and no camera is needed and every run sends the
 * same picture and sound.
 */
import { PUSH_TEST_FPS } from './constants'

/** Picture size of the engine's test pattern (a typical low streaming size). */
export const TEST_PATTERN_SIZE = '640x360'
/** The tone: 1 kHz at 44.1 kHz, the usual reference tone, easy to recognise on a monitor. */
const TEST_TONE = 'sine=frequency=1000:sample_rate=44100'

/** Options of {@link testPatternInputArgs}. */
export interface TestPatternOptions {
  /** `WxH` (default TEST_PATTERN_SIZE). */
  size?: string
  /** Frames per second (default PUSH_TEST_FPS). */
  fps?: number
  /** Read the pattern at its own rate (`-re`), as a live encoder would send it (default false). */
  realtime?: boolean
}

/**
 * ffmpeg's input arguments for the test pattern (video `testsrc2`, audio `sine`): two lavfi
 * inputs, video first. `-re` sits on the video input: it paces the whole run.
 */
export function testPatternInputArgs(opts: TestPatternOptions = {}): string[] {
  const size = opts.size ?? TEST_PATTERN_SIZE
  const fps = opts.fps ?? PUSH_TEST_FPS
  return [
    '-f',
    'lavfi',
    ...(opts.realtime === true ? ['-re'] : []),
    '-i',
    `testsrc2=size=${size}:rate=${fps}`,
    '-f',
    'lavfi',
    '-i',
    TEST_TONE
  ]
}
