import assert from 'node:assert/strict';
import { findAlignedNameConflict } from '../../../server/src/core/claims/alignedName';
import { classPhraseStart } from '../../../server/src/core/claims/classPhrase';
import { sameThing } from '../../../server/src/core/claims/frameSlot';
import { tokenize } from '../../../server/src/core/text/tokenize';
import type { Lang } from '../../../server/src/core/types';

/** The class phrase before `name` in `text`, as written, or undefined. */
function phraseBefore(text: string, name: string): string | undefined {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => t.text === name);
  const head = classPhraseStart(text, tokens, first);
  return head === undefined ? undefined : text.slice(tokens[head].start, tokens[first].end);
}

describe('the class phrase before a name (classPhrase.ts)', () => {
  it('reads a class noun with its determiner, modifiers and complements, and a place noun with « de » or "of"', () => {
    assert.equal(phraseBefore('Il a été payé par la coopérative laitière Valfleuri.', 'Valfleuri'), 'la coopérative laitière Valfleuri');
    assert.equal(phraseBefore('Elle a parlé à la radio régionale Ondes Sud.', 'Ondes'), 'la radio régionale Ondes');
    assert.equal(phraseBefore('He spoke for the shipping firm Dawes, on Friday.', 'Dawes'), 'the shipping firm Dawes');
    assert.equal(phraseBefore("Le bruit a été entendu jusque sur l'île de Groix.", 'Groix'), "l'île de Groix");
    assert.equal(phraseBefore('It was heard as far as the town of Kelso.', 'Kelso'), 'the town of Kelso');
  });

  it('reads none before a complement of a noun that names no place, a title, or a bare name', () => {
    assert.equal(phraseBefore("Il est détenu à la maison d'arrêt de Vesoul.", 'Vesoul'), undefined);
    assert.equal(phraseBefore('Le maire de Vesoul a parlé.', 'Vesoul'), undefined);
    assert.equal(phraseBefore('Il a parlé à Vesoul.', 'Vesoul'), undefined);
  });
});

/** A passage as alignedName.ts reads it: aligned with the claim, tied to its story, `name` the claim's one name it does not write. */
function passageFor(claimText: string, name: string, text: string, lang: Lang) {
  const at = claimText.indexOf(name);
  return { text, lang, coverage: 0.8, uncovered: [{ start: at, end: at + name.length }], named: [], tied: true, aligned: true };
}

describe('another name after a class phrase, where the claim’s name stands (classPhrase.ts, alignedName.ts)', () => {
  it('aligns a name by the words before its class phrase', () => {
    const claimText = 'Payé depuis mars 2019 par la Sodimer, il a rendu les sommes.';
    const found = findAlignedNameConflict(claimText, 'fr', [passageFor(claimText, 'Sodimer', 'Payé depuis mars 2019 par la coopérative laitière Valfleuri, Paul Martin va rendre les sommes.', 'fr')], () => undefined);
    assert.equal(found?.source.text, 'Valfleuri');
  });

  it('reads a name after a place noun and « de » as that place, not as a complement left open', () => {
    const claimText = "Le bruit a été entendu jusqu'à Vannes, à plus de 40 kilomètres.";
    const found = findAlignedNameConflict(claimText, 'fr', [passageFor(claimText, 'Vannes', "L'explosion, dont le bruit a été entendu jusque sur l'île de Groix, à plus de 40 kilomètres de là, a réveillé le port.", 'fr')], () => undefined);
    assert.equal(found?.source.text, 'Groix');
  });
});

describe('names of two kinds in one slot (frameSlot.ts sameThing)', () => {
  const kinds: Record<string, string> = { Sodimer: 'other', SDM: 'acronym', Valfleuri: 'organization', 'Paul Martin': 'person', Vesoul: 'place' };
  const kindOf = (name: string) => kinds[name];

  it('compares a name of an unresolved kind (acronym, other) with a body’s name or another unresolved one', () => {
    assert.equal(sameThing('Sodimer', 'Valfleuri', kindOf), false);
    assert.equal(sameThing('Sodimer', 'SDM', kindOf), false);
  });

  it('does not compare a person with anything else, nor two resolved kinds that differ', () => {
    assert.equal(sameThing('Sodimer', 'Paul Martin', kindOf), true);
    assert.equal(sameThing('Valfleuri', 'Vesoul', kindOf), true);
  });
});
