import { useEffect, useRef } from 'react';

export interface ChartSeries {
  label: string;
  /** Percentages; null where the denominator is zero (drawn as no bar). */
  data: (number | null)[];
}

/** Colours told apart in grey too (printed on a monochrome printer). */
const COLOURS = ['#0b3d62', '#6aa6d6', '#b35900', '#6b6b6b', '#2e7d32'];

/**
 * A bar chart of percentages drawn by chart.js, loaded only when a page draws one (its own
 * chunk). The canvas is an image named by `label`; the figures it draws are in the table
 * beside it, with their numerators and denominators [R27]. No animation: it prints as shown.
 */
export function ReportChart({ id, label, labels, series, yAxis }: { id: string; label: string; labels: string[]; series: ChartSeries[]; yAxis: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify({ labels, series, yAxis });
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('./chart-setup').then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: COLOURS[i % COLOURS.length] })) },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, suggestedMax: 100, title: { display: true, text: yAxis } } },
          plugins: { legend: { position: 'bottom' } },
        },
      });
      canvas.current.dataset['drawn'] = 'true';
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // Redrawn when what it shows changes: `key` stands for labels, series and axis.
  }, [key]);
  return (
    <div className="chart">
      <canvas id={id} ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
