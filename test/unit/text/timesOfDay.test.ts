import assert from 'node:assert/strict';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from '../claims/helpers';

const times = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang).map((q) => [q.raw, q.value]);

describe('times of day a figure alone does not give', () => {
  it('reads a French hour with its part of the day on the 24-hour clock', () => {
    assert.deepEqual(times("La fanfare a joué à quatre heures de l'après-midi.", 'fr'), [["quatre heures de l'après-midi", 16]]);
    assert.deepEqual(times('Le bal a fermé à 11 heures du soir.', 'fr'), [['11 heures du soir', 23]]);
    assert.deepEqual(times('Le bal a fermé à 9h15 du soir.', 'fr'), [['9h15 du soir', 21.25]]);
  });

  it('leaves a morning hour as read, its words after it', () => {
    assert.deepEqual(times('Le car part à 6 heures du matin.', 'fr'), [['6 heures', 6]]);
  });

  it('leaves an hour past 12, or 12 before the evening, as read', () => {
    assert.deepEqual(times('Le bal a fermé à 22h du soir.', 'fr'), [['22h', 22]]);
    assert.deepEqual(times('Le bal a fermé à 12 heures du soir.', 'fr'), [['12 heures', 12]]);
  });

  it('reads an English hour with its meridiem or its part of the day', () => {
    assert.deepEqual(times('The ferry left at 4pm and docked at 11.45 p.m. on Friday.', 'en'), [['4pm', 16], ['11.45 p.m', 23.75]]);
    assert.deepEqual(times('The ferry left at 12am.', 'en'), [['12am', 0]]);
    assert.deepEqual(times('The ferry left at four in the afternoon.', 'en'), [['four in the afternoon', 16]]);
    assert.deepEqual(times('The ferry carried four in the afternoon.', 'en').map(([raw]) => raw), ['four']);
  });

  it('reads a 24-hour time in four digits before a time zone, not as a count', () => {
    assert.deepEqual(times('The ferry left at 0600 GMT and docked at 2145 UTC.', 'en'), [['0600', 6], ['2145', 21.75]]);
    assert.deepEqual(times('The ferry was built in 1996 in Oslo.', 'en'), [['1996', 1996]]);
  });

  it('reads noon in words after a word that places a fact at it, not the south of France', () => {
    assert.deepEqual(times('La digue a cédé vers midi.', 'fr'), [['midi', 12]]);
    assert.deepEqual(times('The ferry left at noon.', 'en'), [['noon', 12]]);
    assert.deepEqual(times('Il habite dans le Midi depuis 2010.', 'fr').map(([raw]) => raw), ['2010']);
  });
});

describe('a time of the 12-hour clock checked against a passage', () => {
  const index = indexOf({
    'bal.md': `---\nid: bal\ntitle: Le bal de Vassy\nlang: fr\ndate: 2021-03-02\n---\n\nÀ 16h, le bal de Vassy a accueilli ses premiers danseurs sur la place du marché.\n`,
    'ferry.md': `---\nid: ferry\ntitle: Ferry docks late\nlang: en\ndate: 2021-03-02\n---\n\nThe Orkney ferry Hamnavoe docked in Stromness at 0300 GMT on Friday after a nine-hour delay.\n`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

  it('is the time the passage writes on the 24-hour clock, neither contradicted nor fixed to a figure of 24 hours', () => {
    assert.equal(check("À quatre heures de l'après-midi, le bal de Vassy a accueilli ses premiers danseurs sur la place du marché.", 'fr').label, 'supported');
    assert.equal(check('À 4 heures du soir, le bal de Vassy a accueilli ses premiers danseurs sur la place du marché.', 'fr').label, 'supported');
    assert.equal(check('The Orkney ferry Hamnavoe docked in Stromness at 3am GMT on Friday after a nine-hour delay.', 'en').label, 'supported');
  });

  it('fixes a wrong time with the source’s expression in place of the whole time, the leading zero kept', () => {
    const fixed = (claim: string, lang: 'fr' | 'en') => {
      const [finding] = findingsOf(checkDraft(parseMarkdown(`${claim}\n`), index, { language: lang })!, index);
      assert.equal(finding?.code, 'contradicted-claim', claim);
      return finding.fixes.map((f) => claim.slice(0, f.span.start) + f.newText + claim.slice(f.span.end));
    };
    assert.deepEqual(fixed("À cinq heures de l'après-midi, le bal de Vassy a accueilli ses premiers danseurs sur la place du marché.", 'fr'), [
      'À 16h, le bal de Vassy a accueilli ses premiers danseurs sur la place du marché.',
    ]);
    assert.deepEqual(fixed('The Orkney ferry Hamnavoe docked in Stromness at 0400 GMT on Friday after a nine-hour delay.', 'en'), [
      'The Orkney ferry Hamnavoe docked in Stromness at 0300 GMT on Friday after a nine-hour delay.',
    ]);
  });
});

describe('a morning hour checked against a passage', () => {
  const index = indexOf({
    'digue.md': `---\nid: digue\ntitle: La digue de Vassy\nlang: fr\ndate: 2021-03-02\n---\n\nVers 02H00, les pompiers de Vassy ont réalisé 30 interventions en une heure sur la commune.\n`,
  });

  it('is contradicted by the passage’s other hour, as the hour alone is', () => {
    const claim = 'Vers 4h du matin, les pompiers de Vassy ont réalisé 30 interventions en une heure sur la commune.';
    assert.equal(checkClaim(claim, analyzeClaim(claim, 'fr', index.names), index).label, 'contradicted');
  });
});

describe('a fix of a time written with its part of the day', () => {
  const index = indexOf({
    'phare.md': `---\nid: phare\ntitle: Le phare de Vassy\nlang: fr\ndate: 2021-03-02\n---\n\nLe gardien du phare de Vassy a allumé la lanterne vers 21h00 le soir de la tempête.\n`,
    'quai.md': `---\nid: quai\ntitle: Le quai de Vassy\nlang: fr\ndate: 2021-03-02\n---\n\nLe chalutier Saint-Yves a accosté au quai de Vassy à 4h15 du matin après la tempête.\n`,
  });
  const fixed = (claim: string) => {
    const [finding] = findingsOf(checkDraft(parseMarkdown(`${claim}\n`), index, { language: 'fr' })!, index);
    assert.equal(finding?.code, 'contradicted-claim', claim);
    return finding.fixes.map((f) => claim.slice(0, f.span.start) + f.newText + claim.slice(f.span.end));
  };

  it('replaces the claim’s part of the day with its time, leaving none that contradicts the written figure', () => {
    assert.deepEqual(fixed('Le gardien du phare de Vassy a allumé la lanterne vers 7 heures du matin le soir de la tempête.'), [
      'Le gardien du phare de Vassy a allumé la lanterne vers 21h00 le soir de la tempête.',
    ]);
  });

  it('writes the source’s part of the day with its time', () => {
    assert.deepEqual(fixed('Le chalutier Saint-Yves a accosté au quai de Vassy à 4 h 15 du soir après la tempête.'), [
      'Le chalutier Saint-Yves a accosté au quai de Vassy à 4h15 du matin après la tempête.',
    ]);
  });
});
