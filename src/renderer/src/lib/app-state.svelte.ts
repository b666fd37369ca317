import type { Input, Output } from '../../../shared/contract';
import { call, onCallSucceeded } from './api';

type Profile = Output<'profile.get'>;
type Info = Output<'app.info'>;

/** App-wide state and the profile's store: the profile (units) and app info. Views read it; refresh after changes. */
class AppState {
  profile = $state<Profile>(null);
  info = $state<Info | null>(null);
  error = $state<string | null>(null);
  /** Bumped whenever data changes somewhere, so views can reload. */
  revision = $state(0);
  /** What a one-key shortcut on Today asked the next screen to do ('add-food', 'log-lift'). */
  private intent: string | null = null;

  constructor() {
    // While the database is empty the shell shows the welcome card (and its demo button, which only
    // an empty database accepts). Any screen's first write ends that, whether or not the view reports
    // it with changed(): re-read app.info after each call until it says the database has data.
    onCallSucceeded((method) => {
      if (this.info?.empty && method !== 'app.info' && method !== 'profile.get') void this.refreshInfo();
    });
  }

  get weightUnit(): 'kg' | 'lb' {
    return this.profile?.weightUnit ?? 'kg';
  }
  get distanceUnit(): 'km' | 'mi' {
    return this.profile?.distanceUnit ?? 'km';
  }

  async refresh(): Promise<void> {
    try {
      const [profile, info] = await Promise.all([call('profile.get', {}), call('app.info', {})]);
      this.profile = profile;
      this.info = info;
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  private async refreshInfo(): Promise<void> {
    try {
      this.info = await call('app.info', {});
    } catch {
      // refresh() reports errors; a missed re-read only keeps the card a little longer
    }
  }

  /** The stored profile as it is now (the profile form starts from it). */
  readProfile(): Promise<Profile> {
    return call('profile.get', {});
  }

  /** Saves profile fields; the caller refreshes once it has shown the result. */
  saveProfile(patch: Input<'profile.set'>): Promise<Output<'profile.set'>> {
    return call('profile.set', patch);
  }

  /** Replaces the empty database with the demo history. */
  async loadDemo(): Promise<void> {
    await call('demo.load', {});
  }

  /** Opens a screen to do one thing there (Today's F and L keys). */
  openFor(screen: string, intent: string): void {
    this.intent = intent;
    location.hash = `#/${screen}`;
  }

  /** True once, for the screen the intent was meant for. */
  takeIntent(intent: string): boolean {
    if (this.intent !== intent) return false;
    this.intent = null;
    return true;
  }

  changed(): void {
    this.revision += 1;
    void this.refresh();
  }
}

export const appState = new AppState();
