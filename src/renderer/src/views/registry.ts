import type { Component } from 'svelte';
import Placeholder from './Placeholder.svelte';
import Weight from './Weight.svelte';
import Profile from './Profile.svelte';
import About from './About.svelte';
import FoodDiary from './FoodDiary.svelte';

export interface ViewDef {
  id: string;
  label: string;
  component: Component<any>;
  props?: Record<string, unknown>;
}

/** The app's screens, in navigation order. Domains add or replace their entry here. */
export const views: ViewDef[] = [
  { id: 'diary', label: 'Food diary', component: FoodDiary },
  { id: 'planner', label: 'Planner', component: Placeholder, props: { title: 'Planner' } },
  { id: 'training', label: 'Training log', component: Placeholder, props: { title: 'Training log' } },
  { id: 'sleep', label: 'Sleep', component: Placeholder, props: { title: 'Sleep' } },
  { id: 'energy', label: 'Energy', component: Placeholder, props: { title: 'Energy' } },
  { id: 'weight', label: 'Weight', component: Weight },
  { id: 'profile', label: 'Profile', component: Profile },
  { id: 'about', label: 'About', component: About },
];
