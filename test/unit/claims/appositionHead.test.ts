import assert from 'node:assert/strict';
import { findAlignedNameConflict } from '../../../server/src/core/claims/alignedName';
import { appositionHead } from '../../../server/src/core/claims/appositionHead';
import { stem } from '../../../server/src/core/text/stem';
import type { Lang } from '../../../server/src/core/types';

const headOf = (text: string, name: string, lang: Lang) => appositionHead(text, text.indexOf(name), text.indexOf(name) + name.length, lang);

describe('the head noun of a name’s apposition (appositionHead.ts)', () => {
  it('reads the head on either side of the name, past a form of address', () => {
    assert.equal(headOf('Son avocat, Me Paul Roux, a plaidé la relaxe.', 'Paul Roux', 'fr'), stem('avocat', 'fr'));
    assert.equal(headOf("Me Jean Vidal, l'avocat de la famille, a plaidé la relaxe.", 'Jean Vidal', 'fr'), stem('avocat', 'fr'));
    assert.equal(headOf('Tom Reed, the founder of the firm, said it would close.', 'Tom Reed', 'en'), stem('founder', 'en'));
  });

  it('reads none for a name in no apposition', () => {
    assert.equal(headOf('Paul Roux a plaidé la relaxe.', 'Paul Roux', 'fr'), undefined);
    assert.equal(headOf('Il a vu Paul Roux, puis il est parti.', 'Paul Roux', 'fr'), undefined);
  });
});

/** A passage as alignedName.ts reads it: aligned with the claim, tied to its story, `name` the claim's one name it does not write. */
function passageFor(claimText: string, name: string, text: string, article: string) {
  const at = claimText.indexOf(name);
  const uncovered = [...name.matchAll(/\S+/g)].map((m) => ({ start: at + m.index, end: at + m.index + m[0].length }));
  return { text, lang: 'fr' as const, coverage: 0.8, uncovered, named: [], tied: true, aligned: true, article };
}

describe('another name in the same apposition, where the claim’s name stands (appositionHead.ts, alignedName.ts)', () => {
  const claimText = 'Son avocat, Me Paul Roux, a promis de contester toutes les saisies qui viseraient ses comptes.';
  const text = "Me Jean Vidal, l'avocat de Marc Ferrand, a annoncé qu'il contestera toutes les saisies qui viseront les comptes de son client.";

  it('sets the passage’s name against the claim’s when both stand in an apposition of the same head', () => {
    const found = findAlignedNameConflict(claimText, 'fr', [passageFor(claimText, 'Paul Roux', text, text)], () => undefined);
    assert.equal(found?.source.text, 'Jean Vidal');
  });

  it('does not when the passage’s article writes the claim’s name, or is not known', () => {
    const article = `${text} Me Paul Roux, l'avocat de la banque, n'a pas réagi.`;
    assert.equal(findAlignedNameConflict(claimText, 'fr', [passageFor(claimText, 'Paul Roux', text, article)], () => undefined), undefined);
    const unknown = { ...passageFor(claimText, 'Paul Roux', text, text), article: undefined };
    assert.equal(findAlignedNameConflict(claimText, 'fr', [unknown], () => undefined), undefined);
  });
});
