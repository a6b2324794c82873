import type { Token } from '../text/tokenize';
import type { Lang } from '../types';

/** The forms of French « avoir » that make a compound past (« a jugé », « ont délégué », « avait jugé »). Folded. */
const AVOIR = /^(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aura|auront|aurait|auraient|eut|eurent|ayant)$/;

/**
 * Whether the French word at `at` of `tokens` is a past participle after « avoir » (« Paul Kerlan, a jugé
 * que … », « le maire a délégué ses pouvoirs »): folded, it is spelt as a role noun (« juge », « délégué »), but
 * « avoir » right before it makes it a verb; a title takes an article or none there, never the auxiliary. English
 * "a" is an article: French only.
 */
export function isParticipleAfterAvoir(tokens: readonly Token[], at: number, lang: Lang): boolean {
  return lang === 'fr' && at > 0 && tokens[at - 1].kind === 'word' && AVOIR.test(tokens[at - 1].norm);
}
