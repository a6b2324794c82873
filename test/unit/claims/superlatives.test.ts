import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { holdsTheSuperlative, superlativeHolderValue } from '../../../server/src/core/claims/superlatives';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'norlande.md': `---
id: norlande
title: Norlande, un Suédois parmi les victimes de l'avalanche
lang: fr
---

Un ressortissant suédois figure parmi les étrangers tués dans l'avalanche du col de Vardø, ont annoncé lundi les autorités locales. Vardø a attribué la catastrophe au redoux soudain, qui n'avait toutefois pas été prévu.La Norvège, pays étranger le plus touchéParmi les nationalités étrangères touchées, la Norvège paie le tribut le plus lourd avec neuf citoyens tués, suivie de la Finlande avec cinq morts.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('the holder of a superlative', () => {
  it('finds the value of the holder of a superlative the claim writes too', () => {
    const source = 'Latvia won the most gold medals, with eleven titles, followed by Estonia with seven golds.';
    const holder = superlativeHolderValue('Estonia won the most gold medals, with eleven.', source, parseQuantities(source, 'en'));
    assert.equal(holder?.value, 11);
    assert.equal(superlativeHolderValue('Estonia won seven gold medals.', source, parseQuantities(source, 'en')), undefined);
  });

  it('leaves the other kinds of values of the sentence compared', () => {
    const source = 'In 2004 Latvia won the most gold medals, with eleven titles, followed by Estonia with seven golds.';
    const claim = 'In 2006 Latvia won the most gold medals.';
    const sourceQuantities = parseQuantities(source, 'en');
    const year = sourceQuantities.find((q) => q.kind === 'year')!;
    assert.ok(holdsTheSuperlative(claim, parseQuantities(claim, 'en')[0], source, year, sourceQuantities));
  });

  it('never fixes the holder\'s value with the value of the one that follows it', () => {
    const verdict = check('Parmi les étrangers tués, c’est la Finlande qui paie le tribut le plus lourd, avec neuf morts.', 'fr');
    assert.notEqual(verdict.conflict?.sourceQuantity?.value, 5, JSON.stringify(verdict.conflict));
  });
});
