/** Detectors for where someone lives: UK postcodes and street addresses. */
import { type Span, spansOf } from './kinds';

/** UK postcode areas, so "Y9 4th" (a school year) is not taken for a postcode. */
export const AREAS = [
  'AB', 'AL', 'B', 'BA', 'BB', 'BD', 'BH', 'BL', 'BN', 'BR', 'BS', 'BT', 'CA', 'CB', 'CF', 'CH', 'CM', 'CO',
  'CR', 'CT', 'CV', 'CW', 'DA', 'DD', 'DE', 'DG', 'DH', 'DL', 'DN', 'DT', 'DY', 'E', 'EC', 'EH', 'EN', 'EX',
  'FK', 'FY', 'G', 'GL', 'GU', 'GY', 'HA', 'HD', 'HG', 'HP', 'HR', 'HS', 'HU', 'HX', 'IG', 'IM', 'IP', 'IV',
  'JE', 'KA', 'KT', 'KW', 'KY', 'L', 'LA', 'LD', 'LE', 'LL', 'LN', 'LS', 'LU', 'M', 'ME', 'MK', 'ML', 'N',
  'NE', 'NG', 'NN', 'NP', 'NR', 'NW', 'OL', 'OX', 'PA', 'PE', 'PH', 'PL', 'PO', 'PR', 'RG', 'RH', 'RM', 'S',
  'SA', 'SE', 'SG', 'SK', 'SL', 'SM', 'SN', 'SO', 'SP', 'SR', 'SS', 'ST', 'SW', 'SY', 'TA', 'TD', 'TF', 'TN',
  'TQ', 'TR', 'TS', 'TW', 'UB', 'W', 'WA', 'WC', 'WD', 'WF', 'WN', 'WR', 'WS', 'WV', 'YO', 'ZE',
];
// Outward code: area + district ("SO14", "EC1A", "M1"); inward: digit + two letters never C I K M O V.
const POSTCODE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${AREAS.join('|')})\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** "S1 2nd term", "Y10 4th set": a lower-case ordinal after a school year is not a postcode. */
const ORDINAL_RE = /\s(?:1st|2nd|3rd|[04-9]th)$/;

export function findPostcodes(text: string): Span[] {
  return spansOf(text, POSTCODE_RE, 'postcode', (m) =>
    ORDINAL_RE.test(m[0]) ? null : { start: m.index, end: m.index + m[0].length },
  );
}

/** Street words that are rarely anything else, so they count in any case ("12 oak road"). */
const PLAIN_STREET = ['Road', 'Rd', 'Street', 'Avenue', 'Ave', 'Lane', 'Ln'];
/** Street words that are also ordinary words ("close", "way"): only when written with a capital. */
const CAPITAL_STREET = [
  'St', 'Close', 'Cl', 'Drive', 'Dr', 'Way', 'Crescent', 'Cres', 'Gardens', 'Gdns', 'Court', 'Ct', 'Place',
  'Pl', 'Terrace', 'Grove', 'Mews', 'Square',
];
/** Words that cannot be part of a street's name: "5 minutes down the road" is not an address. */
const NOT_STREET_NAME = new Set(
  `the a an my your our his her their its this that these those to of in on at by for from with up down over
  across along off out into onto near past round around and or but so then is was are were be been am i me
  we you he she they it us them who just only very really also about like minutes mins min hours hrs days
  weeks months years yrs times miles mile km metres meters steps houses doors stops more other same
  different last next first bus buses`.split(/\s+/),
);

const NUMBER = '(?<![\\p{L}\\p{N}_£$€.:/,-])\\d{1,4}[A-Za-z]?(?![\\p{N}:.]\\p{N})';
const NAME_WORD = "[\\p{L}][\\p{L}'’\\-]*";
const ADDRESS_RE = new RegExp(
  `${NUMBER},?\\s+((?:${NAME_WORD}\\s+){1,3})(${[...PLAIN_STREET, ...CAPITAL_STREET].join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** "1 The Crescent", "4 The Close": only with capitals, so "5 the road" stays. */
const THE_ADDRESS_RE = new RegExp(
  `${NUMBER},?\\s+The\\s+(?:${['Avenue', 'Lane', ...CAPITAL_STREET.filter((w) => w.length > 3)].join('|')}|Green|Mall)(?![\\p{L}\\p{N}_])`,
  'gu',
);

function streetWordOk(word: string): boolean {
  const plain = PLAIN_STREET.some((w) => w.toLowerCase() === word.toLowerCase());
  if (plain) return true;
  const first = word.charAt(0);
  return first === first.toUpperCase() && first !== first.toLowerCase();
}

export function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  // Matches can overlap ("at 3 go to 12 Oak Road"), so try again from just after each start.
  ADDRESS_RE.lastIndex = 0;
  for (let m = ADDRESS_RE.exec(text); m; m = ADDRESS_RE.exec(text)) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    const street = m[2] ?? '';
    const ok = words.every((w) => !NOT_STREET_NAME.has(w.toLowerCase())) && streetWordOk(street);
    if (ok) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'address' });
    else ADDRESS_RE.lastIndex = m.index + 1;
  }
  return [...spans, ...spansOf(text, THE_ADDRESS_RE, 'address')];
}
