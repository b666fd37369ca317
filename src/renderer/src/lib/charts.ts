// chart.js with only the parts the app's charts use (smaller, faster bundle). Loaded lazily through
// loadCharts() (chart-theme.ts), so the app's first screen and its data calls do not wait for it.
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip } from 'chart.js';
import 'chartjs-adapter-date-fns';

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend);

export { Chart };
