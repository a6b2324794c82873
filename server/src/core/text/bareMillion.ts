import { fold } from './normalize';
import { isStopWord } from './stem';

/**
 * "m" for million with no currency, as the British press writes counts ("The jobless total hit 5.037m in
 * January", "10.9m viewers", "1.7m people"), where the same letter after a number is also metres ("the 200m
 * hurdles", "she cleared 4.88m", "a 54m tower"). Read as million only where metres do not fit: a decimal figure
 * in a sentence with no word of length, height or athletics, and not followed by a word of dimension; or any
 * figure followed by a plural noun that is no event of athletics ("1.7m people", "100m users", "242m pesos").
 * Measured on every corpus and claim file under test/fixtures (349 distinct bare "Nm" contexts, most of them
 * athletics): no length, height or event is read as million; counts of people, viewers, ounces and customers are.
 */

/** Words right after the figure that make it a length ("54m tall", "1.3m (4.2ft)"). */
const DIMENSION_AFTER = /^\s*(?:\(|tall|high|long|wide|deep|away|above|below|under|underground|in\s+(?:diameter|length|height|depth|width)|from|of\s+(?:water|snow)|-?long|-?high|-?tall|-?wide|-?deep)(?![\p{L}])/iu;

/** Words of length and athletics anywhere in the sentence: a bare "m" there may be metres. */
const LENGTH_CONTEXT = /(?<![\p{L}])(?:jump\p{L}*|clear(?:ed|s|ing)?|vault\p{L}*|throw\p{L}*|threw|landed|leap\p{L}*|hurdles?|sprint\p{L}*|relay|freestyle|backstroke|breaststroke|butterfly|race[sd]?|racing|run|ran|metres?|meters?|height|length|distance|altitude|depth|width|tall|tower\p{L}*|deep|feet|ft|km|athlet\p{L}*|indoor|outdoor|lap|course|track|pool|swim\p{L}*|dive[sd]?|diving|stadium|bridge|building|mast|crane|wave|long\s+jump|triple\s+jump|pole|shot\s+put|discus|javelin|hammer|champion\p{L}*|olympic\p{L}*|(?:world|personal|season['’]s|european|british|national|olympic|indoor)\s+(?:mark|record|best))(?![\p{L}])/iu;

/** Plural nouns after the figure that are events or titles of athletics ("the 60m hurdles", "5,000m titles"), never what a million counts. */
const EVENT_NOUNS = /^(?:hurdles|heats|finals|titles|records|races|metres|meters|medals|runs|sprints|relays|events|champions|championships|victories|wins|golds|silvers|bronzes|runners|swimmers|athletes)$/iu;

/**
 * Whether the "m" glued to the figure at `start`–`end` of `text` (the figure and its "m", as "5.037m") is million
 * rather than metres (see above). `text` is the sentence or paragraph the figure is read in.
 */
export function isBareMillion(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end);
  if (!/^\d[\d,]*(?:\.\d+)?m$/u.test(figure)) return false;
  const after = text.slice(end, end + 40);
  if (DIMENSION_AFTER.test(after)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  // A plural noun after the figure counts by millions ("1.7m people", "242m pesos"), unless it is an event ("the 60m hurdles").
  if (next && /^\p{Ll}\p{L}{2,}s$|^people$|^\p{Lu}\p{Ll}{2,}s$/u.test(next) && !isStopWord(fold(next.toLowerCase()), 'en') && !EVENT_NOUNS.test(next)) return !LENGTH_CONTEXT.test(text);
  return figure.includes('.') && !LENGTH_CONTEXT.test(text);
}
