import assert from 'node:assert/strict';
import { countryAndOtherPlace, countryOf, placeOfCompound, sameCountry, samePlace } from '../../../server/src/core/text/demonyms';

describe('countryOf / sameCountry', () => {
  it('gives one country for its name, its adjective and its collective noun, in English and French', () => {
    assert.ok(sameCountry('Scotland', 'the Scots'));
    assert.ok(sameCountry('Scottish', 'Scotland'));
    assert.ok(sameCountry('the Irish', 'Ireland'));
    assert.ok(sameCountry('Portugal', 'the Portuguese'));
    assert.ok(sameCountry('la France', 'les Français'));
    assert.ok(sameCountry('Italie', 'les Italiennes'));
    assert.ok(sameCountry('Wales', 'les Gallois'));
  });

  it('keeps different countries and non-countries apart', () => {
    assert.equal(sameCountry('Scotland', 'the Irish'), false);
    assert.equal(sameCountry('Northern Ireland', 'Ireland'), false);
    assert.equal(sameCountry('Paris', 'les Français'), false);
    assert.equal(countryOf('Six Nations'), undefined);
    assert.equal(countryOf('Southwell'), undefined);
  });

  it('reads a place compound as its place, and a country’s initials only in capitals', () => {
    assert.equal(placeOfCompound('Leeds-based'), 'Leeds');
    assert.equal(placeOfCompound('Bristol-born'), 'Bristol');
    assert.equal(placeOfCompound('well-based'), undefined);
    assert.ok(samePlace('UK', 'UK-based'));
    assert.ok(samePlace('British', 'UK-based'));
    assert.ok(samePlace('American', 'US-based'));
    assert.ok(samePlace('Leeds-based', 'Leeds'));
    assert.equal(samePlace('Leeds-based', 'York'), false);
    assert.equal(samePlace('French', 'UK-based'), false);
    assert.equal(countryOf('us'), undefined);
  });

  it('tells a country from a town, which may lie in it', () => {
    assert.ok(countryAndOtherPlace('French', 'Paris-based'));
    assert.ok(countryAndOtherPlace('Leeds', 'UK'));
    assert.equal(countryAndOtherPlace('French', 'German'), false);
    assert.equal(countryAndOtherPlace('Leeds', 'York'), false);
    assert.equal(countryAndOtherPlace('Hungary', 'Slovakia 6-3 6-4'), false);
  });
});
