import type { Token } from '../text/tokenize';

/** The forms of French « avoir » that make a compound past (« a », « ont », « avait », « aurait »…), folded. */
const AVOIR = new Set('a ai as avons avez ont avait avais avions aviez avaient aura auras aurons aurez auront aurait aurais aurions auriez auraient'.split(' '));

/** Adverbs that stand between « avoir » and its participle (« a aussi jugé », « n'a pas jugé »), folded. */
const BETWEEN = new Set('aussi deja bien encore egalement notamment pourtant toutefois ensuite alors meme pas jamais plutot donc'.split(' '));

/**
 * Whether the word at `h` is a French past participle after a form of « avoir » (« a jugé », « ont aussi jugé »):
 * a verb, not the title its folded form writes (« juge »), so no role mention. Only a word written with its final
 * « é » (« jugé », « jugée(s) »): a title after « a été » (« a été député ») is not read here. `tokens` are those of
 * text/tokenize (symbols removed or not) of French text (English "a protégé" is a noun after an article).
 */
export function isParticipleAfterAvoir(tokens: readonly Token[], h: number): boolean {
  if (!/é(?:e?s?)$/u.test(tokens[h].text.toLowerCase())) return false;
  let before = h - 1;
  while (before >= 0 && before >= h - 2 && tokens[before].kind === 'word' && BETWEEN.has(tokens[before].norm)) before--;
  return before >= 0 && tokens[before].kind === 'word' && AVOIR.has(tokens[before].norm);
}
