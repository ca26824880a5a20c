/** All English texts: the app's screens plus the messages of every check's codes. */
import { diagnosisMessages } from './diagnosis'
import { dnsMessages } from './dns'
import { ffmpegMessages } from './ffmpeg'
import { liveGuardMessages } from './live-guard'
import { linkErrorMessages, linkUiMessages } from './link'
import { privacyMessages } from './privacy'
import { handshakeMessages, portMessages, publishProbeMessages } from './network'
import { pushMessages } from './push'
import { srtHandshakeMessages, srtRejectMessages } from './srt'
import { tlsMessages } from './tls'
import { uiMessages } from './ui'
import { clockMessages, demoMessages, uplinkMessages } from './uplink'
import { uplinkQualityMessages } from './uplink-quality'
import { wizardMessages } from './wizard'
import { tencentApiMessages } from './tencent-api'
import { watchMessages } from './watch'
import { uplinkAppMessages } from './uplink-app'
import {
  srtUrlMessages,
  transportMediaMessages,
  transportMessages,
  transportUiMessages
} from './transport'
import {
  pushEndMessages,
  pushStageMessages,
  reportTextMessages,
  ffmpegTriedMessages,
  resolverMessages,
  signatureDetailMessages
} from './values'
import {
  expiryMessages,
  generatorMessages,
  signatureMessages,
  signatureMistakeMessages,
  txHostMessages,
  urlMessages
} from './url'

export const en = {
  ...uiMessages,
  ...wizardMessages,
  ...urlMessages,
  ...expiryMessages,
  ...signatureMessages,
  ...signatureMistakeMessages,
  ...txHostMessages,
  ...generatorMessages,
  ...dnsMessages,
  ...ffmpegMessages,
  ...portMessages,
  ...handshakeMessages,
  ...publishProbeMessages,
  ...pushMessages,
  ...diagnosisMessages,
  ...clockMessages,
  ...uplinkMessages,
  ...demoMessages,
  ...srtUrlMessages,
  ...transportMessages,
  ...transportMediaMessages,
  ...transportUiMessages,
  // ── SRT handshake probe ──
  ...srtHandshakeMessages,
  ...srtRejectMessages,
  ...pushStageMessages,
  ...pushEndMessages,
  ...signatureDetailMessages,
  ...resolverMessages,
  ...reportTextMessages,
  ...ffmpegTriedMessages,
  ...tlsMessages,
  ...liveGuardMessages,
  ...privacyMessages,
  // ── Tencent CSS API ──
  ...tencentApiMessages,
  // ── Watch mode ──
  ...watchMessages,
  // ── Uplink quality under load ──
  ...uplinkQualityMessages,
  // ── support link ──
  ...linkErrorMessages,
  ...linkUiMessages,
  // ── the uplink test in the app ──
  ...uplinkAppMessages
} as const
