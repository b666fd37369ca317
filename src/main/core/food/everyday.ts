// The curated part of the static prior (ranking.ts): which SR24 foods a person most likely means by
// an everyday word, and which forms they almost never mean. SR24 has no popularity data, and its
// data-completeness proxy cannot tell "Pasta, corn, cooked" from the pasta people eat, nor whole milk
// from human milk. The list was written by reading SR24's names for each word: the form eaten (cooked
// where people eat it cooked, raw for fruit and salad vegetables), the commonest variety, and the
// entries a diary most often needs (whole and 2 % milk, white and whole-wheat bread).
//
// It is a prior, not a rule: it only decides among foods that match the query about equally well, so
// "chicken breast fried" still finds the fried one, and "human milk" or "infant formula" find theirs.
// The prior is stored with each food at build time: editing the list needs RANKING_VERSION bumped.

/** Everyday words → the SR24 foods (NDB numbers) a person typing them most likely means. */
export const EVERYDAY_FOODS: Record<string, string[]> = {
  // Dairy and eggs
  milk: ['01077', '01079', '01082', '01085'],
  'whole milk': ['01077', '01211'],
  '2% milk': ['01079'],
  'skim milk': ['01085'],
  yogurt: ['01116', '01117', '01118'],
  cheese: ['01009', '01026'],
  cheddar: ['01009'],
  mozzarella: ['01026', '01028'],
  parmesan: ['01032'],
  feta: ['01019'],
  'cottage cheese': ['01012', '01015'],
  'cream cheese': ['01017'],
  butter: ['01001', '01145'],
  cream: ['01053', '01049'],
  'sour cream': ['01056'],
  'ice cream': ['19095'],
  egg: ['01129', '01132'],
  'boiled egg': ['01129'],
  'scrambled eggs': ['01132'],
  'fried egg': ['01128'],
  whey: ['01115'],
  // Grains: cooked, as eaten
  pasta: ['20121', '20100'],
  spaghetti: ['20121'],
  macaroni: ['20100'],
  noodles: ['20110'],
  rice: ['20045', '20037'],
  'white rice': ['20045'],
  'brown rice': ['20037'],
  oats: ['08121', '08120', '20038'],
  oatmeal: ['08121'],
  porridge: ['08121'],
  quinoa: ['20137'],
  couscous: ['20029'],
  bulgur: ['20013'],
  barley: ['20006'],
  bread: ['18069', '18075', '18064'],
  'white bread': ['18069'],
  'whole wheat bread': ['18075'],
  toast: ['18070'],
  bagel: ['18001'],
  tortilla: ['18364', '18363'],
  granola: ['08037'],
  flour: ['20081', '20080'],
  pancakes: ['18293'],
  waffles: ['18367'],
  // Meat and fish: cooked, as eaten
  chicken: ['05064', '05098', '05013'],
  'chicken breast': ['05064'],
  'chicken thigh': ['05098'],
  'chicken drumstick': ['05073'],
  'chicken wings': ['05107'],
  turkey: ['05186', '05168'],
  'turkey breast': ['05220', '07081'],
  beef: ['23570', '13451'],
  'ground beef': ['23567', '23562', '23570'],
  steak: ['13451', '13442'],
  pork: ['10975', '10064', '10038'],
  'ground pork': ['10975'],
  'pork chop': ['10038', '10042'],
  ham: ['07029'],
  bacon: ['10862'],
  sausage: ['07064'],
  lamb: ['17225'],
  salmon: ['15237', '15209'],
  tuna: ['15121'],
  cod: ['15016'],
  shrimp: ['15151'],
  tilapia: ['15262'],
  trout: ['15241'],
  sardines: ['15088'],
  crab: ['15140'],
  // Legumes, nuts and seeds
  beans: ['16015', '16028'],
  'black beans': ['16015'],
  'kidney beans': ['16028'],
  chickpeas: ['16057'],
  lentils: ['16070'],
  tofu: ['16426', '16427'],
  edamame: ['11212'],
  hummus: ['16158'],
  'peanut butter': ['16098'],
  peanuts: ['16390', '16090'],
  almonds: ['12061'],
  walnuts: ['12155'],
  cashews: ['12087'],
  pecans: ['12142'],
  pistachios: ['12152'],
  'sunflower seeds': ['12037'],
  'chia seeds': ['12006'],
  'soy milk': ['16120', '16139'],
  // Fruit: raw
  apple: ['09003'],
  banana: ['09040'],
  orange: ['09200'],
  strawberries: ['09316'],
  blueberries: ['09050'],
  raspberries: ['09302'],
  grapes: ['09132'],
  pear: ['09252'],
  peach: ['09236'],
  pineapple: ['09266'],
  mango: ['09176'],
  watermelon: ['09326'],
  kiwi: ['09148'],
  cherries: ['09070'],
  avocado: ['09037'],
  lemon: ['09150'],
  dates: ['09421', '09087'],
  raisins: ['09298'],
  blackberries: ['09042'],
  plums: ['09279'],
  // Vegetables: raw where eaten raw, else cooked
  broccoli: ['11090', '11091'],
  spinach: ['11457'],
  carrots: ['11124'],
  tomato: ['11529'],
  potato: ['11674', '11367'],
  'sweet potato': ['11508'],
  onion: ['11282'],
  garlic: ['11215'],
  'bell pepper': ['11333', '11821'],
  cucumber: ['11205'],
  lettuce: ['11251', '11252'],
  cauliflower: ['11135'],
  zucchini: ['11477'],
  mushrooms: ['11260'],
  peas: ['11305', '11313'],
  corn: ['11168'],
  'green beans': ['11053'],
  kale: ['11233'],
  cabbage: ['11109'],
  asparagus: ['11012'],
  celery: ['11143'],
  'brussels sprouts': ['11099'],
  eggplant: ['11210'],
  // Drinks
  coffee: ['14209'],
  tea: ['14355'],
  beer: ['14003'],
  wine: ['14096', '14106'],
  'orange juice': ['09206'],
  'apple juice': ['09400'],
  cola: ['14400'],
  water: ['14429', '14555'],
  // Fats, sweets and condiments
  'olive oil': ['04053'],
  oil: ['04053', '04582'],
  sugar: ['19335'],
  honey: ['19296'],
  chocolate: ['19904', '19120'],
  'dark chocolate': ['19904'],
  jam: ['19297'],
  ketchup: ['11935'],
  mayonnaise: ['04025'],
  salt: ['02047'],
  'maple syrup': ['19353'],
  cocoa: ['19165'],
  popcorn: ['19034'],
  pizza: ['21224'],
};

