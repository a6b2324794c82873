import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { caseForPlace } from '../../../server/src/core/claims/fixCase';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('caseForPlace', () => {
  it('lower-cases words the source capitalised only because they opened its sentence', () => {
    assert.equal(caseForPlace('Une vingtaine de chèvres', 'Selon le berger, une dizaine de chèvres ont fui.', 17, 'Une vingtaine de chèvres ont fui.', 0), 'une vingtaine de chèvres');
  });

  it('capitalises words that open the claim’s sentence, keeps acronyms and names, and leaves an unknown place alone', () => {
    assert.equal(caseForPlace('une vingtaine', 'Une dizaine de chèvres ont fui.', 0, 'Il dit qu’une vingtaine ont fui.', 9), 'Une vingtaine');
    assert.equal(caseForPlace('US$20', 'They paid US$10.', 10, 'US$20 was paid.', 0), 'US$20');
    assert.equal(caseForPlace('Une vingtaine', 'Selon lui, une dizaine.', 11, 'Selon lui, Une vingtaine.', 11), 'Une vingtaine');
    assert.equal(caseForPlace('Une vingtaine', 'Selon lui, une dizaine.', -1, 'Une vingtaine.', 0), 'Une vingtaine');
  });
});

describe('a fix of a figure written in its place', () => {
  const article = (id: string, title: string, body: string) => `---\nid: ${id}\ntitle: ${title}\nlang: fr\ndate: 2022-05-02\n---\n\n${body}\n`;
  const index = indexOf({
    'berger.md': article('berger', 'Les chèvres du col de Vars', "Une vingtaine de chèvres se sont échappées samedi de la bergerie du col de Vars, selon le berger Paul Arnaud. Les gendarmes ont mené près de 40 recherches dans la vallée de l'Ubaye."),
  });
  const fixed = (claim: string) => {
    const [finding] = findingsOf(checkDraft(parseMarkdown(`${claim}\n`), index, { language: 'fr' })!, index);
    assert.equal(finding?.code, 'contradicted-claim', claim);
    return finding.fixes.map((f) => claim.slice(0, f.span.start) + f.newText + claim.slice(f.span.end));
  };

  it('does not copy the capital of a source sentence’s first word into the middle of the claim', () => {
    assert.deepEqual(fixed('Selon le berger Paul Arnaud, une cinquantaine de chèvres se sont échappées samedi de la bergerie du col de Vars.'), [
      'Selon le berger Paul Arnaud, une vingtaine de chèvres se sont échappées samedi de la bergerie du col de Vars.',
    ]);
  });

  it('writes the source’s « près de » with its figure in place of a bare figure', () => {
    assert.deepEqual(fixed("Les gendarmes ont mené 90 recherches dans la vallée de l'Ubaye pour retrouver les chèvres du col de Vars."), [
      "Les gendarmes ont mené près de 40 recherches dans la vallée de l'Ubaye pour retrouver les chèvres du col de Vars.",
    ]);
  });
});
