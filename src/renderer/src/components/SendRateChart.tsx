import { useTranslation } from 'react-i18next'

/** Drawing size of the chart, in SVG units (it scales to the card's width). */
const WIDTH = 320
const HEIGHT = 90
/** Room kept above the highest value, so the line never touches the top edge. */
const TOP_ROOM = 1.1

/**
 * The per-second send rate of the uplink test as a small line chart (inline SVG, no library), with
 * the planned bitrate as a dashed line. The numbers are also in the chart's label for screen readers.
 */
export function SendRateChart({
  rateKbps,
  plannedKbps
}: {
  rateKbps: readonly number[]
  plannedKbps?: number
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const rates = rateKbps.filter((r) => Number.isFinite(r) && r >= 0)
  if (rates.length === 0) return null
  const top = Math.max(...rates, plannedKbps ?? 0, 1) * TOP_ROOM
  const y = (kbps: number): number => HEIGHT - (kbps / top) * HEIGHT
  // One point per second, spread over the width; a single second is drawn as a flat line.
  const step = rates.length > 1 ? WIDTH / (rates.length - 1) : WIDTH
  const points = (rates.length > 1 ? rates : [rates[0], rates[0]]).map(
    (r, i) => `${(i * step).toFixed(1)},${y(r).toFixed(1)}`
  )
  const label = t('uplink.chart.label', {
    seconds: rates.length,
    from: Math.round(Math.min(...rates)),
    to: Math.round(Math.max(...rates)),
    planned: plannedKbps === undefined ? '–' : Math.round(plannedKbps)
  })
  return (
    <figure className="send-rate-chart" data-testid="uplink-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <polygon
          className="rate-area"
          points={`0,${HEIGHT} ${points.join(' ')} ${WIDTH},${HEIGHT}`}
        />
        <polyline className="rate-line" points={points.join(' ')} data-testid="uplink-chart-line" />
        {plannedKbps !== undefined && (
          <line
            className="planned-line"
            x1={0}
            x2={WIDTH}
            y1={y(plannedKbps)}
            y2={y(plannedKbps)}
            data-testid="uplink-chart-planned"
          />
        )}
      </svg>
      <figcaption className="muted small">{label}</figcaption>
    </figure>
  )
}
