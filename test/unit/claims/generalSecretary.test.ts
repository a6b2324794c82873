import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { isGeneralSecretary } from '../../../server/src/core/claims/generalSecretary';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { indexOf } from './helpers';

const corpus = (sentence: string) =>
  indexOf({
    'rail.md': `---
id: rail
title: Norland's rail pensions
lang: en
---

The government announced changes to rail workers' pensions on Monday.

${sentence}
`,
  });
const check = (sentence: string, claim: string) => {
  const index = corpus(sentence);
  return checkClaim(claim, analyzeClaim(claim, 'en', index.names), index).label;
};
const general = (text: string, lang: 'fr' | 'en') => roleMentions(text, lang).map((m) => isGeneralSecretary(m, text));

describe('a general secretary is no minister', () => {
  it('reads « secrétaire général », "general secretary", "secretary general", not "Home Secretary"', () => {
    assert.deepEqual(general('le secrétaire général du syndicat, Paul Roy, a dit', 'fr'), [true]);
    assert.deepEqual(general('said general secretary of the rail union Tom Vale.', 'en'), [true]);
    assert.deepEqual(general('said Tom Vale, secretary general of the league.', 'en'), [true]);
    assert.deepEqual(general('said transport secretary Tom Vale.', 'en'), [false]);
  });

  it('contradicts a claim that makes a union’s general secretary a minister, not one that gives the general secretary’s title', () => {
    const source = 'But general secretary of the rail union Railco Tom Vale criticised the changes to rail pensions.';
    assert.equal(check(source, 'Tom Vale, the transport minister, criticised the changes to rail pensions.'), 'contradicted');
    assert.notEqual(check(source, 'Tom Vale, general secretary of Railco, criticised the changes to rail pensions.'), 'contradicted');
  });
});
