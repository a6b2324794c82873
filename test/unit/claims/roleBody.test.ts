import assert from 'node:assert/strict';
import { possessorBody, roleBodyMismatch } from '../../../server/src/core/claims/roleBody';

describe('a fix for the body of a role', () => {
  it('tells a name that is the body of a role from one that is not', () => {
    const claim = 'Erik Sandvik, the Poland coach, praised his side.';
    const source = 'They gave their coach Erik Sandvik a first Baltic Cup victory.';
    assert.equal(roleBodyMismatch(claim, claim.indexOf('Poland'), claim.indexOf('Poland') + 6, source, source.indexOf('Baltic Cup'), 'Baltic Cup'), true);
    const source2 = 'The Latvia coach Erik Sandvik praised his side.';
    assert.equal(roleBodyMismatch(claim, claim.indexOf('Poland'), claim.indexOf('Poland') + 6, source2, source2.indexOf('Latvia'), 'Latvia'), false);
    const plain = 'Erik Sandvik praised Poland.';
    assert.equal(roleBodyMismatch(plain, plain.indexOf('Poland'), plain.indexOf('Poland') + 6, source, source.indexOf('Baltic Cup'), 'Baltic Cup'), false);
  });

  it('reads the body a passage gives a role through a possessive, and only when its clause names it alone', () => {
    const isPerson = (w: string) => w === 'Erik' || w === 'Sandvik';
    assert.equal(possessorBody('Latvia hope to give their coach Erik Sandvik a first Baltic Cup victory when Poland visit.', 'coach', isPerson), 'Latvia');
    assert.equal(possessorBody('After the draw, the Latvians hope to give their coach Erik Sandvik a first title.', 'coach', isPerson), undefined);
    assert.equal(possessorBody('Latvia and Poland will give their coach Erik Sandvik a new deal.', 'coach', isPerson), undefined);
    assert.equal(possessorBody('Latvia hope to give their coach a first Baltic Cup victory.', 'coach', isPerson), undefined);
  });
});
