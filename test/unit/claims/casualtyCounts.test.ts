import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim, type VerdictLabel } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** A toll counted by its state (« sept morts ») where the source counts people in that state; invented articles. */
function check(files: Record<string, string>, text: string, lang: Lang): VerdictLabel {
  const index = indexOf(files);
  return checkClaim(text, analyzeClaim(text, lang, index.names), index).label;
}

const article = (id: string, lang: Lang, body: string) => ({
  [`${id}.md`]: `---\nid: ${id}\ntitle: ${id}\nlang: ${lang}\n---\n\n${body}\n`,
});

describe('casualty counts: « N morts » and « la mort de N personnes »', () => {
  const floods = article('crues', 'fr', 'Les crues de la Sélune ont causé la mort de sept personnes et fait 12 blessés dans le département, selon la préfecture.');
  const storm = article('storm', 'en', 'The storm over Kelbrook caused the deaths of five people and left 30 injured, the council said.');

  it('supports a count of the dead where the source counts the people whose death it tells', () => {
    assert.equal(check(floods, 'Les crues de la Sélune ont fait sept morts et 12 blessés dans le département.', 'fr'), 'supported');
    assert.equal(check(storm, 'The storm over Kelbrook left five dead and 30 injured.', 'en'), 'supported');
  });

  it('does not support another count, nor the count given to another state', () => {
    assert.notEqual(check(floods, 'Les crues de la Sélune ont fait huit morts et 12 blessés dans le département.', 'fr'), 'supported');
    assert.notEqual(check(floods, 'Les crues de la Sélune ont fait sept blessés dans le département.', 'fr'), 'supported');
  });
});