/** What a listed food gains: enough to beat a shorter odd name ("Milk, low sodium, fluid") on coverage, not a better match. */
const EVERYDAY_BOOST = 1.2;

/**
 * Forms a person almost never means by an everyday word, with what they lose (on top of the
 * generic rules in ranking.ts, which already put baby food and infant formula last). Asked for by
 * name they still come first: every candidate of "human milk" is human milk.
 */
const EXOTIC: [RegExp, number][] = [
  [/\bhuman\b/i, -2],
  [/\bdehydrated\b|not reconstituted|\bundiluted\b/i, -0.8],
  [/\bfilled\b|lauric acid/i, -0.8],
  // Animal fats and offal: "pork" is not its separable fat.
  [/separable fat\b|rendered fat|\blard\b|\btallow\b|\bsuet\b/i, -0.8],
  // The skin alone: less, or "chicken skin" would list every "meat and skin" before it.
  [/(^|, )skin\b/i, -0.3],
  [/variety meats|giblets|gizzard/i, -0.8],
];

const EVERYDAY_IDS = new Set(Object.values(EVERYDAY_FOODS).flat());

/** SR24 food groups people eat cooked: poultry, pork, beef, fish and shellfish, lamb/veal/game, beef cuts. */
const COOKED_GROUPS = new Set([5, 10, 13, 15, 17, 23]);

/** Whether raw is the form people eat: not for meat and fish, where SR24 lists the cooked forms beside it. */
export function rawIsEaten(id: number): boolean {
  return !COOKED_GROUPS.has(Math.floor(id / 1000));
}

/** The curated part of an SR24 food's prior: the everyday boost and the exotic demotions. */
export function everydayPrior(id: number, name: string): number {
  let p = EVERYDAY_IDS.has(String(id).padStart(5, '0')) ? EVERYDAY_BOOST : 0;
  for (const [re, v] of EXOTIC) if (re.test(name)) p += v;
  return p;
}
