import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskAdjustedMonitoringQuery } from '../../gql/graphql';

// Only what the funnel draws: points for the operators, lines for the limits [chart.js tree-shaking].
Chart.register(ScatterController, LineController, PointElement, LineElement, LinearScale, Tooltip, Legend);

type Monitoring = RiskAdjustedMonitoringQuery['riskAdjustedMonitoring'];

const LIMIT_COLOURS = { '95': '#b36b00', '998': '#b00020' } as const;

/**
 * The Spiegelhalter funnel [R15][R38]: each operator's O/E against its number of cases,
 * the target 1 and the 95 % and 99.8 % limits. The canvas is an image with a text
 * alternative; the table beside it carries every number.
 */
export function FunnelChart({ monitoring }: { monitoring: Monitoring }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const curve = monitoring.funnel;
    const line = (label: string, key: 'lower95' | 'upper95' | 'lower998' | 'upper998', colour: string, dash: number[]) => ({
      type: 'line' as const,
      label,
      data: curve.map((p) => ({ x: p.cases, y: p[key] })),
      borderColor: colour,
      borderDash: dash,
      borderWidth: 1.5,
      pointRadius: 0,
      fill: false,
    });
    const chart = new Chart(canvas.current, {
      type: 'scatter',
      data: {
        datasets: [
          {
            type: 'scatter',
            label: t('riskMonitoring.chart.operators'),
            data: monitoring.operators.map((o) => ({ x: o.cases, y: o.observedToExpected })),
            pointBackgroundColor: monitoring.operators.map((o) => (o.flaggedForReview ? LIMIT_COLOURS['998'] : '#1f4e79')),
            pointRadius: monitoring.operators.map((o) => (o.flaggedForReview ? 6 : 4)),
          },
          { type: 'line', label: t('riskMonitoring.chart.target'), data: curve.map((p) => ({ x: p.cases, y: 1 })), borderColor: '#555', borderWidth: 1, pointRadius: 0 },
          line(t('riskMonitoring.chart.limit95'), 'lower95', LIMIT_COLOURS['95'], [6, 4]),
          line(t('riskMonitoring.chart.limit95'), 'upper95', LIMIT_COLOURS['95'], [6, 4]),
          line(t('riskMonitoring.chart.limit998'), 'lower998', LIMIT_COLOURS['998'], []),
          line(t('riskMonitoring.chart.limit998'), 'upper998', LIMIT_COLOURS['998'], []),
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: t('riskMonitoring.chart.cases') } },
          y: { type: 'linear', min: 0, title: { display: true, text: t('riskMonitoring.chart.ratio') } },
        },
        plugins: {
          legend: { labels: { filter: (item, data) => data.datasets.findIndex((d) => d.label === item.text) === item.datasetIndex } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const o = item.datasetIndex === 0 ? monitoring.operators[item.dataIndex] : undefined;
                return o ? t('riskMonitoring.chart.point', { operatorId: o.operatorId, cases: o.cases, ratio: o.observedToExpected.toFixed(2) }) : `${item.dataset.label ?? ''}: ${Number(item.parsed.y).toFixed(2)}`;
              },
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [monitoring, t]);
  const flagged = monitoring.operators.filter((o) => o.flaggedForReview).map((o) => o.operatorId);
  return (
    <div className="chart">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('riskMonitoring.chart.label', { year: monitoring.year, operators: monitoring.operators.length, flagged: flagged.length === 0 ? t('riskMonitoring.chart.noneFlagged') : flagged.join(', ') })}
      />
    </div>
  );
}
