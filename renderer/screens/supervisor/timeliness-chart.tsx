import { useId } from 'react';
import type { SupervisorReport } from '../../../shared/contract/supervisor';
import { useSecurityT } from '../../components/auth/use-security-t';

type Timeliness = SupervisorReport['timeliness'];

const BAR_HEIGHT = 28;
const GAP = 12;
const LABEL_WIDTH = 130;
const BAR_SPACE = 320;

/** Early / on time / late as horizontal bars; the same numbers sit in the table beside it. */
export function TimelinessChart({ timeliness }: { readonly timeliness: Timeliness }) {
  const { t } = useSecurityT();
  const titleId = useId();
  const descId = useId();
  const bars = [
    { key: 'early', label: t('supervisor.early'), value: timeliness.early, className: 'chart__bar--early' },
    { key: 'onTime', label: t('supervisor.onTime'), value: timeliness.onTime, className: 'chart__bar--on-time' },
    { key: 'late', label: t('supervisor.late'), value: timeliness.late, className: 'chart__bar--late' },
  ];
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * (BAR_HEIGHT + GAP);
  return (
    <svg
      className="chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_SPACE + 60} ${height}`}
      width={LABEL_WIDTH + BAR_SPACE + 60}
      height={height}
      data-testid="timeliness-chart"
    >
      <title id={titleId}>{t('supervisor.chartTitle')}</title>
      <desc id={descId}>{t('supervisor.chartDesc', timeliness)}</desc>
      {bars.map((bar, index) => {
        const y = index * (BAR_HEIGHT + GAP);
        const width = Math.round((bar.value / max) * BAR_SPACE);
        return (
          <g key={bar.key}>
            <text className="chart__label" x={0} y={y + BAR_HEIGHT * 0.7}>
              {bar.label}
            </text>
            <rect className={`chart__bar ${bar.className}`} x={LABEL_WIDTH} y={y} width={Math.max(width, 2)} height={BAR_HEIGHT} />
            <text className="chart__value" x={LABEL_WIDTH + Math.max(width, 2) + 8} y={y + BAR_HEIGHT * 0.7}>
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
