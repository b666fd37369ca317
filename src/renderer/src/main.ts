import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadCharts } from './lib/chart-theme';

// Start fetching chart.js now, alongside the first data calls, instead of when a chart mounts.
void loadCharts();

mount(App, { target: document.getElementById('app')! });
