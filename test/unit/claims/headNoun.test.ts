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

  it('takes the last word of an English compound noun for the counted noun', () => {
    assert.equal(headOf('The county sent 36 rescue boats to the lake.'), stem('boats', 'en'));
    assert.equal(headOf('A quarter of the 9,000 canal locks need work.'), stem('locks', 'en'));
  });

  it('keeps the unit of one, of a plural, and of a noun before a verb or a function word', () => {
    assert.equal(headOf('The county sent 36 boats to the lake.'), undefined);
    assert.equal(headOf('Only 1 lock needs work.'), undefined);
    assert.equal(headOf('The 36 crew were rescued.'), undefined);
    assert.equal(headOf('Some 36 staff is enough.'), undefined);
  });

  it('keeps the unit when it is a noun, when no noun follows, and in French', () => {
    assert.equal(headOf('The firm hired 45 technicians last year.'), undefined);
    assert.equal(headOf('The firm hired 45 locals.'), undefined);
    assert.equal(headOf('Il y a 45 techniciens locaux.', 'fr'), undefined);
  });
});
