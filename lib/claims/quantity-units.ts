import type { QuantityDimension } from '../types';

/**
 * Units of measure news writes, each with its dimension and its factor to the dimension's base
 * unit (kg, m, m², l, km/h, W; temperature in °C with an offset). General reference values, not
 * tuned to any story. Tons: a short ton (907 kg) and a long ton (1,016 kg) are read as a metric
 * tonne: reports use "ton" and "tonne" for the same ship, and 10% is within what rounded
 * tonnages differ by anyway.
 */
export interface UnitInfo {
  dimension: QuantityDimension;
  /** Base unit of the dimension. */
  base: string;
  factor: number;
  /** Added after scaling (°F → °C). */
  offset?: number;
}

const table: Array<[string[], QuantityDimension, string, number, number?]> = [
  [
    ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'],
    'mass',
    'kg',
    1000,
  ],
  [['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kg', 'kgs', 'kilo', 'kilos'], 'mass', 'kg', 1],
  [['gram', 'grams', 'gramme', 'grammes'], 'mass', 'kg', 0.001],
  [['lb', 'lbs'], 'mass', 'kg', 0.453592],
  [['ounce', 'ounces', 'oz'], 'mass', 'kg', 0.0283495],
  [['metre', 'metres', 'meter', 'meters', 'm'], 'length', 'm', 1],
  [['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'], 'length', 'm', 1000],
  [['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], 'length', 'm', 0.01],
  [['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], 'length', 'm', 0.001],
  [['mile', 'miles'], 'length', 'm', 1609.344],
  [['nautical mile', 'nautical miles'], 'length', 'm', 1852],
  [['foot', 'feet', 'ft'], 'length', 'm', 0.3048],
  [['yard', 'yards', 'yd', 'yds'], 'length', 'm', 0.9144],
  [['inch', 'inches'], 'length', 'm', 0.0254],
  [
    ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km', 'km2', 'km²'],
    'area',
    'm2',
    1e6,
  ],
  [['square mile', 'square miles', 'sq mi', 'sq miles'], 'area', 'm2', 2_589_988],
  [['square metre', 'square metres', 'square meter', 'square meters', 'sq m', 'm2', 'm²'], 'area', 'm2', 1],
  [['square foot', 'square feet', 'sq ft'], 'area', 'm2', 0.092903],
  [['hectare', 'hectares', 'ha'], 'area', 'm2', 10_000],
  [['acre', 'acres'], 'area', 'm2', 4046.86],
  [['litre', 'litres', 'liter', 'liters'], 'volume', 'l', 1],
  [['millilitre', 'millilitres', 'milliliter', 'milliliters', 'ml'], 'volume', 'l', 0.001],
  // US gallons: the gallon of most English-language news (the imperial gallon is 4.546 l).
  [['gallon', 'gallons'], 'volume', 'l', 3.78541],
  [['barrel', 'barrels', 'bbl'], 'volume', 'l', 158.987],
  [['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³'], 'volume', 'l', 1000],
  [
    ['km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'],
    'speed',
    'km/h',
    1,
  ],
  [['mph', 'miles per hour', 'miles an hour'], 'speed', 'km/h', 1.609344],
  [['knot', 'knots'], 'speed', 'km/h', 1.852],
  [['°c', 'º c', '°', 'degrees celsius', 'degrees centigrade', 'degrees c', 'celsius'], 'temperature', '°C', 1],
  [['°f', 'degrees fahrenheit', 'degrees f', 'fahrenheit'], 'temperature', '°C', 5 / 9, -32 * (5 / 9)],
  [['watt', 'watts', 'w'], 'power', 'W', 1],
  [['kilowatt', 'kilowatts', 'kw'], 'power', 'W', 1e3],
  [['megawatt', 'megawatts', 'mw'], 'power', 'W', 1e6],
  [['gigawatt', 'gigawatts', 'gw'], 'power', 'W', 1e9],
  [['magnitude'], 'magnitude', 'magnitude', 1],
];

export const UNITS = new Map<string, UnitInfo>();
for (const [names, dimension, base, factor, offset] of table) {
  for (const name of names) UNITS.set(name, { dimension, base, factor, ...(offset !== undefined ? { offset } : {}) });
}

/**
 * Regex source for a unit name, longest first so "square miles" wins over "miles". One-letter and
 * two-letter abbreviations are only read right after a number (the caller's pattern says so).
 */
export const UNIT_PATTERN = [...UNITS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');

/** Looks a unit up by its written form ("Metres", "sq  km"); undefined when unknown. */
export function unitOf(written: string): UnitInfo | undefined {
  return UNITS.get(written.toLowerCase().replace(/\s+/g, ' ').replace(/º/g, '°'));
}

/** Converts a value in `unit` to its base unit. */
export function toBase(value: number, unit: UnitInfo): number {
  return value * unit.factor + (unit.offset ?? 0);
}

/** Currency symbols with their ISO codes; the prefixes "US", "A", "C", "NZ", "HK", "S" before "$". */
export const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
};
export const DOLLAR_PREFIX: Record<string, string> = {
  us: 'USD',
  a: 'AUD',
  au: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
};

/** Currency names written after a number ("30,000 roubles", "4.4 billion Swiss francs"). */
export const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  gbp: 'GBP',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rub: 'RUB',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
  chf: 'CHF',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  hryvnas: 'UAH',
  peso: 'peso',
  pesos: 'peso',
  rand: 'ZAR',
  lira: 'TRY',
  lire: 'TRY',
};
/** "Hong Kong dollars", "Canadian dollars": the adjective before a currency name that changes it. */
export const CURRENCY_ADJECTIVE: Record<string, string> = {
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'hong kong dollars': 'HKD',
  'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD',
  'swiss francs': 'CHF',
  'mexican pesos': 'MXN',
  'philippine pesos': 'PHP',
  'argentine pesos': 'ARS',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  'turkish lira': 'TRY',
  'south african rand': 'ZAR',
  'british pounds': 'GBP',
  'egyptian pounds': 'EGP',
};

/** Time units in days: the base of durations (a month is a twelfth of a mean year). */
export const DAYS: Record<string, number> = {
  second: 1 / 86_400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  fortnight: 14,
  month: 365.25 / 12,
  quarter: 365.25 / 4,
  year: 365.25,
  decade: 3652.5,
  century: 36_525,
};
