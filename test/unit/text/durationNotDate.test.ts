import assert from 'node:assert/strict';
import { parseDates } from '../../../server/src/core/text/dates';

describe('a time from now in words', () => {
  it('is no date: « sept » before a unit of duration is seven, not September', () => {
    assert.deepEqual(parseDates('Les piles se sont effondrées en sept secondes, à 9 h 37.', 'fr'), []);
    assert.deepEqual(parseDates('Le chantier doit durer 12 mois et reprendre dans sept jours.', 'fr'), []);
  });

  it('leaves the dates with the month abbreviated', () => {
    assert.deepEqual(parseDates('Il est arrivé le 3 sept. à Paris.', 'fr').map((d) => d.date), [{ day: 3, month: 9 }]);
  });
});
