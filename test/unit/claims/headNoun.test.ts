import assert from 'node:assert/strict';
import { countOfHeadNoun } from '../../../server/src/core/claims/headNoun';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { stem } from '../../../server/src/core/text/stem';

const headOf = (text: string, lang: 'en' | 'fr' = 'en') => {
  const q = parseQuantities(text, lang).find((x) => x.kind === 'number')!;
  return countOfHeadNoun(text, q, lang)?.unit;
};

describe('countOfHeadNoun', () => {
  it('steps over an English adjective before the counted noun', () => {
    assert.equal(headOf('About 2,300 anti-war marchers crossed the bridge.'), stem('marchers', 'en'));
    assert.equal(headOf('The firm hired 45 local technicians.'), stem('technicians', 'en'));
    assert.equal(headOf('The orchard employs 120 seasonal pickers.'), stem('pickers', 'en'));
  });

  it('keeps the unit when it is a noun, when no noun follows, and in French', () => {
    assert.equal(headOf('The firm hired 45 technicians last year.'), undefined);
    assert.equal(headOf('The firm hired 45 locals.'), undefined);
    assert.equal(headOf('Il y a 45 techniciens locaux.', 'fr'), undefined);
  });
});
