import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'rowing.md': `---
id: rowing
title: Rowing body trims junior grants
lang: en
date: 2021-04-12
---

The European Rowing Federation is to cut its grant for junior crews from 12% to 7% of its budget, a Lisbon newspaper reported.

The ERF will also review its coaching scheme next year.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('an acronym against its own expansion', () => {
  it('does not contradict a claim that names by its acronym the body the source spells out', () => {
    const v = checkEn('The ERF is to cut its grant for junior crews from 12% to 7% of its budget.');
    assert.notEqual(v.label, 'contradicted');
  });

  it('still contradicts another body in the slot', () => {
    const v = checkEn('The ECB is to cut its grant for junior crews from 12% to 7% of its budget.');
    assert.notEqual(v.label, 'supported');
  });
});
