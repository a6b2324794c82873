import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { modifiedNouns } from '../../../server/src/core/claims/otherModifier';
import { indexOf } from './helpers';

/** Invented articles that write nouns with a word telling which one: a side, a kind of injury, a title, a part of a town. */
const en = indexOf({
  'regatta.md': `---
id: regatta
title: Brennan out of the Lakeside regatta
lang: en
---

Nora Brennan has pulled out of the Lakeside regatta because of injury.

The organisers said the rower has a problem with her right wrist.

Tomas Egan retired from the final with a knee injury after two laps.

Lakeside assistant coach Ivo Marsh said the crew would race again in May.

Ivo Marsh said the crew would be hard to beat in May.

Planning Minister Ada Kerr has offered the club help with its boathouse, but not for free.

Economy Minister Rob Lane said the council would not pay for the boathouse.

Owen Pike retired from the semi-final with a broken oar.

Lisa Hart will miss the semi-final with a hamstring strain.
`,
});

const fr = indexOf({
  'orage.md': `---
id: orage
title: Orage sur Valmont
lang: fr
---

La grêle a endommagé une école de Valmont et une salle des fêtes.

L'une des deux s'est effondrée dans la zone nord de la commune, près de la gare.

Claire, la fille du maire, a confirmé l'évacuation par SMS à l'agence Ouest Presse.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('another modifier of the same noun (otherModifier)', () => {
  it('reads modifier–noun pairs that open a noun phrase, in English and in French', () => {
    assert.deepEqual(
      modifiedNouns('The rower has a problem with her left wrist.', 'en').map((p) => [p.modifier.text, p.noun]),
      [
        ['left', 'wrist'],
        ['left', 'with:problem'],
      ],
    );
    assert.deepEqual(
      modifiedNouns('Kestrel right-back Tom Vale scored.', 'en').map((p) => [p.modifier.text, p.noun]),
      [['right', 'back']],
    );
    assert.deepEqual(
      modifiedNouns("L'école est dans la zone sud de la commune.", 'fr').map((p) => [p.modifier.text, p.noun]),
      [['sud', 'zon']],
    );
    // A title written capitalised before a name keeps the name: only the same name's title is compared.
    assert.deepEqual(
      modifiedNouns('Transport Minister Ada Kerr opened the line.', 'en').map((p) => [p.modifier.text, p.noun, p.name]),
      [['Transport', 'minist', 'ada']],
    );
    // A subject and its verb are no noun phrase ("Baikal passed control"), nor a noun and the verb after it.
    assert.deepEqual(modifiedNouns('Harwell passed control of the mine to Orvane.', 'en'), []);
  });

  it('leaves unsupported a claim whose side of the body the passage gives as the other one', () => {
    const v = checkEn("Brennan's injury problem is with her left wrist.");
    assert.equal(v.label, 'unsupported');
    assert.equal(checkEn("Brennan's injury problem is with her right wrist.").label, 'supported');
  });

  it('leaves unsupported a claim that gives an injury of another kind than the passage', () => {
    assert.equal(checkEn('Tomas Egan retired from the final with an ankle injury after two laps.').label, 'unsupported');
    assert.equal(checkEn('Tomas Egan retired from the final with a knee injury after two laps.').label, 'supported');
  });

  it('never calls supported a title the passage gives the name with another word before the same noun', () => {
    // "Assistant" makes another office (subordinateTitle.ts): the claim's "head coach" is then contradicted, with the source's title as its fix.
    const head = checkEn('Lakeside head coach Ivo Marsh said the crew would be hard to beat in May.');
    assert.notEqual(head.label, 'supported');
    if (head.label === 'contradicted') assert.equal(head.conflict?.sourceText, 'Lakeside assistant coach');
    assert.equal(checkEn('Lakeside assistant coach Ivo Marsh said the crew would be hard to beat in May.').label, 'supported');
  });

  it('leaves unsupported a capitalised title the passage writes with another word before the same name', () => {
    assert.notEqual(checkEn('Economy Minister Ada Kerr has offered the club help with its boathouse, but not for free.').label, 'supported');
    assert.equal(checkEn('Planning Minister Ada Kerr has offered the club help with its boathouse, but not for free.').label, 'supported');
  });

  it('leaves unsupported a complement after "with" that the passage gives as another, though another name has the claim’s', () => {
    assert.equal(checkEn('Owen Pike retired from the semi-final with a hamstring strain.').label, 'unsupported');
    assert.equal(checkEn('Owen Pike retired from the semi-final with a broken oar.').label, 'supported');
  });

  it('leaves unsupported a French noun whose adjective after it the passage gives as another one', () => {
    assert.equal(checkFr("L'une des deux s'est effondrée dans la zone sud de la commune, près de la gare.").label, 'unsupported');
    assert.equal(checkFr("L'une des deux s'est effondrée dans la zone nord de la commune, près de la gare.").label, 'supported');
  });

  it('leaves unsupported a means the passage gives as another one (« par téléphone », « par SMS »)', () => {
    assert.deepEqual(
      modifiedNouns("Elle l'a confirmé par SMS, puis interpellé par la police.", 'fr').map((p) => [p.modifier.text, p.noun]),
      [['SMS', 'par:']],
    );
    assert.equal(checkFr("Claire, la fille du maire, a confirmé l'évacuation par téléphone à l'agence Ouest Presse.").label, 'unsupported');
    assert.equal(checkFr("Claire, la fille du maire, a confirmé l'évacuation par SMS à l'agence Ouest Presse.").label, 'supported');
  });

  it('keeps a claim whose modifier a support writes, though another passage writes the noun with another', () => {
    // "wrist" is stated by the passage on her right wrist; "a knee injury" is Egan's.
    assert.equal(checkEn('Nora Brennan has pulled out of the Lakeside regatta because of a wrist injury.').label, 'supported');
  });
});
