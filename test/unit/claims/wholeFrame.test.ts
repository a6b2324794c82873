import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const header = (id: string, title: string) => `---\nid: ${id}\ntitle: ${title}\nlang: en\ndate: 2023-01-09\n---\n\n`;

const one = indexOf({
  'race.md': `${header('race', 'Marathon day ends in chaos')}In Suffolk, stewards closed two roads before the start.\n\nOne elderly spectator was taken to hospital after a heavy fall near the finish line in Norfolk.\n`,
});
const two = indexOf({
  'race.md': `${header('race', 'Marathon day ends in chaos')}In Suffolk, stewards closed two roads before the start.\n\nOne elderly spectator was taken to hospital after a heavy fall near the finish line in Norfolk.\n\nOne elderly spectator was taken to hospital after a heavy fall near the finish line in Essex.\n`,
});

const check = (index: ReturnType<typeof indexOf>, text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);

describe('a claim with one name whose whole frame a passage writes', () => {
  it('is compared with the name the passage writes in its slot', () => {
    const v = check(one, 'One elderly spectator was taken to hospital after a heavy fall near the finish line in Suffolk.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Norfolk');
  });

  it('is not contradicted where two passages write the frame with two other names, nor where one writes the claim’s', () => {
    assert.notEqual(check(two, 'One elderly spectator was taken to hospital after a heavy fall near the finish line in Suffolk.').label, 'contradicted');
    assert.notEqual(check(two, 'One elderly spectator was taken to hospital after a heavy fall near the finish line in Essex.').label, 'contradicted');
  });
});
