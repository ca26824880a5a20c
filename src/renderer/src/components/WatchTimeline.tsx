import { useTranslation } from 'react-i18next'
import type { WatchRound } from '@shared/watch'
import { watchRttText } from '@shared/watch-text'
import { useDescribeContext } from '../hooks/useDescribeContext'

/** Chart size in SVG units (it scales to the card's width). */
const W = 600
const H = 140
const PAD = 24

/** The verdict colour class of a round's dot (the same greens, ambers and reds as the cards). */
const DOT_CLASS = { ok: 'dot-pass', warn: 'dot-warn', fail: 'dot-fail' } as const

/**
 * RTT per round as an inline SVG line, one dot per round in its verdict's colour. A round without
 * a connection sits on the bottom line as a red dot. No chart library: a polyline and circles.
 */
export function WatchTimeline({ rounds }: { rounds: WatchRound[] }): React.JSX.Element {
  const { t } = useTranslation()
  const ctx = useDescribeContext()
  if (rounds.length === 0) return <p className="muted">{t('ui.watch.chart-empty')}</p>
  const max = Math.max(1, ...rounds.map((r) => r.rttMs ?? 0)) * 1.15
  const step = rounds.length > 1 ? (W - 2 * PAD) / (rounds.length - 1) : 0
  const x = (i: number): number => PAD + i * step
  const y = (rtt: number | null): number =>
    rtt === null ? H - PAD : H - PAD - (rtt / max) * (H - 2 * PAD)
  const line = rounds
    .map((r, i) => (r.rttMs === null ? undefined : `${x(i).toFixed(1)},${y(r.rttMs).toFixed(1)}`))
    .filter((p): p is string => p !== undefined)
    .join(' ')
  return (
    <svg
      className="watch-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('ui.watch.chart')}
      data-testid="watch-chart"
    >
      <line className="axis" x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} />
      <text className="axis-label" x={PAD} y={PAD - 8}>
        {t('watch.rtt', { ms: Math.round(max) })}
      </text>
      {line && <polyline className="rtt-line" points={line} fill="none" />}
      {rounds.map((r, i) => (
        <circle
          key={r.index}
          className={DOT_CLASS[r.verdict]}
          cx={x(i)}
          cy={y(r.rttMs)}
          r={4}
          data-verdict={r.verdict}
        >
          <title>
            {t('ui.watch.round', {
              index: r.index,
              verdict: t(`watch.verdict.${r.verdict}`),
              rtt: watchRttText(r.rttMs, ctx)
            })}
          </title>
        </circle>
      ))}
    </svg>
  )
}
