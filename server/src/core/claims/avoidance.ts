import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * Words that say "not" without a negation: to escape, avoid, be exempt from or spared, to lack, to fail, to keep quiet
 * about, omit or conceal, to deny (« Les jets privés échappent au contrôle obligatoire », "Small hauliers are exempt
 * from inspection", « sa déclaration taisait qu'il siégeait » for « n'a pas précisé qu'il siégeait », "X denied that Y
 * had any part" for "X said Y played no part"). Folded word beginnings; the verbs of denial as whole words (« nie »,
 * « dément », "denied": not « nièce »).
 */
const AVOIDANCE = {
  fr: /^(?:echapp|evit|exempt|dispens|epargn|soustrai|soustray|manqu|faute|absence|depourvu|exonere|exoner|contourn|esquiv|sans|tai[rst]|omet|omis|omiss|dissimul|occult|ni(?:e|es|ent|er|ait|aient|ant|ee|ees)$|dementi?(?:r|s|t|ent|ait)?$)/,
  en: /^(?:escap|avoid|exempt|spare|spared|lack|fail|evad|skip|dodg|bypass|without|absence|omit|omission|conceal|withh|deni(?:ed|es|al)$|deny(?:ing)?$)/,
};

/**
 * Whether a claim says a negative in other words, with a verb or word of avoidance (« échappent au contrôle
 * obligatoire » says « le contrôle n'est pas obligatoire »): a passage's negation is then no sure opposite of it,
 * nor is a passage without one a sure support. Only the claim's words are read: whether its avoidance bears on the
 * passage's negated word is not known, so the pair is left unsure (unsupported).
 */
export function saysNotInOtherWords(claimText: string, lang: Lang): boolean {
  return tokenize(claimText).some((t) => t.kind === 'word' && AVOIDANCE[lang].test(fold(t.norm)));
}
