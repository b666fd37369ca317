import type { Component } from 'svelte';
import Today from './Today.svelte';
import Weight from './Weight.svelte';
import Profile from './Profile.svelte';
import About from './About.svelte';
import Planner from './Planner.svelte';
import TrainingLog from './TrainingLog.svelte';
import Sleep from './Sleep.svelte';
import Energy from './Energy.svelte';
import FoodDiary from './FoodDiary.svelte';
import Insights from './Insights.svelte';
import Review from './Review.svelte';
import Targets from './targets/Targets.svelte';
import Data from './data/Data.svelte';
import Imports from './Imports.svelte';
import Settings from './Settings.svelte';

export interface ViewDef {
  id: string;
  label: string;
  component: Component<any>;
  props?: Record<string, unknown>;
  /** A heading the navigation shows above a run of screens that share it. */
  group?: string;
}

/** The app's screens, in navigation order. Domains add or replace their entry here. */
export const views: ViewDef[] = [
  { id: 'today', label: 'Today', component: Today },
  { id: 'planner', label: 'Plan', component: Planner },
  { id: 'training', label: 'Training', component: TrainingLog },
  { id: 'diary', label: 'Food', component: FoodDiary },
  { id: 'targets', label: 'Targets', component: Targets },
  { id: 'energy', label: 'Energy', component: Energy, group: 'Dashboards' },
  { id: 'insights', label: 'Sleep, lifts & load', component: Insights, group: 'Dashboards' },
  { id: 'review', label: 'Review', component: Review },
  { id: 'weight', label: 'Weight', component: Weight },
  { id: 'sleep', label: 'Sleep', component: Sleep },
  { id: 'import', label: 'Import', component: Imports },
  { id: 'data', label: 'Data', component: Data },
  { id: 'profile', label: 'Profile', component: Profile },
  { id: 'settings', label: 'Settings', component: Settings },
  { id: 'about', label: 'About', component: About },
];
