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

export interface ViewDef {
  id: string;
  label: string;
  component: Component<any>;
  props?: Record<string, unknown>;
}

/** The app's screens, in navigation order. Domains add or replace their entry here. */
export const views: ViewDef[] = [
  { id: 'today', label: 'Today', component: Today },
  { id: 'diary', label: 'Food diary', component: FoodDiary },
  { id: 'planner', label: 'Planner', component: Planner },
  { id: 'training', label: 'Training log', component: TrainingLog },
  { id: 'sleep', label: 'Sleep', component: Sleep },
  { id: 'energy', label: 'Energy', component: Energy },
  { id: 'targets', label: 'Targets', component: Targets },
  { id: 'insights', label: 'Insights', component: Insights },
  { id: 'review', label: 'Review', component: Review },
  { id: 'weight', label: 'Weight', component: Weight },
  { id: 'import', label: 'Import', component: Imports },
  { id: 'profile', label: 'Profile', component: Profile },
  { id: 'data', label: 'Data', component: Data },
  { id: 'about', label: 'About', component: About },
];
