import assert from 'node:assert/strict';
import { roleBodyMismatch } from '../../../server/src/core/claims/roleBody';

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
});
