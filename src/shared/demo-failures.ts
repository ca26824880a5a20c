/** The failures the demo can reproduce (its own module so the pure CLI parser stays light). */
export const DEMO_FAILURES = [
  'cname',
  'network',
  'rtmp-blocked',
  'expiry',
  'signature',
  'stream-in-use',
  'uplink'
] as const
/** One reproducible failure; each leads to the cause id of the same name. */
export type DemoFailure = (typeof DEMO_FAILURES)[number]
