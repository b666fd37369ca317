// chart.js with only the parts the app's charts use (smaller bundle), registered once for all of
// them. Loaded lazily through loadCharts() (chart-theme.ts): nothing else may import chart.js's
// values, or it lands in the main chunk and the first screen waits for it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
} from 'chart.js';
import 'chartjs-adapter-date-fns';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, TimeScale, CategoryScale, Filler, Tooltip, Legend);

export { Chart };
