// The app's technical terms, each once: the plain words a screen shows first, and the term with a
// one-line explanation its tooltip (components/Term.svelte) shows.

export interface GlossaryEntry {
  /** What a screen shows in place of the term. */
  plain: string;
  /** The term as sources and other apps spell it. */
  term: string;
  /** One line: what it is and how the app uses it. */
  explain: string;
}

export const GLOSSARY = {
  ea: {
    plain: 'food energy left after training',
    term: 'Energy availability (EA)',
    explain: '(food eaten − energy spent exercising) ÷ fat-free mass, a day. Below 30 kcal per kg is low, 45 and up adequate (Loucks 2011).',
  },
  ffm: {
    plain: 'lean mass',
    term: 'Fat-free mass (FFM)',
    explain: 'Your weight minus your body fat; from a body-fat reading, else estimated from height and weight (Boer 1984).',
  },
  au: {
    plain: 'load points',
    term: 'AU (arbitrary units)',
    explain: 'Training load: a session’s minutes × how hard it felt on a 0–10 scale (Foster 2001).',
  },
  e1rm: {
    plain: 'estimated max',
    term: 'e1RM (estimated one-rep max)',
    explain: 'The heaviest single rep a set suggests you could lift, from its weight, reps and effort (Helms 2016; Epley).',
  },
  rpe: {
    plain: 'effort',
    term: 'RPE (rating of perceived exertion)',
    explain: 'How hard it felt, 0–10: 10 is all-out; for a set, 10 means no rep left (Foster 2001; Helms 2016).',
  },
  acwr: {
    plain: 'recent vs usual load',
    term: 'Acute:chronic load',
    explain: 'The last 7 days’ daily load against the last 28 days’, both exponentially weighted (Williams 2017).',
  },
  acute: {
    plain: 'recent load',
    term: 'Acute load',
    explain: 'Daily training load averaged over about the last 7 days, recent days weighing most (Williams 2017).',
  },
  chronic: {
    plain: 'usual load',
    term: 'Chronic load',
    explain: 'Daily training load averaged over about the last 28 days, recent days weighing most (Williams 2017).',
  },
  ctl: {
    plain: 'fitness',
    term: 'CTL (chronic training load)',
    explain: 'The 42-day exponentially weighted daily load: how much training you are used to (Banister 1975).',
  },
  atl: {
    plain: 'fatigue',
    term: 'ATL (acute training load)',
    explain: 'The 7-day exponentially weighted daily load: how much training you did lately (Banister 1975).',
  },
  tsb: {
    plain: 'form',
    term: 'TSB (training stress balance)',
    explain: 'Yesterday’s fitness − fatigue: above zero you are fresher than usual, well below it tired (Banister 1975).',
  },
  monotony: {
    plain: 'sameness',
    term: 'Monotony',
    explain: 'A week’s mean daily load ÷ its day-to-day spread: high when every day is alike, hard days and easy days missing (Foster 1998).',
  },
  strain: {
    plain: 'strain',
    term: 'Strain',
    explain: 'A week’s load × its monotony: high load with little variation, linked to illness and overtraining (Foster 1998).',
  },
  rho: {
    plain: 'energy in body weight',
    term: 'ρ (energy density of weight change)',
    explain: 'How many kcal a kg of weight gained or lost stands for: about 9,400 for fat, 1,800 for lean tissue, so it depends on the mix (Hall 2008).',
  },
  deficit: {
    plain: 'Eating less than you burn',
    term: 'Energy deficit',
    explain: 'Estimated expenditure − intake, judged as the weight loss it would cause a week, in % of body weight.',
  },
  lossRate: {
    plain: 'How fast your weight is falling',
    term: 'Weight-loss rate',
    explain: 'How fast the trend weight falls, in % of body weight a week; athletes losing under 0.7 % a week kept their lean mass (Garthe 2011).',
  },
  protein: {
    plain: 'Protein',
    term: 'Protein per body weight',
    explain: 'Grams of protein a day for each kg (or lb) of body weight; 1.6–2.2 g/kg supports muscle (Morton 2018).',
  },
  carbohydrate: {
    plain: 'Carbohydrate',
    term: 'Carbohydrate per body weight',
    explain: 'Grams of carbohydrate a day for each kg (or lb) of body weight, against the band for your training time (Thomas 2016).',
  },
  sleep: {
    plain: 'Sleep',
    term: 'Sleep duration',
    explain: 'Average hours asleep a night; adults need at least 7 (Watson 2015).',
  },
  strengthTrend: {
    plain: 'Main lifts’ strength',
    term: 'Strength trend',
    explain: 'The best estimated max (e1RM) of squat, deadlift, bench and overhead press, last 14 days vs the 14 before.',
  },
  pearson: {
    plain: 'How closely they go together',
    term: 'Pearson r, with its 95 % confidence interval',
    explain: 'From −1 to 1: 0 is no straight-line link, 1 a perfect one; the true value most likely lies in the interval.',
  },
  spearman: {
    plain: 'Rank agreement',
    term: 'Spearman ρ (rank correlation)',
    explain: 'Like r, but on the days’ order rather than their values, so one odd day moves it less.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermKey = keyof typeof GLOSSARY;
