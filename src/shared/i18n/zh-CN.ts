/**
 * 简体中文: every text of `en`, written for a streamer rather than word for word. Tencent console
 * places use the names of Tencent's Chinese console (云直播控制台: 域名管理, 流管理 → 直播流 /
 * 禁推流, 推流配置 → 鉴权配置, 推流地址生成器); OBS fields use OBS's Chinese labels (服务器,
 * 推流码). Spaces around Latin words and numbers follow Tencent's own docs ("推流 URL", "12 小时"),
 * which also matches how formatDuration() joins numbers and units.
 */
import type { TimeWords } from '../format-time'
import type { en } from './en'

/** Chinese words around expiry dates and durations: "9 小时 40 分钟后", "已过期 2 小时 5 分钟". */
export const zhCNTimeWords: TimeWords = {
  future: '{{date}}（{{rel}}）',
  in: '{{duration}}后',
  // Used inside "推流地址{{when}}。", so it reads "推流地址已过期 2 小时 5 分钟。"
  ago: '已过期 {{duration}}',
  day: '天',
  hour: '小时',
  minute: '分钟',
  lessThanMinute: '不到 1 分钟'
}

/** All texts in Simplified Chinese; a key missing from `en` is a type error. */
export const zhCN: Record<keyof typeof en, string> = {
  // ── app screens ──
  'ui.title': 'Push Preflight 推流预检',
  'ui.tagline': '从这里推流能成功吗？不能的话，原因是什么、该怎么办？',
  'ui.tab.check': '检查推流地址',
  'ui.tab.generate': '生成推流地址',
  'ui.mode.url': '推流地址',
  'ui.mode.obs': 'OBS 服务器 + 推流码',
  'ui.field.url': '推流地址',
  'ui.field.url.placeholder': 'rtmp://push.example.com/live/stream?txSecret=…&txTime=…',
  'ui.field.server': '服务器（OBS 中的“服务器”）',
  'ui.field.server.placeholder': 'rtmp://push.example.com/live/',
  'ui.field.streamKey': '推流码（OBS 中的“推流码”）',
  'ui.field.streamKey.placeholder': 'stream?txSecret=…&txTime=…',
  'ui.field.key': '推流鉴权 Key（可选，不会离开本机）',
  'ui.field.backupKey': '备用 Key（可选）',
  'ui.field.authDelta': 'AuthDelta，秒（可选）',
  'ui.field.showLength': '预计直播时长，小时（可选）',
  'ui.analysis.heading': '推流地址本身的信息（离线分析）',
  'ui.analysis.empty': '粘贴推流地址，输入时即可看到分析结果。',
  'ui.analysis.parsed': '主机 {{host}}，端口 {{port}}，AppName “{{app}}”，StreamName “{{stream}}”',
  'ui.analysis.invalid': '这还不是可用的推流地址',
  'ui.status.pass': '正常',
  'ui.status.warn': '警告',
  'ui.status.fail': '有问题',
  'ui.status.skipped': '未检查',
  'ui.check.expiry': '地址有效期（txTime）',
  'ui.check.signature': '签名（txSecret）',
  'ui.check.txhost': '推流到 IP 地址（txHost）',
  'ui.expiry.when': '过期时间：{{when}}',
  'ui.ffmpeg.heading': '本地测试工具（ffmpeg）',
  'ui.ffmpeg.found': 'ffmpeg {{version}}，来源：{{source}}',
  'ui.ffmpeg.source.env': 'FFMPEG_PATH',
  'ui.ffmpeg.source.ffmpeg-static': '内置的 ffmpeg-static',
  'ui.ffmpeg.source.ffmpeg-installer': '内置的 @ffmpeg-installer',
  'ui.ffmpeg.source.path': '系统 PATH',
  'ui.ffmpeg.checking': '正在查找 ffmpeg…',
  'ui.gen.domain': '推流域名',
  'ui.gen.app': 'AppName',
  'ui.gen.stream': 'StreamName',
  'ui.gen.key': '推流鉴权 Key',
  'ui.gen.hours': '有效时长（小时）',
  'ui.gen.algorithm': '签名算法',
  'ui.gen.result': '带签名的推流地址',
  'ui.gen.copy': '复制',
  'ui.gen.copied': '已复制',
  'ui.gen.short':
    '有效期不足 12 小时：如果直播后段网络中断，重新推流将会失败。腾讯云建议设置 12–24 小时。',
  'ui.error.ipc': '操作未能完成：{{message}}',
  'ui.run.start': '开始完整检查',
  'ui.run.again': '重新检查',
  'ui.run.cancel': '取消',
  'ui.run.progress': '正在检查',
  'ui.run.waiting': '等待中',
  'ui.run.running': '进行中…',
  'ui.run.ms': '{{ms}} 毫秒',
  'ui.run.push-live': '已发送 {{time}} 秒，{{kbps}} kbit/s',
  'ui.run.result': '检查结果',
  'ui.run.details': '技术详情（时间线、ffmpeg 日志，已去除 Key 和签名等敏感信息）',
  'ui.run.timeline': '时间线',
  'ui.run.log': 'ffmpeg 日志（最后几行）',
  'ui.run.dns': 'DNS 服务器（可选，IP[:端口]）',
  'ui.run.pushSeconds': '测试推流时长（秒）',
  'ui.run.noPush': '不做测试推流（只检查地址、DNS、端口、握手和推流请求）',
  'ui.run.pushReal': '把测试画面推到我的正式流（观众会看到）',
  'ui.run.pushReal.confirm':
    '没有推流鉴权 Key，测试推流只能推到您正式的流名称上，正在观看这路流的观众会看到几秒钟的测试画面。确定推到正式流吗？',
  'ui.run.pushReal.yes': '是，推到我的正式流',
  'ui.run.pushReal.no': '否，跳过画面推流',
  // ── wizard ──
  'ui.lang.label': '语言',
  'ui.lang.en': 'English',
  'ui.lang.id': 'Bahasa Indonesia',
  'ui.lang.zh-CN': '简体中文',
  'ui.start.heading': '开播前检查您的推流',
  'ui.start.intro':
    '粘贴腾讯云控制台中的推流地址（或 OBS 的“服务器”和“推流码”）。应用会从当前网络测试 DNS、端口、RTMP 握手和一次简短的测试推流，然后告诉您需要修复什么。',
  'ui.start.mode': '输入方式',
  'ui.start.advanced': '更多选项',
  'ui.keys.remember': '在这台电脑上记住我的推流鉴权 Key（加密保存）',
  'ui.keys.remembered': '已从这台电脑载入推流鉴权 Key（加密保存）。',
  'ui.keys.not-saved': '这台电脑无法加密 Key，因此 Key 只保存在内存中。',
  'ui.keys.hint': '推流鉴权 Key 只在这台电脑上用于校验签名和为测试流签名，不会离开本机。',
  'ui.open': '打开已保存的报告',
  'ui.open.error.too-large': '该文件太大，不是 Push Preflight 报告。',
  'ui.open.error.not-json': '该文件不是 Push Preflight 报告（不是 JSON）。',
  'ui.open.error.not-a-report': '该文件不是 Push Preflight 报告。',
  'ui.open.error.unreadable': '无法读取该文件。',
  'ui.running.heading': '正在检查您的推流…',
  'ui.running.heading.hotspot': '正在通过热点重新检查…',
  'ui.run.elapsed': '已用时：{{seconds}} 秒',
  'ui.result.checked': '{{date}} 在 {{machine}} 上检查 · {{host}}',
  'ui.result.saved':
    '已保存的报告“{{file}}”，{{date}} 在 {{machine}} 上检查。这里显示的是当时的检查结果，不是新的检查。',
  'ui.result.next': '下一步',
  'ui.result.next.go-live': '您可以在当前网络开播。',
  'ui.result.next.hotspot':
    '确认是不是当前网络的问题：通过手机的 4G/5G 热点运行同样的检查（见下方）。',
  'ui.result.next.fix': '{{step}} — {{fix}}',
  'ui.result.steps': '按腾讯云排障顺序逐步查看',
  'ui.result.edit': '修改推流地址',
  'ui.step.evidence': '检查发现',
  'ui.step.not-checked': '本次检查未覆盖此项。',
  'ui.step.undetermined': '未判定：检查已先因其他原因停下（见上方卡片）。',
  'ui.step.pass.cname': '推流域名已正确指向腾讯云。',
  'ui.step.pass.network': '当前网络可以通过 TCP {{port}} 连到服务器，且服务器使用 RTMP 应答。',
  'ui.step.pass.expiry': '推流地址的有效期足够长。',
  'ui.step.pass.signature': '签名（txSecret）与您的推流鉴权 Key 一致。',
  'ui.step.pass.stream-in-use': '服务器接受这个流名称：没有其他人在推这路流，它也没有被禁推。',
  'ui.step.pass.stream-dropped': '测试推流在整个测试时间内没有被断开。',
  'ui.step.pass.uplink': '当前网络的上行带宽能跟上计划码率。',
  'ui.step.pass.ffmpeg': '本地测试工具工作正常。',
  'ui.ev.chain': 'CNAME 链：{{chain}} → {{addresses}}',
  'ui.ev.port-open': 'TCP {{port}} 到 {{ip}}：{{ms}} 毫秒内连通。',
  'ui.ev.port-refused': 'TCP {{port}} 到 {{ip}}：{{ms}} 毫秒后被拒绝。',
  'ui.ev.port-filtered': 'TCP {{port}} 到 {{ip}}：{{ms}} 毫秒内完全没有应答。',
  'ui.ev.port-other': 'TCP {{port}} 到 {{ip}}：{{ms}} 毫秒后失败（{{code}}）。',
  'ui.ev.handshake': 'RTMP 握手在 {{ms}} 毫秒内得到应答。',
  'ui.hotspot.heading': '是当前网络的问题吗？试试手机热点',
  'ui.hotspot.why':
    '证据指向当前网络（防火墙、代理或 DNS）。通过手机移动数据运行同样的检查，就能知道是不是网络的问题。',
  'ui.hotspot.steps':
    '在手机上打开 4G/5G 热点。\n让这台电脑连接该热点（并断开场地的 Wi-Fi 或网线）。\n点击“通过热点重试”。',
  'ui.hotspot.retry': '通过热点重试',
  'ui.hotspot.checking': '正在查看网络…',
  'ui.hotspot.same':
    '这台电脑似乎仍在同一个网络上（地址、路由器和 DNS 服务器都相同）。请先连接手机热点，再点击重试。',
  'ui.hotspot.anyway': '仍在当前网络检查',
  'ui.hotspot.changed': '网络已变化：{{what}}。',
  'ui.hotspot.change.interfaces': '网络适配器',
  'ui.hotspot.change.addresses': 'IP 地址',
  'ui.hotspot.change.gateway': '路由器',
  'ui.hotspot.change.dns': 'DNS 服务器',
  'ui.compare.heading': '当前网络与手机热点对比',
  'ui.compare.here': '当前网络',
  'ui.compare.there': '手机热点',
  'ui.compare.step': '步骤',
  'ui.compare.network': '网络',
  'ui.compare.verdict': '结果',
  'ui.compare.conclusion.network-blocks':
    '当前网络拦截了到 {{host}} 的 TCP {{port}}：请该网络的 IT 放行到 {{host}}（{{ips}}）的出站 TCP {{port}}，或改用热点推流。',
  'ui.compare.conclusion.fails-both':
    '两个网络都失败，所以不是网络的问题：请检查推流地址（主机和端口）和推流鉴权 Key。',
  'ui.compare.conclusion.works-both': '两个网络都正常：当前网络不是问题所在。',
  'ui.compare.conclusion.works-here-only': '当前网络正常，但热点不行：请使用当前网络推流。',
  'ui.compare.same-network': '两次检查似乎在同一个网络上进行，因此这个对比说明不了什么。',
  'ui.export.heading': '分享这个结果',
  'ui.export.json': '保存报告（JSON，可在此重新打开）',
  'ui.export.markdown': '另存为文本（Markdown）',
  'ui.export.copy': '复制为文本',
  'ui.export.copied': '已复制。可粘贴到聊天或邮件中发给技术支持。',
  'ui.export.saved': '已保存为 {{file}}。',
  'ui.export.redacted': '报告中绝不包含您的推流鉴权 Key，txSecret 只保留前 4 个字符。',
  'ui.sheet.open': '给场地 IT 的 Go/No-Go 单',
  'ui.sheet.title': '直播网络检查：Go / No-Go',
  'ui.sheet.go': 'GO（可以开播）',
  'ui.sheet.go-warn': 'GO（有警告）',
  'ui.sheet.nogo': 'NO-GO（不能开播）',
  'ui.sheet.host': '服务器（推流域名）',
  'ui.sheet.ips': '服务器 IP 地址',
  'ui.sheet.port': '端口',
  'ui.sheet.protocol': '协议',
  'ui.sheet.protocol.value': 'RTMP（TCP），从当前网络出站',
  'ui.sheet.verdict': '结果',
  'ui.sheet.time': '检查时间',
  'ui.sheet.machine': '电脑',
  'ui.sheet.ask': '请放行从当前网络到 {{host}}（{{ips}}）的出站 TCP {{port}}。',
  'ui.sheet.print': '打印',
  'ui.sheet.close': '返回结果',
  'ui.demo.heading': '手头没有推流地址？试试演示',
  'ui.demo.intro':
    '演示会对这台电脑上的测试服务器运行完整检查（不会向互联网发送任何内容），让您看看每种问题是什么样子。',
  'ui.demo.scenario': '演示场景',
  'ui.demo.case.ok': '一切正常',
  'ui.demo.case.cname': '第 1 步 · 缺少 CNAME',
  'ui.demo.case.network': '第 2 步 · 端口被拦截',
  'ui.demo.case.rtmp-blocked': '第 2 步 · RTMP 被拦截，RTMPS 可用',
  'ui.demo.case.expiry': '第 3 步 · 地址已过期',
  'ui.demo.case.signature': '第 4 步 · 签名错误',
  'ui.demo.case.stream-in-use': '第 5 步 · 流已被占用',
  'ui.demo.case.uplink': '上行太慢',
  'ui.demo.try': '试试演示',
  'ui.demo.banner': '演示：这个结果来自这台电脑上的测试服务器，不是来自您的流。',

  // ── push URL: parse errors and notes ──
  'url-empty': '请粘贴推流地址（以 rtmp:// 开头），可在腾讯云控制台的推流地址生成器中获取。',
  'url-too-long':
    '地址长度为 {{length}} 个字符，而推流地址通常不超过 200 个（上限 {{max}}），可能多粘贴了内容。请从腾讯云控制台的推流地址生成器重新复制。',
  'url-control-chars':
    '第 {{index}} 个位置有一个不可见字符（{{char}}），通常是复制时带上的换行符或零宽空格。请删除它，或以纯文本方式重新粘贴。',
  'url-bad-scheme':
    '此地址以“{{scheme}}://”开头，但推流地址应以 rtmp://、rtmps:// 或 srt:// 开头。http(s) 及 .flv/.m3u8 地址用于播放，不能推流；webrtc:// 是本工具暂不检测的推流协议。请从腾讯云控制台的推流地址生成器复制 RTMP 推流地址。',
  'url-no-scheme':
    '地址没有以 rtmp:// 开头。您是不是想输入 {{suggestion}}…？请在开头加上“rtmp://”。',
  'url-no-host': 'rtmp:// 后面缺少推流域名。正确格式为 rtmp://<推流域名>/live/<StreamName>。',
  'url-bad-host':
    '“{{host}}”不是有效的推流域名或 IP 地址：域名只能包含字母、数字、点和连字符（IPv6 地址需放在方括号中，如 rtmp://[2001:db8::1]/live/…）。请按腾讯云控制台显示的推流域名原样复制。',
  'url-bad-port':
    '端口“{{port}}”无效（应为 1–65535）。去掉端口即可使用默认值（rtmp:// 为 1935，rtmps:// 为 443）。',
  'url-no-app':
    '缺少 AppName：腾讯云推流地址格式为 rtmp://<推流域名>/live/<StreamName>。请在流名称前加上 AppName（通常为“live”）。',
  'url-no-stream':
    '“/{{app}}/”后面缺少 StreamName。请补上流名称（及 ?txSecret=…&txTime=… 部分），在 OBS 中则填入“推流码”。',
  'url-inner-spaces':
    '地址第 {{index}} 个位置有空格。推流地址中不会有空格，请删除（通常是跨两行复制时带入的）。',
  'url-key-pasted-twice':
    '流名称或 ?txSecret=…&txTime=… 部分出现了两次，应该是重复粘贴了。只保留一份：rtmp://<推流域名>/live/<StreamName>?txSecret=…&txTime=…。',
  'url-server-has-stream':
    '“服务器”一栏已经包含流名称 {{stream}} 或其 ?txSecret=… 部分。在 OBS 中，“服务器”只填 rtmp://<推流域名>/live/，其余部分都填入“推流码”。',
  'url-bad-query':
    '“?”后的参数“{{param}}”格式有误（% 转义不完整或缺少参数名）。请从腾讯云控制台的推流地址生成器重新复制推流地址。',
  'url-bad-encoding': '流名称“{{stream}}”中有损坏的 % 转义。流名称请只使用字母、数字、“_”和“-”。',
  'url-double-slash':
    '路径在第 {{index}} 个位置附近有空段（连续两个斜杠，或末尾多了斜杠）。请删除多余的“/”。',
  'url-obs-no-server':
    '“服务器”一栏为空。在 OBS 中应填 rtmp://<推流域名>/live/（即推流地址中流名称之前的部分）。',
  'url-obs-no-key':
    '“推流码”一栏为空。在 OBS 中应填 rtmp://<推流域名>/live/ 之后的全部内容：<StreamName>?txSecret=…&txTime=…。',
  'url-key-is-url':
    '“推流码”一栏填入了完整的 rtmp:// 地址。这里只应填 rtmp://<推流域名>/live/ 之后的部分：<StreamName>?txSecret=…&txTime=…。',
  'url-trimmed': '已去掉地址前后的空格或换行。请确认编码器（推流软件）的对应栏里也没有多余空格。',
  'url-encoded-name':
    '流名称经过了 % 编码（“{{raw}}”即“{{decoded}}”）。腾讯云签名和匹配时使用的名称可能与编码器发送的不一致：建议流名称只使用字母、数字、“_”和“-”。',
  'url-no-query':
    '地址中没有 ?txSecret=…&txTime=… 部分。除非关闭了推流鉴权，腾讯云推流域名都需要它：请在腾讯云控制台的推流地址生成器中生成地址。',
  'url-app-in-stream':
    '流名称“{{stream}}”中含有“/”，很可能把 AppName 也写进去了。腾讯云的 AppName 是“{{app}}”，StreamName 只是它后面的部分；在 OBS 中，AppName 应填在“服务器”里，而不是“推流码”里。',
  'url-obs-joined': '已按 OBS 的方式把“服务器”和“推流码”拼接成一个推流地址。',
  'url-default-port': '未指定端口，将使用默认端口 {{port}}。场地防火墙需要放行的就是这个端口。',
  'url-nested-app':
    '路径超过两段：将以 AppName “{{app}}”和 StreamName “{{stream}}”发送。腾讯云的 AppName 只有一段（通常为“live”），请检查路径。',
  'url-param-case':
    '参数“{{found}}”应写作“{{expected}}”：腾讯云严格按参数名识别，这个参数会被忽略。',
  'url-empty-query-value': '参数 {{param}} 为空。请在腾讯云控制台的推流地址生成器中重新生成地址。',

  // ── expiry (txTime) ──
  'expiry-ok': '推流地址有效期至 {{when}}，足够覆盖直播中的断线重连。',
  'expiry-short':
    '推流地址将于 {{when}} 过期，不足 12 小时。已在进行的推流不受过期影响，但网络中断后的重新推流会被拒绝。请在腾讯云控制台的推流地址生成器中生成有效期为 12–24 小时的地址。',
  'expiry-shorter-than-show':
    '推流地址将于 {{when}} 过期，早于您计划的直播（含预留时间）结束时间。直播后段的重新推流会被拒绝：请生成有效期更长的地址。',
  'expiry-expired':
    '推流地址{{when}}。腾讯云会拒绝使用该地址的新推流（错误码 501，txTime 已过期）。请在腾讯云控制台的推流地址生成器中生成新地址。',
  'expiry-missing':
    '推流地址中没有 txTime。除非该域名关闭了推流鉴权，否则腾讯云会拒绝推流（错误码 500）。请在腾讯云控制台的推流地址生成器中生成地址。',
  'expiry-decimal':
    'txTime “{{txTime}}”看起来是十进制的 Unix 秒数（{{meant}}），但腾讯云按十六进制解读，那会是几百年后的时间，可能被拒绝。txTime 必须是十六进制的 Unix 时间，例如 5C271099。',
  'expiry-milliseconds':
    'txTime “{{txTime}}”看起来是毫秒（{{meant}}），但腾讯云需要十六进制的秒数，可能被拒绝。请除以 1000 后转为十六进制，或使用腾讯云控制台的推流地址生成器。',
  'expiry-bad-format':
    'txTime “{{txTime}}”不是十六进制的 Unix 时间（只能包含数字 0–9 和字母 A–F，例如 5C271099）。请在腾讯云控制台的推流地址生成器中重新生成地址。',
  'expiry-skipped-no-url': '未检查：无法读取推流地址。',

  // ── signature (txSecret) ──
  'signature-ok': 'txSecret 与您的主 Key 匹配（{{algorithm}}）。',
  'signature-ok-backup':
    'txSecret 与您的备 Key 匹配（{{algorithm}}）。可以正常使用；如果您更换过 Key，新地址将使用主 Key。',
  'signature-form-ok':
    'txSecret 格式正确（{{form}}）。输入推流鉴权 Key（不会离开本机）即可检查计算是否正确。',
  'signature-missing':
    '推流地址中没有 txSecret。除非该域名关闭了推流鉴权，否则腾讯云会拒绝推流（错误码 502）。请在腾讯云控制台的推流地址生成器中生成地址。',
  'signature-bad-form':
    'txSecret “{{prefix}}…”不是有效签名：应为 32 位（MD5）或 64 位（SHA256）十六进制字符。请从腾讯云控制台的推流地址生成器重新复制完整地址。',
  'signature-wrong':
    'txSecret 与您输入的 Key（主 Key 或备 Key，MD5 或 SHA256）都不匹配：腾讯云会拒绝推流（错误码 503）。请确认该 Key 是此域名当前的推流鉴权 Key，且地址签名后未被改动，或在腾讯云控制台的推流地址生成器中重新生成。',
  'signature-mistake':
    'txSecret 的计算方式有误：{{mistake}} 请修正生成地址的代码或工具，或使用腾讯云控制台的推流地址生成器。',
  'signature-skipped-no-url': '未检查：无法读取推流地址。',
  'signature-mistake-app-in-stream':
    '签名时使用的名称是“{{detail}}”，把 AppName 和 StreamName 混在了一起。只对 StreamName 签名：MD5(Key + StreamName + txTime)。',
  'signature-mistake-txtime-case':
    '签名时 txTime 用的是{{detail}}字母，与地址中的大小写不同。哈希按 txTime 的原文计算：两处请使用完全相同的文本（腾讯云使用大写）。',
  'signature-mistake-txtime-decimal':
    '签名时 txTime 写作“{{detail}}”，而地址中是同一时间的另一种写法。签名和地址请使用同一个十六进制文本。',
  'signature-mistake-trailing-space':
    'Key 或流名称带着空格或换行一起参与了签名（{{detail}}）。计算哈希前请去掉 Key 和流名称中多余的空格。',
  'signature-mistake-url-encoded-name':
    '签名时使用的是 % 编码后的流名称“{{detail}}”。请对原始名称签名，最好让流名称只包含字母、数字、“_”和“-”。',
  'signature-mistake-decoded-name':
    '签名时使用的是解码后的流名称（“{{detail}}”）。请对地址中原样出现的 StreamName 签名。',
  'signature-mistake-wrong-algorithm':
    '使用了 {{detail}}，而不是对 Key + StreamName + txTime 做 MD5（或 SHA256）。',
  'signature-mistake-wrong-order':
    '参与哈希的各部分顺序不对（{{detail}}）。正确顺序是 Key + StreamName + txTime。',

  // ── txHost ──
  'txhost-not-needed': '推流地址使用的是域名，不需要 txHost。',
  'txhost-ok': '以 txHost={{txHost}} 推流到 IP 地址 {{host}}：腾讯云能识别这次推流属于哪个域名。',
  'txhost-not-a-name':
    'txHost 的值是“{{txHost}}”，不是域名。它必须是您的推流域名，例如 &txHost=push.example.com。',
  'txhost-missing':
    '推流地址直接推到 IP 地址 {{host}}，但没有 &txHost=<推流域名>。腾讯云会拒绝这类推流：请加上 &txHost= 并填入您的推流域名，或用推流域名代替 IP。',
  'txhost-skipped-no-url': '未检查：无法读取推流地址。',

  // ── URL generator ──
  'gen-no-domain': '请输入推流域名（腾讯云控制台 → 域名管理中的推流域名）。',
  'gen-bad-domain':
    '推流域名只能是域名本身，例如 push.example.com：不要带 rtmp://、路径或 IP 地址。',
  'gen-no-app': '请输入 AppName（通常为“live”）。',
  'gen-bad-app': 'AppName 只能包含字母、数字、“_”和“-”（通常为“live”）。',
  'gen-no-stream': '请输入 StreamName。',
  'gen-bad-stream':
    'StreamName 请只使用字母、数字、“_”、“-”和“.”：其他字符需要 URL 编码，会导致签名不匹配。',
  'gen-no-key':
    '请输入推流鉴权 Key（腾讯云控制台 → 域名管理 → 您的推流域名 → 推流配置 → 鉴权配置）。Key 不会离开本机。',
  'gen-bad-key': '推流鉴权 Key 中含有空格或不可见字符。请从腾讯云控制台重新复制。',
  'gen-bad-expiry': '请选择有效的过期时间（腾讯云建议从现在起 12–24 小时）。',
  'gen-expiry-past': '过期时间已经过去。请选择从现在起 12–24 小时后的时间。',

  // ── DNS ──
  'dns-tencent-cname': '{{host}} 已指向腾讯云（{{chain}}），解析到 {{addresses}}。CNAME 配置正确。',
  'dns-tencent-host':
    '{{host}} 本身就是腾讯云的推流域名（属于 {{suffix}}），无需配置 CNAME。解析到 {{addresses}}。',
  'dns-tencent-play-cname':
    '{{host}} 只是通过播放地址指向腾讯云（{{chain}}）。推流域名需要自己的 CNAME：在腾讯云云直播控制台打开域名管理，找到推流域名 {{host}}，把它 CNAME 列中的值配置到您的 DNS（不要用播放域名的值）。',
  'dns-no-cname':
    '{{host}} 有解析地址（{{addresses}}），但没有 CNAME 记录，推流无法到达腾讯云。在腾讯云云直播控制台打开域名管理，复制 {{host}} 在 CNAME 列中的值，然后在您的 DNS 服务商处添加一条该值的 CNAME 记录（替换原有的 A/AAAA 记录）。',
  'dns-foreign-cname':
    '{{host}} 有 CNAME，但指向的是 {{last}}（{{chain}}），不是腾讯云地址。在腾讯云云直播控制台打开域名管理，然后在您的 DNS 服务商处把 {{host}} 的 CNAME 改为 CNAME 列中的值。',
  'dns-nxdomain':
    'DNS 中不存在 {{host}}。请检查推流域名的拼写；如果拼写无误，请添加 CNAME 记录：在腾讯云云直播控制台打开域名管理，把 {{host}} 在 CNAME 列中的值配置到您的 DNS 服务商。',
  'dns-cname-target-nxdomain':
    '{{host}} 的 CNAME 链（{{chain}}）指向了不存在的 {{failedName}}。请按腾讯云云直播控制台域名管理中 CNAME 列显示的值重新准确复制，并确认该域名仍已添加且处于启用状态。',
  'dns-no-addresses':
    '{{host}} 指向 {{last}}（{{chain}}），但它没有任何 IPv4 或 IPv6 地址，无法连接。请将 CNAME 值与腾讯云云直播控制台域名管理中的 CNAME 列核对，并确认该域名已启用。',
  'dns-servfail':
    'DNS 服务器（{{resolver}}）解析 {{failedName}} 失败（SERVFAIL）。问题出在该 DNS 服务器或域名的 DNS 托管上。请重试，换一个网络或 DNS 服务器，并在 DNS 服务商处检查域名的解析设置。',
  'dns-timeout':
    'DNS 服务器（{{resolver}}）在 {{timeoutMs}} 毫秒内没有回应 {{failedName}} 的查询。当前网络可能拦截或干扰了 DNS：请换一个网络（例如手机热点）或其他 DNS 服务器。',
  'dns-refused':
    'DNS 服务器（{{resolver}}）拒绝了 {{failedName}} 的查询，或其端口没有任何回应。请检查 DNS 服务器地址，或使用系统默认 DNS。',
  'dns-error':
    '在 {{resolver}} 查询 {{failedName}} 失败（{{rawCode}}）。请重试或换用其他 DNS 服务器。',
  'dns-chain-loop':
    '{{host}} 的 CNAME 链绕回了自身（{{chain}}），永远无法解析。请在 DNS 服务商处修正 CNAME 记录：{{host}} 应指向腾讯云云直播控制台域名管理中 CNAME 列的值。',
  'dns-chain-too-long':
    '{{host}} 的 CNAME 链过长（{{chain}}），解析器会放弃解析。请把 {{host}} 直接指向腾讯云云直播控制台域名管理中 CNAME 列的值。',
  'dns-raw-ip':
    '推流地址使用的是 IP 地址（{{host}}），没有域名可供 DNS 检查。除非地址中带有 &txHost=<您的推流域名>，否则腾讯云会拒绝推到 IP 地址的推流；请看 txHost 检查。',
  'dns-bad-host': '“{{host}}”不是有效的域名。请检查推流地址中的主机部分。',
  'dns-bad-server':
    'DNS 服务器参数无效。请填写 IP 地址，可带端口：192.0.2.53、192.0.2.53:5353、2001:db8::53 或 [2001:db8::53]:5353。',
  'dns-cancelled': 'DNS 检查在完成前已取消。',

  // ── ffmpeg ──
  'ffmpeg-ok': '已找到 ffmpeg {{version}}：{{path}}，支持 RTMP、H.264（libx264）和 AAC。',
  'ffmpeg-missing-features':
    '{{path}} 处的 ffmpeg {{version}} 缺少测试推流所需的 {{missing}}。请安装完整版 ffmpeg（例如通过系统包管理器："sudo apt install ffmpeg"、"brew install ffmpeg"、"winget install ffmpeg"），并将 FFMPEG_PATH 指向它；或重新安装本应用以使用其自带的 ffmpeg。',
  'ffmpeg-not-found':
    '未找到 ffmpeg，无法进行测试推流（已查找：{{tried}}）。请用系统包管理器安装 ffmpeg（"sudo apt install ffmpeg"、"brew install ffmpeg"、"winget install ffmpeg"）使其位于 PATH 中，或将环境变量 FFMPEG_PATH 设为 ffmpeg 可执行文件的完整路径。重新安装本应用也可恢复其自带的 ffmpeg。',
  'ffmpeg-env-path-invalid':
    'FFMPEG_PATH 设置为 {{path}}，但它不是可执行文件（{{tried}}）。请修正路径（必须指向 ffmpeg 可执行文件本身，而不是所在文件夹），或取消设置 FFMPEG_PATH 以使用自带的 ffmpeg。',
  'ffmpeg-broken':
    '{{path}} 处的 ffmpeg 无法正常运行（{{tried}}）。它可能是为其他系统编译的，或已损坏：请重新安装，或通过系统包管理器安装 ffmpeg，或将 FFMPEG_PATH 指向一个可用的 ffmpeg。',

  // ── port ──
  'port-open': '{{ip}} 的 TCP 端口 {{port}} 已开放（{{connectMs}} 毫秒内连接成功）。',
  'port-refused':
    '{{ip}} 拒绝了端口 {{port}} 上的连接：该端口上没有服务在监听。请检查推流地址中的主机和端口（RTMP 使用 1935）。',
  'port-filtered':
    '{{ip}} 的端口 {{port}} 在 {{timeoutMs}} 毫秒内没有回应：很可能是防火墙拦截了出站 TCP {{port}}。请试试手机 4G/5G 热点；如果热点可以，请让场地网络管理员放行到 {{ip}} 的出站 TCP {{port}}。',
  'port-unreachable':
    '没有到 {{ip}} 的路由（{{errno}}）：当前网络完全无法到达推流服务器。请检查网络连接（Wi-Fi、网线、VPN），或试试手机 4G/5G 热点。',
  'port-error':
    '连接 {{ip}} 端口 {{port}} 失败（{{errno}}）。请重试，或换一个网络，例如手机 4G/5G 热点。',
  'port-cancelled': '端口检查已取消。',

  // ── RTMP handshake ──
  'handshake-ok': '{{ip}}:{{port}} 上的服务器响应了 RTMP 握手。',
  'handshake-silent':
    '端口 {{port}} 接受了连接，但 {{timeoutMs}} 毫秒内没有任何 RTMP 握手响应。可能是当前网络的代理或防火墙拦截了该端口，或该端口上运行的是其他服务。请试试手机 4G/5G 热点，并检查推流主机。',
  'handshake-bad-version':
    '端口 {{port}} 上的服务器返回的 RTMP 版本是 {{version}} 而不是 3（例如加密的 RTMPE）。请使用控制台提供的普通 rtmp:// 推流地址。',
  'handshake-http':
    '端口 {{port}} 返回的是 HTTP 响应而不是 RTMP：这是网页服务器或代理。请检查推流地址中的端口（RTMP 使用 1935），或用手机 4G/5G 热点绕过代理。',
  'handshake-garbage':
    '端口 {{port}} 返回的内容不是 RTMP（"{{firstBytes}}"）。该端口上运行的是其他服务，或有网络设备拦截。请检查主机和端口，或试试手机 4G/5G 热点。',
  'handshake-closed':
    '端口 {{port}} 上的服务器在 RTMP 握手期间关闭了连接。可能是防火墙或代理切断了 RTMP；请试试手机 4G/5G 热点。',
  'handshake-reset':
    '端口 {{port}} 上的连接在 RTMP 握手期间被重置。可能是防火墙或代理切断了 RTMP；请试试手机 4G/5G 热点。',
  'handshake-tcp-failed': '无法为 RTMP 握手建立到 {{ip}}:{{port}} 的 TCP 连接；请看端口检查。',
  'handshake-cancelled': '握手检查已取消。',

  // ── publish-only probe ──
  'publish-accepted':
    '服务器接受了此流名称的推流请求（保持了 {{holdMs}} 毫秒；未发送任何音视频数据）。',
  'publish-rejected-status':
    '服务器拒绝了这路流的推流请求：{{code}} "{{description}}"。"Already publishing" 或 BadName 表示该流正在被推流或已被禁推：请停止另一个编码器，或在控制台查看直播流和禁推流列表。',
  'publish-rejected-closed-after-start':
    '服务器先表示推流已开始，{{afterPublishMs}} 毫秒后又关闭了连接：推流被拒绝。原因通常是签名（txSecret）、有效期（txTime），或该流已在使用中。请输入推流鉴权 Key 检查签名，并在控制台查看直播流。',
  'publish-rejected-closed-no-status':
    '服务器在发起推流 {{afterPublishMs}} 毫秒后关闭了连接，未说明原因。通常是签名（txSecret）或有效期（txTime）有误，或该流正在使用中或已被禁推。请输入推流鉴权 Key 检查签名，并在控制台查看直播流和禁推流。',
  'publish-connect-rejected':
    '服务器拒绝了 RTMP connect：{{code}} "{{description}}"。请检查地址中的推流域名和 AppName。',
  'publish-create-stream-rejected':
    '服务器拒绝创建流：{{code}} "{{description}}"。请重试；如果反复出现，请联系推流服务提供方。',
  'publish-closed-before-publish':
    '还没来得及发起推流，服务器就关闭了连接。请检查推流域名和 AppName；未配置为推流的域名常会这样被断开。',
  'publish-timeout-silent':
    '推流请求测试过程中服务器停止了响应（{{timeoutMs}} 毫秒内无回复）。当前网络可能在丢弃 RTMP 流量；请试试手机 4G/5G 热点。',
  'publish-not-rtmp': '{{ip}}:{{port}} 上的服务器不使用 RTMP 协议；请看握手检查。',
  'publish-protocol-error':
    '服务器发来了无法解析的 RTMP 数据。请重试；如果反复出现，该推流服务可能不是标准 RTMP。',
  'publish-tcp-failed': '无法为推流请求测试连接到 {{ip}}:{{port}}；请看端口检查。',
  'publish-cancelled': '推流请求测试已取消。',

  // ── ffmpeg test push ──
  'push-ok':
    '测试推流被接受，并持续了完整的 {{seconds}} 秒测试时长（已发送 {{mediaSec}} 秒音视频）。从当前网络推流没有问题。',
  'push-rejected-at-connect':
    '服务器响应了 RTMP 握手，但在 connect 命令之后、推流之前关闭了会话（{{endKind}}）。AppName 或推流域名未被接受：请检查 AppName（腾讯云默认为“live”）；如果推流到 IP 地址，请确认地址中有 &txHost=<推流域名>。',
  'push-rejected-at-publish':
    '服务器在推流（publish）命令后立即关闭了连接（{{endKind}}，距接受仅 {{endAfterAcceptMs}} 毫秒），未说明原因。腾讯云在以下情况会这样做：txSecret 或 txTime 错误或已过期、该流正在被推流、该流在禁推流列表中。请检查有效期和签名（输入推流鉴权 Key 即可检查签名），然后在腾讯云云直播控制台查看流管理 → 直播流和禁推流。',
  'push-server-error':
    '服务器拒绝了推流并给出原因："{{serverError}}"。"Already publishing" 表示此刻已有其他人在推这路流（请停止那个编码器，或换一个流名称）；BadName 或拒绝错误码则指向流名称、签名，或腾讯云云直播控制台中的禁推流。',
  'push-dropped':
    '服务器接受了推流，但在 {{seconds}} 秒测试时长中推了 {{mediaSec}} 秒后连接被切断（{{endKind}}）。网络或服务器中断了正在进行的推流：请重试，换一个网络（例如手机热点），并确认上行带宽明显高于推流码率。',
  'push-handshake-failed':
    'TCP 连接已建立，但服务器没有完成 RTMP 握手（{{endKind}}）。该端口上响应的不是 RTMP 服务器，或有防火墙、代理干扰：请检查主机和端口，然后换一个网络（例如手机热点）。',
  'push-connect-failed':
    'ffmpeg 无法与服务器建立 TCP 连接（{{endKind}}）。该端口在当前网络下被关闭或拦截：请检查主机和端口，然后换一个网络（例如手机热点），或请网络管理员放行到该端口的出站 TCP。',
  'push-timeout-silent':
    '服务器在“{{lastPhase}}”阶段停止了响应，推流在静默 {{rwTimeoutMs}} 毫秒后放弃。防火墙、代理或需要网页登录的网络（captive portal）可能挂住了连接却不放行数据：请换一个网络（例如手机热点）。',
  'push-cancelled': '测试推流在完成前已取消；ffmpeg 已停止。',
  'push-spawn-failed':
    '无法从 {{path}} 启动 ffmpeg（{{spawnError}}）。请重新安装本应用，或改用一个可用的 ffmpeg。',
  'push-ffmpeg-crashed':
    'ffmpeg 自行退出（{{exit}}），并非网络原因。本地 ffmpeg 可能已损坏或缺少所需功能（libx264、AAC、RTMP）：请看 ffmpeg 检查，并换一个 ffmpeg 版本试试。',

  // ── diagnosis: causes, confidence, verdicts, phases ──
  'cause.cname': '第 1 步 · 推流域名的 CNAME',
  'cause.network': '第 2 步 · 网络与端口 {{port}}',
  'cause.expiry': '第 3 步 · 地址有效期（txTime）',
  'cause.signature': '第 4 步 · 签名（txSecret）',
  'cause.stream-in-use': '第 5 步 · 流已被占用或已禁推',
  'cause.stream-dropped': '推流过程中断流',
  'cause.ffmpeg': '本地测试工具（ffmpeg）',

  'confidence.confirmed': '已确认',
  'confidence.likely': '很可能',
  'confidence.possible': '可能',

  'verdict.ready': '可以开播：从当前网络测试推流成功。',
  'verdict.warnings': '可以推流，但有警告：开播前请先看一下。',
  'verdict.not-ready': '暂不能开播：这次推流会失败。请先看下面第一个原因。',
  'verdict.cancelled': '已取消：检查在完成前被停止。',

  'cli.test-not-live': '测试 — 非正式直播：正在向“{{stream}}”推送测试画面',
  'report.url': '推流地址',
  'report.target': '服务器',
  'report.probe-stream': '测试流（不是您的正式流）',
  'report.what-to-do': '解决办法',
  'report.tell-apart': '如何区分',
  'report.checks': '全部检查项',
  'report.environment': '检查环境',

  'phase.url': '推流地址',
  'phase.ffmpeg': 'ffmpeg',
  'phase.dns': 'DNS',
  'phase.port': '端口',
  'phase.handshake': 'RTMP 握手',
  'phase.publish': '推流请求（不发送画面）',
  'phase.push': '测试推流',

  // ── diagnosis: cname ──
  'diag.dns-nxdomain': '推流域名 {{host}} 在 DNS 中不存在。',
  'fix.dns-nxdomain':
    '对照腾讯云控制台 → 域名管理，检查推流域名的拼写。\n在您的 DNS 服务商处为 {{host}} 添加 CNAME 记录，指向域名管理中显示的 CNAME 值。\n等待 DNS 生效（几分钟到一小时），然后重新检查。',
  'diag.dns-cname-target-nxdomain': '{{host}} 的 CNAME 指向了一个不存在的名称。',
  'fix.dns-cname-target-nxdomain':
    '打开腾讯云控制台 → 域名管理，准确复制推流域名的 CNAME 值。\n在您的 DNS 服务商处修正 {{host}} 的 CNAME 记录。',
  'diag.dns-no-addresses': '{{host}} 的 CNAME 链最终指向一个没有 IP 地址的名称。',
  'fix.dns-no-addresses': '把 {{host}} 的 CNAME 指向腾讯云控制台 → 域名管理（CNAME 列）中的值。',
  'diag.dns-chain-loop': '{{host}} 的 CNAME 记录形成了循环或无尽的链。',
  'fix.dns-chain-loop': '把 {{host}} 的 CNAME 改为一条记录，直接指向域名管理中腾讯云的 CNAME 值。',
  'diag.dns-chain-too-long': '{{host}} 的 CNAME 链太长，无法解析。',
  'fix.dns-chain-too-long': '把 {{host}} 的 CNAME 直接指向域名管理中腾讯云的 CNAME 值。',
  'diag.dns-no-cname': '{{host}} 没有指向腾讯云的 CNAME 记录。',
  'fix.dns-no-cname':
    '腾讯云控制台 → 域名管理：查看推流域名的 CNAME 列（显示绿色对勾表示已配置）。\n在您的 DNS 服务商处，把 {{host}} 的 A 记录替换为指向该值的 CNAME 记录。',
  'diag.dns-foreign-cname': '{{host}} 的 CNAME 指向的不是腾讯云。',
  'fix.dns-foreign-cname':
    '腾讯云控制台 → 域名管理 → CNAME 列显示了正确的值。\n在您的 DNS 服务商处把 {{host}} 的 CNAME 记录改为该值。',
  'diag.dns-tencent-play-cname': '{{host}} 指向的是腾讯云的播放地址，而不是推流地址。',
  'fix.dns-tencent-play-cname':
    '确认 {{host}} 已在腾讯云控制台 → 域名管理中添加为推流域名，并使用推流域名的 CNAME 值。',
  'diag.txhost-missing': '推流地址直接推到 IP 地址 {{host}}，但没有 txHost。',
  'fix.txhost-missing': '在地址中加上 &txHost=<您的推流域名>，或用推流域名代替 IP 地址。',
  'diag.txhost-not-a-name': 'txHost 不是域名。',
  'fix.txhost-not-a-name': '把 txHost 设为您的推流域名，例如 &txHost=push.example.com。',
  'diag.connect-rejected': '服务器拒绝了 AppName “{{app}}”的 RTMP connect。{{status}}',
  'fix.connect-rejected':
    '检查 AppName（腾讯云默认为“live”）。\n在腾讯云控制台 → 域名管理中确认推流域名处于启用状态（已停用的域名会被拒绝，错误码 303）。',

  // ── diagnosis: network ──
  'diag.dns-failing': '当前网络的 DNS 无法正常解析 {{host}}。',
  'fix.dns-failing':
    '换一个 DNS 服务器（例如手机热点的 DNS，或使用 --dns 参数运行）。\n连接手机 4G/5G 热点后重新检查。',
  'diag.port-refused': '{{ip}} 的端口 {{port}} 不接受连接（连接被拒绝）。',
  'fix.port-refused':
    '检查地址中的推流域名和端口（RTMP 使用 1935）。\n如果域名没错，可能是当前网络中的设备拒绝了连接：请试试手机 4G/5G 热点。',
  'diag.port-filtered': '到 {{ip}} 的 TCP 端口 {{port}} 没有回应：很可能被当前网络的防火墙拦截了。',
  'fix.port-filtered':
    '把这台电脑连上手机 4G/5G 热点，然后重新检查。\n如果热点下正常，请让当前网络的管理员放行到 {{host}}（{{ip}}）的出站 TCP {{port}}。',
  'diag.port-unreachable': '当前网络没有到 {{ip}} 的路由。',
  'fix.port-unreachable': '检查这台电脑的网络连接，或切换到手机 4G/5G 热点。',
  'diag.port-error': '连接 {{ip}} 端口 {{port}} 失败。',
  'fix.port-error': '检查网络连接后重试，或切换到手机 4G/5G 热点。',
  'diag.handshake-silent':
    '端口 {{port}} 接受了连接，但没有任何 RTMP 握手响应：中间有东西（代理或防火墙）吞掉了数据。',
  'fix.handshake-silent':
    '试试手机 4G/5G 热点。\n如果热点下正常，请让当前网络的管理员放行到 {{host}} 的普通 RTMP（TCP {{port}}），不做检测或代理。',
  'diag.handshake-http':
    '端口 {{port}} 返回的是网页（HTTP）而不是 RTMP：有网页登录认证或代理挡在中间。',
  'fix.handshake-http': '打开浏览器完成当前网络的登录页面，或切换到手机 4G/5G 热点。',
  'diag.handshake-garbage': '{{ip}} 的端口 {{port}} 有响应，但不是 RTMP。',
  'fix.handshake-garbage':
    '检查地址中的端口（RTMP 使用 1935），或换一个网络：该端口上响应的是其他服务。',
  'diag.handshake-bad-version': '端口 {{port}} 上的服务器不支持编码器使用的 RTMP 版本。',
  'fix.handshake-bad-version': '检查地址的协议和端口（rtmp:// 用 1935，rtmps:// 用 443）。',
  'diag.handshake-closed': 'RTMP 握手期间连接被关闭。',
  'fix.handshake-closed': '试试手机 4G/5G 热点：可能有网络设备切断了 RTMP。',
  'diag.handshake-reset': 'RTMP 握手期间连接被重置。',
  'fix.handshake-reset': '试试手机 4G/5G 热点：可能有网络设备切断了 RTMP。',
  'diag.handshake-tcp-failed': '为 RTMP 握手建立连接失败。',
  'fix.handshake-tcp-failed': '重新检查一次；如果反复出现，请切换到手机 4G/5G 热点。',
  'diag.publish-network': '服务器在 RTMP 会话中途停止了响应。',
  'fix.publish-network': '重新检查一次；如果反复出现，请切换到手机 4G/5G 热点。',
  'diag.push-network': '测试推流无法到达服务器。',
  'fix.push-network': '重新检查一次；如果反复出现，请切换到手机 4G/5G 热点。',

  // ── diagnosis: expiry ──
  'diag.expiry-expired': '推流地址已过期：服务器会拒绝它。',
  'fix.expiry-expired':
    '生成一个有效期为 12–24 小时的新推流地址（腾讯云控制台 → 推流地址生成器，或本应用的“生成推流地址”页）。',
  'diag.expiry-expired-accepted':
    'txTime 已经过去，但服务器仍接受了推流（Key 的 AuthDelta 宽限期）：重新推流很快就会失败。',
  'fix.expiry-expired-accepted': '开播前生成一个有效期为 12–24 小时的新推流地址。',
  'diag.expiry-short': '推流地址将在 12 小时内过期。',
  'fix.expiry-short':
    '正在进行的推流不受过期影响，但断线后的重新推流会被拒绝。\n生成有效期为 12–24 小时的地址（腾讯云控制台 → 推流地址生成器，或本应用的“生成推流地址”页）。',
  'diag.expiry-shorter-than-show': '推流地址会在直播结束前过期。',
  'fix.expiry-shorter-than-show': '生成一个覆盖整场直播并留有余量的地址。',
  'diag.expiry-decimal': 'txTime 写成了十进制；腾讯云按十六进制解读。',
  'fix.expiry-decimal':
    '把 txTime 写成十六进制的 Unix 秒数（例如 5C271099），或使用腾讯云的推流地址生成器。',
  'diag.expiry-milliseconds': 'txTime 用的是毫秒；腾讯云需要十六进制的秒数。',
  'fix.expiry-milliseconds': '除以 1000 后转为十六进制，或使用腾讯云的推流地址生成器。',
  'diag.expiry-bad-format': 'txTime 不是十六进制的 Unix 时间。',
  'fix.expiry-bad-format': '在腾讯云的推流地址生成器中重新生成地址。',
  'diag.expiry-missing': '推流地址中没有 txTime。',
  'fix.expiry-missing': '在腾讯云的推流地址生成器中生成地址（会自动加上 txSecret 和 txTime）。',

  // ── diagnosis: signature ──
  'diag.signature-wrong': 'txSecret 与您的推流鉴权 Key 不匹配：服务器会拒绝推流。',
  'fix.signature-wrong':
    '检查 Key：腾讯云控制台 → 域名管理 → 推流域名 → 推流配置 → 鉴权配置（主 Key 或备 Key）。\n用这个 Key 重新生成地址（本应用的“生成推流地址”页或腾讯云的推流地址生成器），生成后不要再改动。',
  'diag.signature-mistake': 'txSecret 的计算方式有误。',
  'fix.signature-mistake':
    '修正生成地址的代码或工具：txSecret = MD5(Key + StreamName + txTime)，txTime 与地址中的写法完全一致。\n或用本应用的“生成推流地址”页 / 腾讯云的推流地址生成器生成地址。',
  'diag.signature-missing': '推流地址中没有 txSecret，而服务器要求必须有。',
  'fix.signature-missing': '在腾讯云的推流地址生成器中生成地址（会自动加上 txSecret 和 txTime）。',
  'diag.signature-bad-form': 'txSecret 不是有效的签名。',
  'fix.signature-bad-form': '从腾讯云的推流地址生成器重新复制完整地址。',
  'diag.rejected-status': '服务器拒绝了此流名称的推流，并返回：“{{status}}”。',
  'fix.rejected-status':
    '如果提示的是签名或时间问题，请生成新地址。\n如果提示流已存在或正忙，请查看流管理 → 直播流。',
  'diag.rejected-silently':
    '服务器拒绝了此流名称的推流，但没有说明原因：可能是签名错误，也可能是该流正在使用或已被禁推。',
  'fix.rejected-silently':
    '输入推流鉴权 Key（应用中的 Key 输入框，命令行用 --key）：检查会重新计算 txSecret，并用一个单独的测试流推流，从而区分这两种情况。\n腾讯云控制台 → 流管理 → 直播流：这路流是否正在被推？禁推流：它是否在列表中？',
  'diag.probe-stream-rejected': '用您的推流鉴权 Key 签名的全新测试流名称，推流也被拒绝了。',
  'fix.probe-stream-rejected':
    '确认您输入的是该推流域名当前的推流鉴权 Key（域名管理 → 推流配置）。',

  // ── diagnosis: stream in use ──
  'diag.in-use-status': '服务器表示这路流已经在推流中：“{{status}}”。',
  'fix.in-use-status':
    '同一路流同一时间只能由一个编码器推流。请停止另一个编码器（另一台电脑、另一个 OBS，或卡住的会话）。\n腾讯云控制台 → 流管理 → 直播流可以看到谁在推流；禁推流可以看到它是否已被禁推。',
  'diag.in-use-probe':
    '您的推流鉴权 Key 和当前网络都没问题（到 {{probeStream}} 的测试推流被接受了），但服务器拒绝流名称 {{stream}}：它此刻正被推流，或已被禁推。',
  'fix.in-use-probe':
    '腾讯云控制台 → 流管理 → 直播流：停止 {{stream}} 的另一路推流。\n腾讯云控制台 → 流管理 → 禁推流：如果 {{stream}} 在列表中，请将其恢复推流。',

  // ── diagnosis: dropped, ffmpeg ──
  'diag.push-dropped': '服务器接受了测试推流，但在测试时长结束前把它切断了。',
  'fix.push-dropped':
    '重新检查一次。如果每次都在同一时间被切断，说明服务器或网络设备会中断较长的推流：请试试手机 4G/5G 热点，并在腾讯云控制台 → 流管理中查看这路流。',
  'diag.ffmpeg-unusable': '测试推流无法运行：没有找到可用的 ffmpeg。',
  'fix.ffmpeg-unusable':
    '用系统包管理器安装 ffmpeg，或将 FFMPEG_PATH 设为支持 rtmp、libx264 和 aac 的 ffmpeg。',
  'diag.ffmpeg-crashed': 'ffmpeg 在测试推流过程中出错。',
  'fix.ffmpeg-crashed': '将 FFMPEG_PATH 设为另一个 ffmpeg 版本，然后重新检查。',

  // ── telling causes apart, notes ──
  'tell.enter-key': '输入推流鉴权 Key：签名错误就会直接显示出来。',
  'tell.live-streams':
    '查看腾讯云控制台 → 流管理 → 直播流（是否正在被推？）和禁推流（是否已被禁推？）。',
  'note.push-skipped-by-user': '未进行测试推流（--no-push）：只检查了推流请求这一步。',
  'note.push-skipped-no-key':
    '未推送任何画面：没有推流鉴权 Key 就无法为单独的测试流签名，而把测试画面推到您的正式流上会被观众看到。输入 Key 即可进行完整测试（或允许推流到正式流）。',
  'note.push-skipped-earlier-failure': '由于前面的步骤已经失败，跳过了测试推流。',
  'note.probe-not-run': '推流请求这一步没有运行。',
  'note.probe-stream-accepted':
    '正式流名称被拒绝，因此没有推送画面。改为对测试流 {{probeStream}} 发起推流请求（用您的推流鉴权 Key 签名，不发送画面）：服务器接受了，说明被拒绝的只是您的流名称。',
  'note.probe-stream-refused':
    '正式流名称被拒绝，因此没有推送画面。改为对测试流 {{probeStream}} 发起推流请求（用您的推流鉴权 Key 签名，不发送画面）：服务器同样拒绝，说明被拒绝的是推流鉴权 Key 或域名，而不只是这个流名称。',
  'probe-stream.accepted':
    '服务器接受了测试流 {{probeStream}} 的推流请求（用您的推流鉴权 Key 签名，未发送画面）。',
  'probe-stream.refused':
    '服务器同样拒绝了测试流 {{probeStream}} 的推流请求（用您的推流鉴权 Key 签名）：被拒绝的是推流鉴权 Key 或域名，而不只是这个流名称。',
  'probe-stream.other': '无法检查测试流 {{probeStream}}。{{detail}}',
  'note.cancelled': '检查已取消。',
  // ── 时钟检查、上行测试、演示模式 ──
  'phase.clock': '时钟',
  'clock-ok': '本机时钟与 {{server}} 一致（相差 {{skewSec}} 秒）。',
  'clock-skewed': '本机时钟与 {{server}} 相差 {{skewSec}} 秒。',
  'clock-unreachable': '未比对时钟：{{server}} 没有响应。',
  'clock-no-date': '未比对时钟：{{server}} 没有返回时间。',
  'clock-untrusted': '未比对时钟：来自 {{server}} 的响应不可信（中间有代理？）。',
  'clock-skipped-local-ingest': '未比对时钟：推流服务器就在本机，与本机共用时钟。',
  'clock-cancelled': '时钟检查已取消。',
  'diag.clock-skew':
    '本机时钟相差 {{skewSec}} 秒，因此显示的推流地址过期时间也偏差同样多，在本机签名的地址 txTime 也不对。',
  'fix.clock-skew':
    '打开自动设置时间（Windows：设置 → 时间和语言 → 自动设置时间；macOS：日期与时间 → 自动设置）。\n同时检查时区，然后重新检查。\n时钟正确后再生成新的推流地址。',
  'cause.uplink': '计划码率所需的上行速度',
  'phase.uplink': '上行测试',
  'uplink-ok': '上行稳定在 {{sustainedKbps}} kbit/s：足以承载 {{plannedKbps}} kbit/s，并有余量。',
  'uplink-tight':
    '上行稳定在 {{sustainedKbps}} kbit/s：可以承载 {{plannedKbps}} kbit/s，但余量不足 20%。',
  'uplink-too-slow': '上行只能稳定在 {{sustainedKbps}} kbit/s，低于计划的 {{plannedKbps}} kbit/s。',
  'uplink-encoder-too-slow':
    '编码速度跟不上实时（速度 {{speed}}），网络却在等数据：瓶颈是电脑，不是上行。',
  'uplink-push-failed': '上行测试推流在测量完成前就结束了。',
  'uplink-clip-failed': '未测试上行：无法用 ffmpeg 生成测试片段。',
  'uplink-needs-key': '未测试上行：需要您的推流鉴权 Key（上行测试推到单独的测试流）。',
  'uplink-skipped-earlier-failure': '未测试上行：之前的测试推流没有成功。',
  'uplink-cancelled': '上行测试已取消。',
  'diag.uplink-too-slow':
    '当前网络上行约 {{sustainedKbps}} kbit/s，低于计划的 {{plannedKbps}} kbit/s：直播会卡顿并断流。',
  'fix.uplink-too-slow':
    '把编码码率设为不超过 {{recommendedKbps}} kbit/s（当前网络稳定上行速度减去余量），或降低分辨率。\n或换用更快的网络（有线代替 Wi-Fi，或其他上行线路），然后重新做上行测试。',
  'diag.uplink-tight':
    '当前网络上行约 {{sustainedKbps}} kbit/s；计划的 {{plannedKbps}} kbit/s 余量不足 20%。',
  'fix.uplink-tight':
    '把编码码率设为不超过 {{recommendedKbps}} kbit/s，避免码率峰值和其他流量造成卡顿。',
  'diag.uplink-encoder-too-slow':
    '编码器跟不上实时（速度 {{speed}}），而网络仍有余量：瓶颈是电脑。',
  'fix.uplink-encoder-too-slow':
    '使用更快的编码预设或硬件编码器（NVENC、QuickSync、VideoToolbox），或降低分辨率或帧率。\n关闭其他占用资源的程序，然后再测试。',
  'diag.uplink-push-failed': '较长的上行测试推流中断了，而较短的测试推流是成功的：连接可能不稳定。',
  'fix.uplink-push-failed': '重新检查；如果反复出现，请换一个网络。',
  'report.uplink':
    '上行：计划 {{plannedKbps}} kbit/s，稳定在 {{sustainedKbps}} kbit/s，建议编码码率 {{recommendedKbps}} kbit/s，卡顿 {{stalls}} 次，推流 CPU {{cpuPercent}}%',
  'demo.banner':
    '演示 — 本机上的类腾讯云推流服务器和 DNS 服务器（127.0.0.1）。不会向腾讯云或其他任何地方发送数据。',
  'demo.failure': '正在重现故障“{{failure}}”：下面排在第一的原因应该就是它。',
  'demo.healthy': '正常推流：所有检查都应通过。',
  // ── 推流协议阶梯：RTMP、RTMPS、SRT ──
  'url-srt-no-streamid':
    '此 SRT 地址缺少 streamid。腾讯云 SRT 推流地址的格式为 srt://<推流域名>:9000?streamid=#!::h=<推流域名>,r=live/<StreamName>,txSecret=…,txTime=…',
  'url-srt-bad-streamid':
    'streamid“{{part}}”不是 #!::键=值,键=值 的格式。请从腾讯云控制台重新复制 SRT 推流地址，或按 RTMP 地址拼出：r=<AppName>/<StreamName>，再加 txSecret 和 txTime。',
  'url-srt-no-resource':
    'streamid 中缺少 r=<AppName>/<StreamName>，服务器无法知道要推哪路流。请在 h=<推流域名> 之后加上 r=live/<StreamName>。',
  'url-srt-host-differs':
    '地址连接的是 {{host}}，但 streamid 中写的是 h={{h}}：腾讯云从 h= 读取推流域名。请把两处改成同一个推流域名。',
  'transport.transport-ok': '从这里可以推流：服务器接受了到 {{host}}:{{port}} 的推流。',
  'transport.transport-reachable':
    '可以到达服务器（它响应了此协议）；由于这路流可能正在直播，没有尝试推流。',
  'transport.transport-publish-refused':
    '能穿过当前网络，但服务器拒绝了这路流：问题在推流地址或流本身，而不是网络（见上方原因）。',
  'transport.transport-push-failed':
    '服务器接受了推流请求，但通过该协议的测试推流没有坚持到测试结束。',
  'transport.transport-dns-failed': '未尝试：推流域名无法解析出地址。',
  'transport.tcp-filtered': 'TCP {{port}} 没有响应：当前网络的防火墙拦截了它。',
  'transport.tcp-refused': '{{ip}} 的 TCP {{port}} 拒绝连接：该端口上没有服务。',
  'transport.tcp-unreachable': '当前网络没有到 {{ip}} 的路由。',
  'transport.tcp-error': '连接 {{ip}}:{{port}} 失败。',
  'transport.tls-name-mismatch':
    'TLS 证书是签发给 {{names}} 的，而不是 {{servername}}：自有推流域名需先在云直播控制台上传证书（域名管理 → 推流域名 → HTTPS 配置），才能使用 RTMPS。',
  'transport.tls-untrusted-issuer':
    'TLS 证书由“{{issuer}}”签发，本机不信任该签发者：当前网络中的代理或杀毒软件在拦截 TLS。编码器会拒绝此证书，请换用其他协议或网络。',
  'transport.tls-expired': '服务器的 TLS 证书已过期（或本机时钟不对）。',
  'transport.tls-not-yet-valid':
    '服务器的 TLS 证书尚未生效：本机时钟可能偏慢。请开启自动设置时间后重新检查。',
  'transport.tls-no-answer':
    '端口 {{port}} 接受了连接，但始终没有响应 TLS 握手：该端口运行的是其他协议（普通 RTMP？），或途中有设备拦住了它。',
  'transport.tls-handshake-failed':
    '端口 {{port}} 接受了连接，但 TLS 握手失败：该端口不支持 TLS，或途中有设备切断了连接。',
  'transport.rtmp-no-answer':
    '端口 {{port}} 接受了连接，但没有 RTMP 响应：代理或防火墙拦截了它，或者该端口上是其他服务。',
  'transport.udp-no-answer':
    'UDP {{port}} 在 {{timeoutMs}} ms 内没有响应：当前网络拦截了出站 UDP（或该端口）。请让网络管理员放行 UDP {{port}}，或改用 TCP 443 上的 RTMPS。',
  'transport.udp-refused': '{{ip}} 的 UDP {{port}} 未开放：那里没有 SRT 服务。',
  'transport.srt-rejected': 'SRT 服务器拒绝了连接（代码 {{rejectCode}}）：{{reason}}',
  'transport.srt-no-conclusion':
    'UDP {{port}} 上的 SRT 服务器响应了第一步握手，但没有响应携带 streamid 的那一步：途中可能有设备丢弃较大的 UDP 包，或服务器忽略了这路流。',
  'transport.srt-bad-response': 'UDP {{port}} 上有响应，但不是 SRT 服务器。',
  'transport.transport-not-tested': '未尝试。',
  'transport.transport-cancelled': '已取消。',
  'transport.transport-error':
    '无法检测此协议（{{error}}）。请重新检查；如果反复出现，请把报告发给技术支持。',
  'transport.media.sustained': '向单独测试流的测试推流坚持到了测试结束。',
  'transport.media.failed': '向单独测试流的测试推流失败。',
  'transport.media.not-tested-no-key':
    '未发送媒体数据：填写推流鉴权 Key 后，可测试向单独测试流推流。',
  'transport.media.not-tested-wrong-key':
    '未发送媒体数据：填写的推流鉴权 Key 算不出此地址的 txSecret（第 4 步），用它签名的测试流会被拒绝。',
  'transport.media.not-tested-no-support':
    '未发送媒体数据：本机的 ffmpeg 不支持此协议（npm 自带的版本没有 SRT）。上面的握手结果依然有效。',
  'transport.media.not-tested-earlier-failure': '未发送媒体数据：之前的步骤失败了。',
  'transport.media.not-tested-by-user': '未发送媒体数据（您选择了不做测试推流）。',
  'transport.media.not-tested-no-ffmpeg': '未发送媒体数据：本机没有可用的 ffmpeg。',
  'phase.rtmps': 'RTMPS（TLS，TCP 443）',
  'phase.srt': 'SRT（UDP 9000）',
  'transport.name.rtmp': 'RTMP',
  'transport.name.rtmps': 'RTMPS',
  'transport.name.srt': 'SRT',
  'transport.title': '从这里可用的推流方式',
  'transport.col.transport': '协议',
  'transport.col.address': '主机:端口',
  'transport.col.protocol': '传输层',
  'transport.col.verdict': '结果',
  'transport.col.time': '耗时',
  'transport.col.evidence': '检测到的情况',
  'transport.works': '可用',
  'transport.blocked': '不可用',
  'transport.refused': '可到达服务器',
  'transport.untested': '未尝试',
  'transport.url': '推流地址',
  'transport.copy': '复制地址',
  'transport.copied': '已复制',
  'transport.obs': 'OBS：设置 → 直播 → 服务选择“自定义…”',
  'transport.obs.server': '服务器',
  'transport.obs.key': '推流码',
  'transport.obs.srt-key': '（留空：OBS 的 SRT 推流只需在“服务器”中填写完整地址）',
  'transport.none-works': '从当前网络，没有一种协议可用。',
  'transport.reached-refused': '当前网络可以推流到服务器，但服务器拒绝了该流：原因见上文。',
  'transport.firewall': '网络管理员需要放行的出站连接：{{list}}',
  'diag.no-transport-works': '尝试的协议中，没有一种能从当前网络推流。',
  'fix.no-transport-works':
    '查看“从这里可用的推流方式”，了解每种协议遇到的情况。\n请场地网络管理员放行其中一种的出站连接（RTMP 为 TCP 1935，RTMPS 为 TCP 443，SRT 为 UDP 9000），或改用手机 4G/5G 热点。',
  'diag.network-other-transport':
    '当前网络拦截了 RTMP，但 {{transport}} 可用：请改用 {{transport}}（{{wayProtocol}} {{wayPort}}）推流。',
  'fix.network-other-transport':
    '使用下方“从这里可用的推流方式”中的 {{transport}} 推流地址（复制地址，或复制 OBS 的各项设置）。\n在 OBS 中：设置 → 直播 → 服务选择“自定义…”，然后粘贴服务器和推流码。\n或者请场地网络管理员放行到 {{ip}} 的出站 TCP {{port}}，继续使用 RTMP。',
  // ── SRT handshake probe ──
  'srt-accepted':
    '{{ip}}:{{port}} 上的 SRT 推流服务器接受了这个 streamid：从当前网络通过 UDP 使用 SRT 可行。',
  'srt-rejected':
    '{{ip}}:{{port}} 上的 SRT 推流服务器拒绝了这个 streamid（代码 {{rejectCode}}）：{{reason}}',
  'udp-no-answer':
    '{{timeoutMs}} 毫秒内 {{ip}}:{{port}} 没有任何 UDP 回应。当前网络很可能拦截了发往端口 {{port}} 的出站 UDP：请让网络管理员放行到该主机的出站 UDP {{port}}，或改用 TCP 443 上的 RTMPS 推流。',
  'udp-refused':
    '{{ip}}:{{port}} 上没有 SRT 服务（对方返回“端口不可达”）。请检查推流域名和端口（腾讯云使用 9000）。',
  'srt-bad-response':
    '{{ip}}:{{port}} 有回应，但不是 SRT 协议。当前网络中可能有设备在拦截 UDP，或该地址不是 SRT 推流服务器。',
  'srt-cancelled': 'SRT 检查已取消。',
  'srt-error': 'SRT 检查无法进行：本机出现网络错误。请重试。',
  'srt.reject.unknown': '服务器没有给出原因。',
  'srt.reject.rej-system': '服务器端出现系统错误，请稍后重试。',
  'srt.reject.rej-peer': '服务器拒绝了连接，但没有说明原因。',
  'srt.reject.rej-resource': '服务器资源不足，请稍后重试。',
  'srt.reject.rej-rogue': '服务器无法识别握手数据。请升级编码器的 SRT 库。',
  'srt.reject.rej-backlog': '服务器当前太忙，暂时不接受新连接。请稍后重试。',
  'srt.reject.rej-ipe': '服务器的 SRT 库内部错误，请稍后重试。',
  'srt.reject.rej-close': '服务器正在关闭这个监听端口，请稍后重试。',
  'srt.reject.rej-version': '服务器要求的 SRT 版本比编码器的更新。请升级编码器。',
  'srt.reject.rej-rdvcookie': '握手 cookie 不匹配（常见于 NAT 在握手过程中更换了端口）。请重试。',
  'srt.reject.rej-badsecret':
    'SRT 密码（passphrase）错误。腾讯云 SRT 推流不使用密码：请在编码器中删除 passphrase。',
  'srt.reject.rej-unsecure':
    '加密设置不一致：一端设置了 SRT 密码，另一端没有。请在编码器中删除 passphrase。',
  'srt.reject.rej-messageapi': '编码器使用了 SRT 文件/流模式；直播推流需要 live（消息）模式。',
  'srt.reject.rej-congestion': '编码器的 SRT 传输类型（transtype）不匹配：请使用 live 模式。',
  'srt.reject.rej-filter': '编码器的包过滤（FEC）设置不被接受。请关闭 FEC。',
  'srt.reject.rej-group': '这里不支持 SRT 连接绑定（bonding）。请在编码器中关闭。',
  'srt.reject.rej-timeout': '握手超时。',
  'srt.reject.rej-crypto': '编码器的加密设置与服务器冲突。请删除 SRT passphrase。',
  'srt.reject.ac-fallback': '服务器拒绝了推流，但没有给出具体原因。',
  'srt.reject.ac-key-notsup':
    'streamid 中含有服务器不支持的字段。请从控制台重新复制 SRT 推流地址。',
  'srt.reject.ac-filepath': '找不到 streamid 中指定的资源。',
  'srt.reject.ac-hostnotfound': '服务器不认识 h= 中的推流域名。请确认 h= 填的是你的推流域名。',
  'srt.reject.ac-bad-request':
    'streamid 格式错误。正确格式为 #!::h=<推流域名>,r=<AppName>/<StreamName>,txSecret=…,txTime=…。',
  'srt.reject.ac-unauthorized':
    'txSecret 或 txTime 错误或已过期。请用推流鉴权 Key 重新生成推流地址，并检查电脑时间。',
  'srt.reject.ac-overload': '服务器负载过高，或账号超出了限额。',
  'srt.reject.ac-forbidden': '该流被禁止推流：很可能在控制台“禁推流”列表中，或域名已被停用。',
  'srt.reject.ac-not-found': '找不到推流域名或 AppName。请检查 streamid 中的 h= 和 r=。',
  'srt.reject.ac-bad-mode': 'streamid 中的模式（m=）不被接受。请删除 m= 或使用 m=publish。',
  'srt.reject.ac-unacceptable': '流参数不被接受（例如不是 MPEG-TS）。请通过 SRT 推送 MPEG-TS。',
  'srt.reject.ac-conflict': '该流正在被另一个编码器推流。请停止另一路推流，或换一个 StreamName。',
  'srt.reject.ac-unsupported-media': '不支持 streamid 中的媒体类型（t=）。',
  'srt.reject.ac-locked': '该流在服务器端被锁定。',
  'srt.reject.ac-failed-dependency': '本次推流所依赖的会话已经结束。',
  'srt.reject.ac-internal-error': '服务器内部错误，请稍后重试。',
  'srt.reject.ac-unimplemented': '服务器不支持这个请求。',
  'srt.reject.ac-gateway': '推流网关无法连接后端服务器，请稍后重试。',
  'srt.reject.ac-down': '推流服务暂时不可用。请稍后重试，或改用 RTMP 推流。',
  'srt.reject.ac-version': '服务器不支持这个 SRT 版本。请升级编码器。',
  'srt.reject.ac-no-room': '服务器没有空间录制这个流。',
  'srt.reject.ac-other': '服务器用一个本应用不认识的服务器代码拒绝了推流。',
  'srt.reject.user-defined': '服务器用它自定义的代码拒绝了推流；只有该服务才知道具体含义。',
  // ── 代码填入文本的词：推流阶段与结束方式、签名细节、标签 ──
  'push.stage.spawned': '发起连接',
  'push.stage.tcp-connecting': 'TCP 连接',
  'push.stage.tcp-connected': 'RTMP 握手',
  'push.stage.handshake-started': 'RTMP 握手',
  'push.stage.handshake-answered': 'RTMP connect',
  'push.stage.connect-answered': '创建流',
  'push.stage.stream-creating': '创建流',
  'push.stage.publish-sent': '推流请求',
  'push.stage.accepted': '发送首批音视频',
  'push.stage.media-flowing': '音视频推送',
  'push.stage.server-error': '服务器返回错误',
  'push.stage.ended': '推流结束',
  'push.stage.exited': '推流结束',
  'push.end.io-error': '输入/输出错误',
  'push.end.broken-pipe': '发送中连接断开',
  'push.end.connection-reset': '连接被重置',
  'push.end.end-of-file': '服务器关闭了连接',
  'push.end.connection-refused': '连接被拒绝',
  'push.end.connection-timed-out': '连接超时',
  'push.end.operation-timed-out': '等待应答超时',
  'push.end.network-unreachable': '网络不可达',
  'push.end.host-unreachable': '主机不可达',
  'push.end.resolve-failed': '无法解析主机名',
  'push.end.cannot-open-connection': '无法建立连接',
  'push.end.handshake-failed': '握手失败',
  'push.end.server-error': '服务器返回错误',
  'push.end.completed': '正常结束',
  'push.end.signal': '被信号终止',
  'push.end.other-error': '其他错误',
  'push.end.unknown': '未说明原因',
  'push.exit-code': '退出码 {{code}}',
  'push.exit-signal': '信号 {{signal}}',
  'signature-detail.upper': '大写',
  'signature-detail.lower': '小写',
  'signature-detail.key-trailing': 'Key 末尾的空格',
  'signature-detail.key-leading': 'Key 开头的空格',
  'signature-detail.key-newline': 'Key 末尾的换行',
  'signature-detail.stream-trailing': '流名称末尾的空格',
  'signature-detail.stream-leading': '流名称开头的空格',
  'signature-detail.stream+key+txTime': 'StreamName + Key + txTime',
  'dns.resolver.system': '系统 DNS {{servers}}',
  'dns.resolver.server': 'DNS 服务器 {{servers}}',
  'dns.resolver.unknown': 'DNS',
  'report.label': '{{label}}：{{value}}',
  'ui.colon': '：',
  'report.cause-tag': '{{title}}（{{severity}}，{{confidence}}）',
  'cli.push-time': '已发送 {{time}} 秒',
  'cli.push-speed': '速度 {{speed}}×',
  // 向导：地址栏、表单中的“协议”部分、表格、对比和 go/no-go 表。
  'transport.field.url.placeholder':
    'rtmp://push.example.com/live/stream?txSecret=…&txTime=…（或 rtmps://、srt://）',
  'transport.field.url.hint':
    'RTMP、RTMPS 和 SRT 推流地址均可（rtmp://、rtmps://、srt://）；检查时还会从当前网络尝试另外两种协议。',
  'transport.form.heading': '协议',
  'transport.form.intro':
    '除 RTMP 外，检查还会从当前网络尝试 RTMPS（TLS，TCP 443）和 SRT（UDP 9000）：即使 1935 端口被封，也可能还有别的推流方式。',
  'transport.form.rtmp': 'RTMP（TCP 1935）',
  'transport.form.rtmps': 'RTMPS（基于 TCP 的 TLS）',
  'transport.form.srt': 'SRT（UDP）',
  'transport.form.rtmpsPort': 'RTMPS 端口',
  'transport.form.srtPort': 'SRT 端口',
  'transport.form.ca': '额外信任的 CA 证书（PEM）',
  'transport.form.ca.hint':
    '仅用于自建的推流服务器，或贵单位要求信任的 CA；腾讯云的推流域名无需填写。',
  'transport.form.ca.file': '从文件读取 CA…',
  'transport.form.ca.clear': '移除 CA',
  'transport.form.no-transport': '请至少勾选一种协议。',
  'transport.form.bad-port': '端口须为 1 到 65535 之间的整数（留空则使用默认端口）。',
  'transport.form.ca-no-certificate':
    '这不是 PEM 格式的证书：其中必须包含“-----BEGIN CERTIFICATE-----”段。',
  'transport.form.ca-too-large': '作为 CA 证书过大（最多 {{max}} KB）。',
  'transport.seconds': '{{seconds}} 秒',
  'transport.ready': '{{transport}}：可从这里推流',
  'transport.copy.named': '复制 {{transport}} 地址',
  'transport.copy.server': '复制服务器',
  'transport.copy.key': '复制推流码',
  'transport.obs.service': '服务',
  'transport.obs.custom': '自定义…',
  'transport.redacted':
    '这些地址中的 txSecret 已截短：保存的报告从不包含完整的 txSecret。请用你自己的推流地址运行检查，才能复制完整地址。',
  'transport.verdict.other':
    '换一种协议即可推流：当前网络拦截了 RTMP，请改用 {{scheme}}://…（{{transport}}）。',
  'transport.compare.row': '{{transport}} · {{open}}',
  'transport.sheet.title': '从当前网络可用的推流方式',
  'transport.sheet.open': '需放行的出站连接',
  'transport.sheet.ask': '为了从当前网络推流，请放行到 {{host}}（{{ips}}）的出站 {{list}}。',
  // ── RTMPS 推流地址的 TLS 检查 ──
  'tls-ok':
    '{{ip}}:{{port}} 上的 TLS 证书对 {{servername}} 有效，由本机信任的“{{issuer}}”签发（有效期至 {{validTo}}）。',
  'tls-name-mismatch':
    '{{ip}}:{{port}} 上的 TLS 证书是签发给 {{names}} 的，不是 {{servername}}：会校验证书的编码器将拒绝连接。自有推流域名需要先在云直播控制台上传证书才能使用 RTMPS（域名管理 → 该域名 → HTTPS/证书配置）；在此之前，请用 rtmp:// 推流或使用默认推流域名。',
  'tls-untrusted-issuer':
    '{{ip}}:{{port}} 上的 TLS 证书由“{{issuer}}”签发，本机并不信任它：当前网络中有设备（代理或杀毒软件）在拦截 TLS。请改用手机 4G/5G 热点，或请场地 IT 将 {{servername}} 排除在检查之外；如果是杀毒软件在检查 TLS，请为编码器关闭该功能。',
  'tls-expired':
    '{{ip}}:{{port}} 上 {{servername}} 的 TLS 证书已于 {{validTo}} 过期。如果本机时间正确，请在云直播控制台为推流域名上传续期后的证书；在此之前，请用 rtmp:// 推流。',
  'tls-not-yet-valid':
    '{{ip}}:{{port}} 上 {{servername}} 的 TLS 证书尚未生效：本机时间很可能不对。请开启自动设置日期和时间，然后重新检查。',
  'tls-not-tls':
    '{{ip}}:{{port}} 上的服务器有应答，但不是 TLS：该端口使用的是其他协议（普通 RTMP 或 HTTP）。普通 RTMP 端口请用 rtmp://，或改用 RTMPS 端口（URL 未指定端口时为 443）。',
  'tls-handshake-failed':
    '与 {{ip}}:{{port}} 的 TLS 握手失败（服务器拒绝或关闭了连接）。如果反复出现，可能是当前网络拦截了到该服务器的 TLS：请改用手机 4G/5G 热点，或用 rtmp:// 推流。',
  'tls-timeout':
    '{{ip}}:{{port}} 上的服务器接受了连接，但在 {{timeoutMs}} 毫秒内没有响应 TLS 握手：该端口可能使用其他协议，或有网络设备卡住了连接。请检查 URL 中的端口；也可改用手机 4G/5G 热点。',
  'tls-tcp-failed': '无法为 TLS 打开到 {{ip}}:{{port}} 的 TCP 连接；请查看端口检查。',
  'tls-cancelled': 'TLS 检查已取消。',

  // ── 直播中保护 ──
  'ui.live.question': '这路流现在正在直播吗？',
  'ui.live.hint':
    '检查通常会向服务器询问您的正式流名：发起推流请求，并在发送任何画面之前离开。有些服务器会让新的推流端顶替正在直播的那个，所以在您直播期间，检查不会触碰您的流名。',
  'ui.live.no': '没有，现在没在直播',
  'ui.live.yes': '是的，正在直播——不要动它',
  'ui.live.required': '请先回答这个问题，再开始检查。',
  'note.real-probe-skipped-live':
    '您的流正在直播，因此没有探测它的正式流名（有些服务器会让新的推流端顶替正在直播的那个）。因此仍不确定：服务器是否会接受对这个流名的新推流（例如断线重连之后），以及这个流名是否在控制台中被禁用。请在停播后再运行一次检查，以获得完整结论。',

  // ── 分享报告的隐私 ──
  'ui.export.includeHostName': '包含这台电脑的名称（其中常含有您的名字）',
  // ── ffmpeg locator: why a candidate was passed over ──
  'ffmpeg.tried.not-installed': '未安装该软件包',
  'ffmpeg.tried.not-installed-platform': '该软件包没有为此系统安装',
  'ffmpeg.tried.no-path': '软件包没有给出程序路径',
  'ffmpeg.tried.not-on-path': 'PATH 中没有 ffmpeg',
  'ffmpeg.tried.missing-features': '缺少 RTMP、libx264 或 AAC',
  'ffmpeg.tried.not-found': '未找到',
  'ffmpeg.tried.missing': '文件不存在',
  'ffmpeg.tried.not-file': '不是文件',
  'ffmpeg.tried.not-executable': '无法执行',
  'ffmpeg.tried.no-version': '没有输出版本信息',
  'ffmpeg.tried.timed-out': '{{flag}} 在 {{ms}} 毫秒内没有响应',
  'ffmpeg.tried.could-not-start': '无法启动（{{detail}}）',
  'ffmpeg.tried.exited': '{{flag}} 以退出码 {{code}} 结束',
  // ── 腾讯云直播 API：流状态、断流原因、接收码率、设置 ──
  'phase.api': '腾讯云 API',
  'api-state-active': '腾讯云显示 {{stream}} 正在直播（正在推流）。',
  'api-state-inactive': '腾讯云显示 {{stream}} 当前没有推流，也未被禁播。',
  'api-state-forbid': '腾讯云显示 {{stream}} 已被禁播（在禁播流列表中）。',
  'api-bad-credentials': '腾讯云未接受该 API 密钥（{{errorCode}}）：请检查 SecretId 和 SecretKey。',
  'api-clock-skew': '本机时钟偏差超过 5 分钟，腾讯云拒绝了 API 调用（{{errorCode}}）。',
  'api-no-permission':
    '该 API 密钥无权读取云直播的流数据（{{errorCode}}）：请为子账号授予云直播只读权限。',
  'api-unknown-domain': '该密钥所属账号下没有这个推流域名（{{errorCode}}）。',
  'api-bad-request': '腾讯云拒绝了本次查询（{{errorCode}}）。',
  'api-rate-limited': '腾讯云要求降低调用频率，本次未获得信息。',
  'api-server-error': '腾讯云 API 返回错误（{{errorCode}}），本次未获得信息。',
  'api-unreachable': '当前网络无法连接腾讯云 API（{{endpoint}}）。',
  'api-timeout': '腾讯云 API（{{endpoint}}）未及时响应，检测已跳过这一步继续进行。',
  'api-malformed': '腾讯云 API 返回的内容无效，已忽略。',
  'api-cancelled': '对腾讯云 API 的查询已取消。',
  'tencent.stop-line': '腾讯云记录的 {{stream}} 最近一次推流：{{reason}}（错误码 {{stopCode}}）。',
  'tencent.received':
    '腾讯云从测试流收到 {{receivedFps}} fps、{{receivedKbps}} kbit/s（ffmpeg 发送 {{sentKbps}} kbit/s）。',
  'diag.api-forbid': '腾讯云已确认：流 {{stream}} 已被禁播，所有推流都会被拒绝。',
  'fix.api-forbid': '腾讯云控制台 → 流管理 → 禁播流：恢复 {{stream}}。',
  'diag.api-active':
    '腾讯云已确认：{{stream}} 正在推流。如果不是您自己的编码器，说明另一个客户端占用了该流，新的推流会被拒绝或把它挤掉。',
  'fix.api-active':
    '腾讯云控制台 → 流管理 → 直播流：查看推流 {{stream}} 的客户端 IP，如不是您的，停止该推流。',
  'diag.api-inactive-refused':
    '服务器拒绝了 {{stream}}，而腾讯云显示该流既没有在推流也没有被禁播：很可能是 URL 的签名有误。',
  'fix.api-inactive-refused':
    '在腾讯云控制台（或用正确的推流鉴权 Key）重新生成推流地址，并完整粘贴。',
  'diag.api-stop-in-use':
    '腾讯云记录到 {{stream}} 的一次推流被拒：已有其他客户端在推这路流（错误码 {{stopCode}}）。',
  'fix.api-stop-in-use':
    '停止正在推 {{stream}} 的另一个编码器（腾讯云控制台 → 直播流可查看其 IP），或改用其他流名称。',
  'diag.api-stop-disabled':
    '腾讯云记录到 {{stream}} 的一次推流被拒：流或其域名已被禁用（错误码 {{stopCode}}）。',
  'fix.api-stop-disabled': '腾讯云控制台 → 流管理 → 禁播流，以及域名管理：恢复被禁用的项。',
  'diag.api-stop-signature':
    '腾讯云记录到 {{stream}} 的一次推流被拒：txSecret 缺失或错误（错误码 {{stopCode}}）。',
  'fix.api-stop-signature': '用当前的推流鉴权 Key 重新生成推流地址，并连同参数完整粘贴。',
  'diag.api-stop-expiry':
    '腾讯云记录到 {{stream}} 的一次推流被拒：txTime 缺失或已过期（错误码 {{stopCode}}）。',
  'fix.api-stop-expiry': '重新生成有效期 12–24 小时的推流地址。',
  'diag.api-stop-domain':
    '腾讯云记录到 {{stream}} 的一次推流被拒：推流域名未被接受（错误码 {{stopCode}}）。',
  'fix.api-stop-domain': '使用腾讯云控制台 → 域名管理中列出的推流域名推流（不要用 IP）。',
  'diag.api-received-low':
    '发送了 {{sentKbps}} kbit/s，腾讯云只收到 {{receivedKbps}} kbit/s：部分数据没有到达接入点。',
  'fix.api-received-low': '降低码率，或换用更稳定的网络（用网线代替 Wi-Fi）。',
  'note.real-probe-skipped-api-active':
    '腾讯云显示您的流正在直播，因此没有探测真实流名称（新的推流端可能会顶替正在直播的推流）。',
  'tencent.stop.unknown': '原因未知',
  'tencent.stop.client-stopped': '推流端主动停止',
  'tencent.stop.internal-error': '腾讯云内部错误',
  'tencent.stop.rtmp-content': 'RTMP 内容异常',
  'tencent.stop.frame-too-large': 'RTMP 单帧超过上限',
  'tencent.stop.no-data': '长时间没有数据',
  'tencent.stop.proxy-cut': '代理层收到断流指令',
  'tencent.stop.client-network': '推流端网络异常',
  'tencent.stop.account-lookup': '找不到推流地址对应的账号',
  'tencent.stop.service-suspended': '该账号的云直播服务已暂停',
  'tencent.stop.service-arrears': '账号欠费，云直播服务已暂停',
  'tencent.stop.service-disabled': '该账号的云直播服务已被封禁',
  'tencent.stop.ip-push-not-allowed': '不允许通过 IP 地址推流',
  'tencent.stop.domain-unknown': '无法识别推流域名',
  'tencent.stop.domain-disabled': '推流域名已被禁用',
  'tencent.stop.stream-disabled': '该流已被禁播',
  'tencent.stop.txtime-missing': '推流地址缺少 txTime',
  'tencent.stop.txtime-expired': '推流地址的 txTime 已过期',
  'tencent.stop.txsecret-missing': '推流地址缺少 txSecret',
  'tencent.stop.txsecret-wrong': 'txSecret 错误',
  'tencent.stop.too-many-pushers': '该流已有客户端在推流',
  'ui.api.title': '腾讯云 API 密钥（可选）',
  'ui.api.explain':
    '填写 SecretId 和 SecretKey 后，检测还会向腾讯云 API 查询您的流：是否被禁播或正在直播、最近推流为何中断、接入点收到了什么。密钥加密保存在本机，绝不会写入报告。',
  'ui.api.secret-id': 'SecretId',
  'ui.api.secret-key': 'SecretKey',
  'ui.api.save': '保存密钥',
  'ui.api.forget': '删除密钥',
  'ui.api.saved': '已保存：本机的每次检测都会查询腾讯云 API。',
  'ui.api.not-saved': '尚未保存 API 密钥。',
  'ui.api.no-encryption': '本机无法加密保存机密信息，因此未保存密钥。',
  'ui.api.invalid': '请同时填写 SecretId 和 SecretKey。',
  'ui.api.confirmed': '腾讯云已确认',
  // ── Watch mode ──
  'watch.start': '正在监测 {{host}}:{{port}}，每 {{every}} 一轮。按 Ctrl-C 停止。',
  'watch.start-count':
    '正在监测 {{host}}:{{port}}，每 {{every}} 一轮，共 {{count}} 轮。按 Ctrl-C 停止。',
  'watch.every-seconds': '{{n}} 秒',
  'watch.stopped': '已停止，共 {{rounds}} 轮。',
  'watch.verdict.ok': '正常',
  'watch.verdict.warn': '需留意',
  'watch.verdict.fail': '失败',
  'watch.rtt': 'RTT {{ms}} 毫秒',
  'watch.rtt-none': '无法连接',
  'watch.expires-in': '推流地址 {{duration}}后过期',
  'watch.expired-ago': '推流地址已过期 {{duration}}',
  'watch.no-expiry': '推流地址没有 txTime',
  'watch.fail.dns': '推流域名无法解析（{{code}}）',
  'watch.fail.port': '推流端口没有响应',
  'watch.fail.handshake': '端口有响应，但不是 RTMP 服务器',
  'watch.fail.probe': '服务器拒绝了测试流',
  'watch.fail.expired': '断线重连会被拒绝',
  'watch.port.port-open': '端口已开放',
  'watch.port.port-refused': '连接被拒绝',
  'watch.port.port-filtered': '没有响应（可能被防火墙拦截）',
  'watch.port.port-unreachable': '没有到推流服务器的路由',
  'watch.port.port-error': '连接失败',
  'watch.port.port-cancelled': '未测试',
  'watch.alert.network-changed':
    '本机网络已变化（{{changes}}）：本轮之前的数据是在另一个网络上测得的。',
  'watch.alert.ip-changed': '推流域名现在解析到其他地址：{{from}} → {{to}}。',
  'watch.alert.port-closed': '端口 {{port}} 之前有响应，现在没有：{{reason}}。',
  'watch.alert.rtt-high':
    '建立连接需要 {{ms}} 毫秒，达到第一轮 {{baseline}} 毫秒的 {{factor}} 倍或以上：网络正在变得拥堵。',
  'watch.alert.expires-before-show-end':
    '推流地址将于 {{expiresAt}} 过期，早于直播结束时间（{{showEndAt}}）：之后断线重连会失败。请现在生成新的推流地址。',
  'watch.alert.expires-soon':
    '推流地址将于 {{expiresAt}} 过期（还剩 {{duration}}）：请在此之前生成新的地址。',
  'watch.alert.expired':
    '推流地址已于 {{expiresAt}} 过期：正在进行的推流不受影响，但任何断线重连都会被拒绝。',
  'watch.alert.recovered.port-closed': '推流端口重新有响应了。',
  'watch.alert.recovered.rtt-high': '连接耗时已恢复正常。',
  'watch.notify.title': 'Push Preflight：情况有变化',
  'ui.watch.switch': '持续监测',
  'ui.watch.hint':
    '定时重复一次轻量检查（DNS、连接耗时、握手；填写了推流鉴权 Key 时还会探测一路测试流，绝不会碰您的正式流），有变化时提醒您。',
  'ui.watch.every': '间隔',
  'ui.watch.every-invalid': '请填写至少 1 秒的时间，例如 30s、5m 或 1h。',
  'ui.watch.title': '监测中',
  'ui.watch.chart': '每轮的连接耗时（RTT）',
  'ui.watch.chart-empty': '第一轮检查进行中…',
  'ui.watch.round': '第 {{index}} 轮：{{verdict}}，{{rtt}}',
  'ui.watch.alerts': '提醒',
  'ui.watch.no-alerts': '目前没有变化。',
  'ui.watch.rounds': '{{count}} 轮',
  'ui.watch.error': '无法开始监测：{{message}}',
  // ── Uplink quality under load ──
  'uplink.quality.title': '负载下的网络质量',
  'uplink.quality.grade.good': '良好',
  'uplink.quality.grade.fair': '一般',
  'uplink.quality.grade.poor': '较差',
  'uplink.quality.grade.not-measured': '此处无法测量',
  'uplink.quality.bufferbloat':
    '负载下的延迟：{{grade}} — 到推流服务器的往返时间空闲时 {{idleMs}} ms，推流时 {{loadedP50Ms}} ms（95% 的采样低于 {{loadedP95Ms}} ms）',
  'uplink.quality.bufferbloat.not-measured': '负载下的延迟：此处无法测量',
  'uplink.quality.retransmits': '重传：{{grade}} — 推流连接有 {{percent}}% 的 TCP 分段需要重新发送',
  'uplink.quality.retransmits.not-measured': '重传：此处无法测量（本系统不提供推流连接的重传数据）',
  'uplink.quality.steadiness':
    '平稳度：{{grade}} — 发送速率每秒波动 ±{{jitterKbps}} kbit/s，卡顿 {{stalls}} 次',
  'uplink.quality.steadiness.not-measured': '平稳度：此处无法测量（推流时间太短）',
  'uplink.quality.explain.bufferbloat':
    '负载下的延迟比较推流前与推流中到推流服务器的往返时间。良好：增加不到 {{bloatFairMs}} ms，或不到空闲值的 {{bloatFairRatio}} 倍。一般：增加 {{bloatFairMs}} ms 以上且达到 {{bloatFairRatio}} 倍。较差：增加 {{bloatPoorMs}} ms 以上且达到 {{bloatPoorRatio}} 倍 — 推流时途中的队列被填满（缓冲膨胀），码率高峰时直播会延迟和卡顿。',
  'uplink.quality.explain.retransmits':
    '重传统计本机不得不重新发送的推流 TCP 分段。良好：低于 {{retransFair}}%。一般：低于 {{retransPoor}}%。较差：{{retransPoor}}% 及以上 — 每次重传都会让 TCP 降速，直播随之卡顿。',
  'uplink.quality.explain.steadiness':
    '平稳度逐秒比较发送速率。良好：波动小于平均值的 {{jitterFair}}%，且从不中断。一般：低于 {{jitterPoor}}%，或卡顿一次。较差：{{jitterPoor}}% 及以上，或卡顿超过 {{stallsPoor}} 次。',
  'uplink.quality.explain.bitrate':
    '建议编码码率：稳定上行速率的 {{shareGood}}%；负载下的延迟或重传为“一般”时取 {{shareFair}}%；任一项“较差”时取 {{sharePoor}}%。',
  // ── 支持链接（push-preflight://check?…） ──
  'link.error.link-empty': '支持链接为空。',
  'link.error.link-too-long': '支持链接过长，不是本工具生成的链接（超过 {{max}} 个字符）。',
  'link.error.link-bad-syntax':
    '支持链接已损坏（含空格、控制字符、# 部分或缺少“=”的字段）：请重新获取链接并完整复制。',
  'link.error.link-bad-scheme':
    '这不是 Push Preflight 的支持链接：链接必须以 push-preflight://check? 开头。',
  'link.error.link-bad-action':
    '此版本无法执行该支持链接的请求：链接必须以 push-preflight://check? 开头。',
  'link.error.link-has-secret':
    '支持链接含有机密信息（{{field}}），已拒绝打开。支持链接绝不包含 txSecret、txTime、推流鉴权 Key 或 API 密钥：请索取不含这些内容的链接，并在此自行填写签名。',
  'link.error.link-unknown-field': '支持链接含有此版本无法识别的字段：“{{field}}”。',
  'link.error.link-duplicate-field': '支持链接中“{{field}}”出现了两次。',
  'link.error.link-value-too-long': '支持链接中“{{field}}”的值过长。',
  'link.error.link-bad-value': '支持链接中“{{field}}”的值无效。',
  'link.error.link-missing-field': '支持链接缺少“{{field}}”：链接需要推流域名、AppName 和流名称。',
  'link.error.link-conflict': '支持链接要求进行上行测试，却关闭了测试推流：上行测试依赖测试推流。',
  'link.opened.heading': '已从支持链接打开',
  'link.opened.body':
    '推流域名、AppName、流名称（{{target}}）及检测选项均已填好。请在下方粘贴您的 txSecret 和 txTime，或在上方输入框粘贴完整的推流地址。',
  'link.opened.secrets': '链接中不含任何机密信息：签名始终由您自己掌握。',
  'link.field.txSecret': 'txSecret',
  'link.field.txTime': 'txTime',
  'link.field.bad': '{{field}} 只能包含字母和数字：请从推流地址中复制，不要带空格或“&”。',
  'link.refused.heading': '无法打开此支持链接',
  'link.dismiss': '关闭',
  'link.copy': '复制发给该用户的链接',
  'link.copy.hint':
    '该链接会以相同的推流域名、AppName、流名称和选项打开此检测，绝不包含 txSecret、txTime 或任何 Key。',
  'link.copy.unavailable': '无法为此地址生成支持链接：{{reason}}',

  // ── 应用内的上行测试 ──
  'uplink.field.enable': '上行测试：按我计划的码率测量上传速度',
  'uplink.field.bitrate': '计划码率，kbit/s',
  'uplink.field.hint':
    'OBS 的常用值：2500（720p）、4500（1080p 30 帧）、6000（1080p 60 帧）、8000。测试大约多用 15 秒。',
  'uplink.field.invalid': '请输入 {{from}} 到 {{to}} 之间的整数（kbit/s）。',
  'uplink.field.needs-key':
    '上行测试需要您的推流鉴权 Key：它推到单独的测试流，绝不会推到您的正式流。',
  'uplink.field.needs-push': '上行测试需要测试推流：请取消勾选“不做测试推流”。',
  'uplink.card.heading': '上行',
  'uplink.card.sustained': '持续上传速度',
  'uplink.card.planned': '计划码率',
  'uplink.card.recommended': '建议的编码器码率',
  'uplink.card.stalls': '卡顿（没有发送数据的秒数）',
  'uplink.card.cpu': '测试推流的 CPU 占用',
  'uplink.card.kbps': '{{kbps}} kbit/s',
  'uplink.card.cpu-value': '单核的 {{cpu}}%',
  'uplink.card.not-measured': '此处未测量',
  'uplink.chart.label':
    '{{seconds}} 秒内每秒的发送速率，从 {{from}} 到 {{to}} kbit/s；计划 {{planned}} kbit/s。',
  'uplink.chart.planned': '计划',
  'uplink.chart.none': '此报告中没有每秒发送速率。',
  'uplink.card.quality.heading': '负载下的网络质量',
  'uplink.card.quality.bufferbloat': '负载下的延迟（缓冲膨胀）',
  'uplink.card.quality.bufferbloat.value':
    '空闲时往返 {{idle}}，推流时 {{p50}}（95% 的采样低于 {{p95}}）',
  'uplink.card.quality.bufferbloat.explain':
    '推流时往返时间大幅增加，说明网络在排队积压您的流：高峰时会出现延迟和丢帧。',
  'uplink.card.quality.ms': '{{ms}} 毫秒',
  'uplink.card.quality.retransmits': '重传',
  'uplink.card.quality.retransmits.value': '推流的 TCP 分段有 {{percent}}% 被重新发送',
  'uplink.card.quality.retransmits.explain':
    '网络丢失、由 TCP 重新发送的分段：每一次都会让流多等一个往返。',
  'uplink.card.quality.steadiness': '发送速率的稳定性',
  'uplink.card.quality.steadiness.value': '每秒之间波动 ±{{jitter}} kbit/s；卡顿 {{stalls}} 次',
  'uplink.card.quality.steadiness.explain': '速率稳定表示网络每一秒都跟得上，而不只是平均够用。'
}
