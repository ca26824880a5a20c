import { describe, expect, it } from 'vitest'
import {
  channelToMethod,
  EVENT_CHANNELS,
  eventToMethod,
  INVOKE_CHANNELS
} from '../../src/shared/ipc-contract'

describe('IPC contract', () => {
  it('derives method names from channel names', () => {
    expect(channelToMethod('url:analyze')).toBe('urlAnalyze')
    expect(eventToMethod('preflight:progress')).toBe('onPreflightProgress')
  })
  it('has unique channel and method names', () => {
    const methods = [...INVOKE_CHANNELS.map(channelToMethod), ...EVENT_CHANNELS.map(eventToMethod)]
    expect(new Set(methods).size).toBe(methods.length)
    for (const c of [...INVOKE_CHANNELS, ...EVENT_CHANNELS]) expect(c).toMatch(/^[a-z]+:[a-z]+$/)
  })
})
