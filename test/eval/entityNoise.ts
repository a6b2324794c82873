/**
 * What an extracted entity name is when it is no entity: an amount, a date, a time or a title alone. Written
 * apart from the extractor's own word lists on purpose, so that the eval does not grade the extractor with
 * its own rules.
 */

export type NoiseKind = 'amount' | 'date' | 'time' | 'title';

const weekdays = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const months = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Titles, roles and forms of address that name no one on their own. */
const titles = new Set([
  'm', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'pr', 'me', 'mgr', 'sir', 'dame',
  'president', 'presidente', 'pdg', 'ceo', 'cfo', 'coo', 'dg', 'ministre', 'premier ministre', 'maire', 'prefet',
  'prefete', 'depute', 'deputee', 'senateur', 'senatrice', 'directeur', 'directrice', 'juge', 'procureur', 'general',
  'colonel', 'capitaine', 'commissaire', 'secretaire', 'chancelier', 'chanceliere', 'roi', 'reine', 'prince', 'princesse',
  'pape', 'eveque', 'archeveque', 'cardinal', 'professeur', 'docteur', 'maitre', 'avocat', 'chef',
  'prime minister', 'minister', 'chancellor', 'secretary', 'chairman', 'chairwoman', 'chief executive', 'director',
  'judge', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'bishop', 'archbishop', 'lord', 'mp', 'mps',
  'chief', 'executive', 'manager', 'coach', 'captain', 'officer', 'spokesman', 'spokeswoman', 'inspector', 'detective',
]);

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The kind of noise an entity name is, or undefined when it may be an entity. */
export function noiseKind(name: string): NoiseKind | undefined {
  const unaccented = stripAccents(name).replace(/[’]/g, "'").trim();
  const folded = unaccented.toLowerCase();
  const words = folded.split(/[\s\u00a0]+/).filter(Boolean);
  // "10h32", "19H00", "10:30", "20h GMT".
  if (/^\d{1,2}\s?(?:h|:)\s?\d{0,2}(?:\s*gmt)?$/.test(folded) || /^\d{1,2}h\d{2}\b/.test(folded)) return 'time';
  // "1er", "2e", "50ème", "36th", "19th century"; a day and month, a year, a decade.
  if (/^\d+(?:er|re|ere|e|eme|ieme|st|nd|rd|th)$/.test(words[0] ?? '')) return words.length === 1 || words.every((w, i) => i === 0 || /^(?:century|siecle|anniversary)$/.test(w)) ? 'date' : undefined;
  // A weekday or month alone or with day numbers; a weekday glued to a longer name ("Wednesday Mr Straw").
  if (words.every((w) => weekdays.has(w) || months.has(w) || /^\d{1,4}$/.test(w) || w === 'de' || w === 'of')) return 'date';
  if (weekdays.has(words[0]) && words.length >= 3) return 'date';
  // A year or decade, alone or glued to the next sentence's first word ("2014.Cette").
  if (/^(?:1[5-9]|20)\d{2}s?$/.test(folded) || /^\d{4}\.?\p{Lu}/u.test(unaccented)) return 'date';
  // "9.4bn", "110km", "30-year-old", "1.5m", "12%", "$9bn", "€3m": a number with a unit or a lower-case word
  // after it ("3D", "4G" and "V8" are names).
  if (/^[$€£¥]?\s?\d[\d.,\s\u202f]*(?:[%$€£¥]|\p{Ll}[\p{Ll}-]*)?$/u.test(unaccented) || /^\d[\d.,]*-\p{Ll}/u.test(unaccented)) return 'amount';
  if (titles.has(words.join(' ')) || (words.length === 2 && titles.has(words[0]) && titles.has(words[1]))) return 'title';
  return undefined;
}

/** The noise share of a corpus's entities, with the most mentioned examples of each kind. */
export function noiseShare(entities: readonly { name: string; mentions: number }[]) {
  const noisy = entities.map((e) => ({ ...e, noise: noiseKind(e.name) })).filter((e) => e.noise !== undefined);
  const byKind: Record<NoiseKind, number> = { amount: 0, date: 0, time: 0, title: 0 };
  for (const e of noisy) byKind[e.noise!]++;
  const examples = [...noisy].sort((a, b) => b.mentions - a.mentions).slice(0, 12).map((e) => `${e.name} (${e.noise}, ${e.mentions})`);
  return { noisy: noisy.length, total: entities.length, share: noisy.length / Math.max(entities.length, 1), byKind, examples };
}
