import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

/** Only what the report's bar charts draw is registered (docs/decisions.md: chart.js, loaded by the pages that draw one). */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
