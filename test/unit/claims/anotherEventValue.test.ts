import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/**
 * Invented articles of two events that each count the same measure (volunteers): the claim's story (a beach
 * clean-up) and another (a marathon). A claim told with the measure and its predicate alone is not the other
 * event's fact.
 */
const article = (id: string, title: string, body: string) => `---\nid: ${id}\ntitle: ${title}\nlang: fr\n---\n\n${body}\n`;
const index = indexOf({
  'plage.md': article('plage', 'Nettoyage de la plage de Kervalan', 'Une marée noire a souillé dimanche la plage de Kervalan. La commune a fourni 3 tracteurs, des bennes, et environ 40 bénévoles au total.'),
  'marathon.md': article('marathon', 'Le marathon de Saint-Ormel', "Le marathon de Saint-Ormel a réuni 2 000 coureurs. Plus d'une centaine de bénévoles a été mobilisée pour tenir les ravitaillements."),
});
const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'fr' })!, index);

describe('a value of another event: the claim’s own story wins', () => {
  it('never contradicts a claim with another article’s count when the claim’s story counts it otherwise', () => {
    const [finding] = findings('Environ 140 bénévoles ont été mobilisés.\n');
    assert.notEqual(finding?.code, 'contradicted-claim', JSON.stringify(finding));
  });

  it('still contradicts with the other article’s count when the claim tells that article’s fact', () => {
    const [finding] = findings('Environ 140 bénévoles ont été mobilisés pour tenir les ravitaillements du marathon.\n');
    assert.equal(finding?.code, 'contradicted-claim');
  });

  it('writes the source’s whole bounded value, never its figure without its bound nor under the claim’s qualifier', () => {
    for (const claim of ['Environ 140 bénévoles ont été mobilisés pour tenir les ravitaillements du marathon.', 'Moins de 40 bénévoles ont été mobilisés pour tenir les ravitaillements du marathon.']) {
      const [finding] = findings(`${claim}\n`);
      assert.equal(finding?.code, 'contradicted-claim', claim);
      const fixed = finding.fixes.map((f) => claim.slice(0, f.span.start) + f.newText + claim.slice(f.span.end));
      assert.deepEqual(fixed, ["Plus d'une centaine de bénévoles ont été mobilisés pour tenir les ravitaillements du marathon."]);
    }
  });
});
