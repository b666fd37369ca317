// The app shell: the empty app welcomes with the demo one click away, and the demo fills every screen end to end.
import { expect, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

test('the empty app loads the demo history from the welcome', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    const errors = watchConsole(page);
    await page.goto(app.url);
    await expect(page.getByTestId('welcome')).toBeVisible();
    await expect(page.getByTestId('today')).toContainText('Thursday, 26 November 2026');
    // The first screen is Today.
    await expect(page.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
    await page.getByTestId('nav-weight').click();
    await expect(page.getByTestId('weight-chart-empty')).toBeVisible();
    // The token left the address bar once read.
    expect(page.url()).not.toContain('token=');

    await page.getByTestId('load-demo').click();
    // Loading the demo builds the food database and writes 12 weeks of meals, training and sleep: about
    // 2 s alone, several times that on a loaded CI machine, so wait longer than expect's default 5 s.
    await expect(page.getByTestId('welcome')).toBeHidden({ timeout: 30_000 });

    // What the chart shows is what the database holds: one point per weighed day of the last 3 months.
    const weighIns = (await app.rpc('weight.list', {})).body.value as { date: string; weightKg: number }[];
    expect(weighIns.length).toBeGreaterThan(60);
    const days = [...new Set(weighIns.map((w) => w.date))].sort();
    expect(days.at(-1)! <= TODAY).toBe(true);
    await expect(page.getByTestId('weight-chart')).toHaveAttribute('data-painted', /\d+/);
    const series = JSON.parse((await page.getByTestId('weight-chart').getAttribute('data-series'))!);
    expect(series.from).toBe('2026-08-28');
    expect(series.to).toBe(TODAY);
    expect(series.points.map((p: { date: string }) => p.date)).toEqual(days.filter((d) => d >= series.from));
    const report = (await app.rpc('report.get', { from: series.from, to: TODAY })).body.value;
    const lastTrendKg = report.days.at(-1).trendKg;
    expect(series.trend.at(-1).value).toBeCloseTo(lastTrendKg, 2);

    // The profile screen shows the demo athlete.
    await page.getByTestId('nav-profile').click();
    await expect(page.getByTestId('profile-birthDate')).toHaveValue('1992-05-14');
    await expect(page.getByTestId('profile-heightCm')).toHaveValue('180');

    // Range switch: a year covers the same weigh-ins, a week only its own.
    await page.getByTestId('nav-weight').click();
    await page.getByTestId('range-week').check();
    await expect.poll(async () => JSON.parse((await page.getByTestId('weight-chart').getAttribute('data-series'))!).from).toBe('2026-11-20');
    const week = JSON.parse((await page.getByTestId('weight-chart').getAttribute('data-series'))!);
    expect(week.points.map((p: { date: string }) => p.date)).toEqual(days.filter((d) => d >= '2026-11-20'));
    await page.getByTestId('range-all').check();
    await expect.poll(async () => JSON.parse((await page.getByTestId('weight-chart').getAttribute('data-series'))!).from).toBe(days[0]);

    // A second click on the demo cannot mix demo data into a database that has data.
    const again = await app.rpc('demo.load', {});
    expect(again.body.ok).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('a page opened without the token says how to get in', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url.replace(/#token=.*/, ''));
    await expect(page.getByTestId('app-error')).toContainText('open the URL printed by "hybrid-planner serve"');
  } finally {
    await app.stop();
  }
});

test('browser mode survives a reload and the URL pasted again into the same tab', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    const errors = watchConsole(page);
    await page.goto(app.url);
    await expect(page.getByTestId('welcome')).toBeVisible();
    expect(page.url()).not.toContain('token=');
    // The session lives in a cookie no script can read.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.reload();
    await expect(page.getByTestId('welcome')).toBeVisible();
    await expect(page.getByTestId('app-error')).toHaveCount(0);
    // Pasting the printed URL again only changes the fragment: the page stays, and still works.
    await page.goto(app.url);
    await expect(page.getByTestId('welcome')).toBeVisible();
    await page.getByTestId('nav-weight').click();
    await page.getByTestId('nav-sleep').click();
    await expect(page.getByTestId('app-error')).toHaveCount(0);
    expect(page.url()).not.toContain('token=');
    // The navigation is links: the address names the screen, so reload and Back keep their place.
    expect(page.url()).toMatch(/#\/sleep$/);
    await page.reload();
    await expect(page.getByTestId('nav-sleep')).toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page.getByTestId('nav-weight')).toHaveAttribute('aria-current', 'page');
    expect(await page.locator('nav[aria-label="Main"] button').count()).toBe(0);
    // A URL may name the screen beside the token: it opens there, and the token leaves the address.
    await page.goto(app.url.replace('#token=', '#/energy&token='));
    await expect(page.getByTestId('nav-energy')).toHaveAttribute('aria-current', 'page');
    expect(page.url()).toMatch(/#\/energy$/);
    // Another browser profile without the cookie or the token is refused.
    const stranger = await page.context().browser()!.newPage();
    await stranger.goto(app.url.replace(/#token=.*/, ''));
    await expect(stranger.getByTestId('app-error')).toContainText('Not connected');
    await stranger.close();
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('the welcome stays until there is a profile, without the demo once anything is logged', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    const errors = watchConsole(page);
    await page.goto(app.url);
    await page.getByTestId('nav-sleep').click();
    await expect(page.getByTestId('load-demo')).toBeVisible();
    await page.getByTestId('sleep-bed').fill('23:15');
    await page.getByTestId('sleep-wake').fill('06:45');
    await page.getByTestId('sleep-save').click();
    await expect(page.getByTestId('sleep-row')).toHaveCount(1);
    // The database has data now: the demo, which would be refused, is no longer offered...
    await expect(page.getByTestId('load-demo')).toBeHidden();
    expect((await app.rpc('app.info', {})).body.value.empty).toBe(false);
    // ...but the welcome still asks for the profile, and then starts from what is logged.
    await page.getByTestId('welcome-sex-male').check();
    await page.getByTestId('welcome-birthDate').fill('1988-02-29');
    await page.getByTestId('welcome-heightCm').fill('183');
    await page.getByTestId('welcome-continue').click();
    await expect(page.getByTestId('welcome-demo')).toHaveCount(0);
    await page.getByTestId('welcome-empty').click();
    await expect(page.getByTestId('welcome')).toBeHidden();
    await expect(page.getByTestId('sleep-row')).toHaveCount(1);
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});
