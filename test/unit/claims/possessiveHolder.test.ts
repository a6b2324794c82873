import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { possessorsOf } from '../../../server/src/core/claims/possessiveHolder';
import { indexOf } from './helpers';

const en = indexOf({
  'dairies.md': `---
id: dairies
title: Dairy results
lang: en
date: 2011-03-02
---

Norwegian dairy Vestmo suffered a 4% fall in profits in the last quarter. Tolvik's net income fell 44% over the same period.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('a figure of another holder', () => {
  it('reads possessors', () => {
    assert.deepEqual(possessorsOf("Analysts said Tolvik's net income fell 44%.").map((p) => p.name), ['Tolvik']);
  });

  it('does not support a claim of one holder by the next sentence, which gives the figure to another possessor', () => {
    assert.notEqual(checkEn("Vestmo's profits fell 44%.").label, 'supported');
  });

  it('does not support two holders given each other’s figures', () => {
    assert.notEqual(checkEn("Tolvik's net income dropped 4% while Vestmo's fell 44%.").label, 'supported');
  });

  it('still supports each holder with its own figure', () => {
    assert.equal(checkEn("Vestmo's profits fell 4%.").label, 'supported');
    assert.equal(checkEn("Tolvik's net income fell 44%.").label, 'supported');
    assert.equal(checkEn("Tolvik's net income fell 44% while Vestmo's profits dropped 4%.").label, 'supported');
  });
});
