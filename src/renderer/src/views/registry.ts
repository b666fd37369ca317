import type { Component } from 'svelte';
import Today from './Today.svelte';

export interface ViewDef {
  id: string;
  label: string;
  /** The screen: `component` for Today (the first screen, in the entry chunk); `load` for every other
   *  one, its own chunk loaded the first time it opens, so the app starts with what it shows first. */
  component?: Component<any>;
  load?: () => Promise<{ default: Component<any> }>;
  props?: Record<string, unknown>;
  /** A heading the navigation shows above a run of screens that share it. */
  group?: string;
}

/** The app's screens, in navigation order. Domains add or replace their entry here. */
export const views: ViewDef[] = [
  { id: 'today', label: 'Today', component: Today },
  { id: 'planner', label: 'Plan', load: () => import('./Planner.svelte') },
  { id: 'training', label: 'Training', load: () => import('./TrainingLog.svelte') },
  { id: 'diary', label: 'Food', load: () => import('./FoodDiary.svelte') },
  { id: 'targets', label: 'Targets', load: () => import('./targets/Targets.svelte') },
  { id: 'energy', label: 'Energy', load: () => import('./Energy.svelte'), group: 'Dashboards' },
  { id: 'insights', label: 'Sleep, lifts & load', load: () => import('./Insights.svelte'), group: 'Dashboards' },
  { id: 'review', label: 'Review', load: () => import('./Review.svelte') },
  { id: 'weight', label: 'Weight', load: () => import('./Weight.svelte') },
  { id: 'sleep', label: 'Sleep', load: () => import('./Sleep.svelte') },
  { id: 'import', label: 'Import', load: () => import('./Imports.svelte') },
  { id: 'data', label: 'Data', load: () => import('./data/Data.svelte') },
  { id: 'profile', label: 'Profile', load: () => import('./Profile.svelte') },
  { id: 'settings', label: 'Settings', load: () => import('./Settings.svelte') },
  { id: 'about', label: 'About', load: () => import('./About.svelte') },
];
