import type { Output } from '../../../shared/contract';
import { call } from './api';

type Profile = Output<'profile.get'>;
type Info = Output<'app.info'>;

/** App-wide state: the profile (units) and app info. Views read it; refresh after changes. */
class AppState {
  profile = $state<Profile>(null);
  info = $state<Info | null>(null);
  error = $state<string | null>(null);
  /** Bumped whenever data changes somewhere, so views can reload. */
  revision = $state(0);

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

  changed(): void {
    this.revision += 1;
    void this.refresh();
  }
}

export const appState = new AppState();
