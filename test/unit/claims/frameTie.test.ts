import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { tiedByOwnWords } from '../../../server/src/core/claims/frameTie';
import { indexOf } from './helpers';

describe('a one-name claim tied to a passage by its other words (frameTie.ts)', () => {
  const passage = { doc: '/a.md', text: 'La gardienne a raconté son évasion dans un documentaire diffusé sur Canal 9.', coverage: 0.7, restShare: 0.9 };
  const other = (text: string, coverage: number, restShare = 0.3) => ({ doc: '/b.md', text, coverage, restShare });

  it('ties a passage that states nearly all the rest of the claim, when no other article states the claim with its name', () => {
    assert.equal(tiedByOwnWords(['Vox TV'], passage, [passage, other('Vox TV a changé de directeur.', 0.3)]), true);
  });

  it('does not tie a passage that states too little of the rest, or when another article states the claim with its name', () => {
    assert.equal(tiedByOwnWords(['Vox TV'], { ...passage, restShare: 0.7 }, [passage]), false);
    const rival = other('La gardienne a raconté son évasion sur Vox TV.', 0.6);
    assert.equal(tiedByOwnWords(['Vox TV'], passage, [passage, rival]), false);
    // The same article writing the name is no rival (the callers require that the passage itself does not).
    assert.equal(tiedByOwnWords(['Vox TV'], passage, [passage, { ...rival, doc: '/a.md' }]), true);
    // A name is matched as whole words: « Voxel » is not « Vox ».
    assert.equal(tiedByOwnWords(['Vox'], passage, [passage, { ...rival, text: 'La gardienne a raconté son évasion sur Voxel.' }]), true);
  });

  it('does not tie a frame that another story tells too, with names of its own; an article of the same story is no rival', () => {
    const otherStory = other('Le gardien a raconté son évasion de Fresnes dans un documentaire diffusé sur Télé Sud.', 0.6, 0.8);
    assert.equal(tiedByOwnWords(['Vox TV'], passage, [passage, otherStory]), false);
    const sameStory = other('Dans un documentaire diffusé sur Canal 9, la gardienne a raconté son évasion.', 0.6, 0.8);
    assert.equal(tiedByOwnWords(['Vox TV'], passage, [passage, sameStory]), true);
  });
});

describe('a one-name claim with another name in its slot, checked against a corpus (frameTie.ts)', () => {
  const brief = (id: string, text: string) => `---\nid: ${id}\ntitle: Brève ${id}\nlang: fr\ndate: 2021-02-01\n---\n\n${text}\n`;
  const files: Record<string, string> = {
    'gardienne.md': brief('gardienne', 'Elle est sortie de sa réserve dans un documentaire diffusé sur K7 pour raconter sa relation avec Paul Durand.'),
    'conseil.md': brief('conseil', 'Le conseil municipal a voté le budget de la piscine.'),
    'port.md': brief('port', 'Les pêcheurs du port ont manifesté contre les quotas.'),
    'jazz.md': brief('jazz', 'Le festival de jazz a attiré des milliers de visiteurs.'),
    'pain.md': brief('pain', 'La boulangerie du village a fermé après quarante ans.'),
    'rugby.md': brief('rugby', 'Le club de rugby a perdu son match à domicile.'),
  };
  const checkIn = (corpusFiles: Record<string, string>, text: string) => {
    const corpus = indexOf(corpusFiles);
    corpus.entities();
    return checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
  };
  const wrong = 'Elle est sortie de sa réserve dans un documentaire diffusé sur VA9.';

  it('contradicts the claim with the passage’s name; leaves the true claim supported', () => {
    const verdict = checkIn(files, wrong);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'K7');
    assert.equal(checkIn(files, 'Elle est sortie de sa réserve dans un documentaire diffusé sur K7.').label, 'supported');
  });

  it('leaves it unsupported when another article tells the same with the claim’s name', () => {
    const rival = { ...files, 'autre.md': brief('autre', 'La skieuse est sortie de sa réserve lundi sur VA9, dans un documentaire.') };
    assert.notEqual(checkIn(rival, wrong).label, 'contradicted');
  });
});
