import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfAnotherItem } from '../../../server/src/core/claims/itemHolders';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** What {@link valueOfAnotherItem} says of the source value equal to the claim's first value. */
function binding(claim: string, source: string, lang: 'fr' | 'en') {
  const claimQuantities = parseQuantities(claim, lang);
  const value = claimQuantities[0];
  const quantities = parseQuantities(source, lang);
  const equal = quantities.find((s) => s.kind === value.kind && s.value === value.value)!;
  return valueOfAnotherItem({ text: claim, lang, quantities: claimQuantities, value }, { text: source, lang, quantities, value: equal });
}

const kettles = 'The Brevo kettle comes in two sizes - one holding 1 litre of water for $40 and a larger one holding 2 litres of water for $65 - and ships in May.';

describe('a value bound to its list item by the words of the item', () => {
  it('binds a value to another item when the claim writes the words that tell that item apart', () => {
    assert.deepEqual(binding('The larger Brevo kettle costs $40.', kettles, 'en')?.ownValues.map((q) => q.value), [65]);
    assert.equal(binding('The smaller Brevo kettle costs $40.', kettles, 'en'), undefined);
    assert.equal(binding('The larger Brevo kettle costs $65.', kettles, 'en'), undefined);
  });

  it('binds in French items set against each other with « contre », hyphenated words included', () => {
    const source = "En 2021, la part des routes dégradées atteignait 9 % dans les communes rurales, contre 2 % dans les communes urbaines.";
    assert.deepEqual(binding('Dans les communes rurales, la part des routes dégradées atteignait 2 %.', source, 'fr')?.ownValues.map((q) => q.value), [9]);
    assert.equal(binding('Dans les communes urbaines, la part des routes dégradées atteignait 2 %.', source, 'fr'), undefined);
    const compound = 'Le modèle grand-format est vendu 80 euros, et le modèle de poche est vendu 50 euros.';
    assert.deepEqual(binding('Le modèle de poche est vendu 80 euros.', compound, 'fr')?.ownValues.map((q) => q.value), [50]);
    // A word of the claim that only the value's item writes may be the verb of the whole list: the value stays there.
    const elided = 'Le modèle grand-format coûte 80 euros, contre 50 euros pour le modèle de poche.';
    assert.equal(binding('Le modèle de poche coûte 80 euros.', elided, 'fr'), undefined);
  });

  it('leaves the value to its item when the claim fronts that item\'s holder, or the items share no word', () => {
    const parts = 'The total burned reached 900 tonnes, including 600 tonnes of fuel at the Orvel depot and 300 tonnes of grain at the Kesby silo.';
    assert.equal(binding('At the Kesby silo, 300 tonnes of grain burned.', parts, 'en'), undefined);
    const unlike = "Harlow's revenue rose to $5bn, and Dunmore's to $3bn.";
    assert.equal(binding("Dunmore's revenue rose to $3bn.", unlike, 'en'), undefined);
  });

  it('binds each value of a claim that is a list itself by its own item (two values swapped)', () => {
    const source = 'Sales of tea rose 3% in spring, and sales of coffee rose 5% in spring.';
    assert.deepEqual(binding('Sales of tea rose 5% in spring, and sales of coffee rose 3% in spring.', source, 'en')?.ownValues.map((q) => q.value), [3]);
    assert.equal(binding('Sales of tea rose 3% in spring, and sales of coffee rose 5% in spring.', source, 'en'), undefined);
  });

  it('binds what a parenthesis gives to the item before it, unless the parenthesis lists values of its own', () => {
    const prices = 'The Orvik kettle costs £30 (in Britain) and the Orvik kettle costs £45 (in Ireland).';
    assert.deepEqual(binding('In Ireland, the Orvik kettle costs £30.', prices, 'en')?.ownValues.map((q) => q.value), [45]);
    assert.equal(binding('In Britain, the Orvik kettle costs £30.', prices, 'en'), undefined);
    const respectively = "Le fret atteindra 30 % du trafic en 2040, avec 20 % de trafic fluvial dès 2030 (contre 12 % et 8 % respectivement en 2019).";
    assert.equal(binding('En 2019, le fret représentait 12 % du trafic et le trafic fluvial 8 %.', respectively, 'fr'), undefined);
  });

  it('reads no binding for a time, nor across languages', () => {
    const years = 'The bridge opened in 1998, and the tunnel opened in 2004.';
    assert.equal(binding('The tunnel opened in 1998.', years, 'en'), undefined);
    const claim = 'The larger Brevo kettle costs $40.';
    const claimQuantities = parseQuantities(claim, 'en');
    const quantities = parseQuantities(kettles, 'en');
    assert.equal(valueOfAnotherItem({ text: claim, lang: 'en', quantities: claimQuantities, value: claimQuantities[0] }, { text: kettles, lang: 'fr', quantities, value: quantities.find((q) => q.value === 40)! }), undefined);
  });

  it('contradicts a claim that gives one item the value of another, with that item\'s own value as the fix', () => {
    const index = indexOf({
      'brevo.md': `---
id: brevo
title: Brevo launches its kettles
lang: en
---

Brevo launched its first kettles on Monday. ${kettles} The company expects to sell 20,000 units this year.
`,
    });
    const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);
    const verdict = check('The larger Brevo kettle costs $40.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 65);
    assert.equal(check('The Brevo kettle holding 1 litre of water costs $40.').label, 'supported');
    assert.equal(check('The larger Brevo kettle costs $65.').label, 'supported');
  });
});
