import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { extractEntities } from '../../../server/src/core/entities/extract';
import type { Entity } from '../../../server/src/core/entities/types';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

/** Entities of an in-memory corpus: one Markdown file per text. */
function entitiesOf(texts: Record<string, string>): Entity[] {
  const index = new CorpusIndex();
  for (const [name, text] of Object.entries(texts)) index.setDocument(buildDocument(`/corpus/${name}.md`, text));
  return extractEntities(index.documents(), index.names);
}

/** The entity that goes by this spelling (its name or an alias). */
function owner(entities: Entity[], spelling: string): Entity | undefined {
  return entities.find((e) => e.name === spelling || e.aliases.includes(spelling));
}

describe('merging the spellings of one name (extractEntities)', () => {
  it('merges a rare spelling one edit away into the frequent one, across documents', () => {
    const entities = entitiesOf({
      a: 'Le fabricant Varenko, qui produit des turbines, recrute à Lyon. Selon la presse, Varenko investit encore.',
      b: 'La société Varenko a ouvert une usine. Les turbines de Varenko sont vendues en Europe.',
      c: 'Le groupe Varneko a signé un contrat avec la ville.',
    });
    assert.equal(owner(entities, 'Varneko'), owner(entities, 'Varenko'));
    assert.ok(owner(entities, 'Varenko'));
  });

  it('keeps two people one letter apart apart when they are named in different documents', () => {
    const entities = entitiesOf({
      a: 'Michel Aubry, directeur de la société Varenko, présente le projet. Hier, Michel a confirmé le calendrier. Le lendemain, Michel a signé.',
      b: 'Michele Arnoux, présidente du festival, a ouvert la soirée. Ensuite, Michele a remercié le public.',
    });
    const michele = owner(entities, 'Michele');
    assert.ok(michele, 'Michele is named');
    assert.notEqual(michele, owner(entities, 'Michel'));
    assert.ok(!michele.aliases.includes('Michel') && michele.name !== 'Michel');
  });

  it('merges a person’s misspelt name written in the same document as the right spelling', () => {
    const entities = entitiesOf({
      a: 'Arnaud Delcourt, porte-parole du gouvernement, a répondu. Selon lui, Delcourt ne démissionnera pas. Hier soir, Delcour a encore parlé.',
      b: 'Le ministre Arnaud Delcourt, porte-parole du gouvernement, est à Lyon. Ce matin, Delcourt a visité une usine.',
    });
    assert.ok(owner(entities, 'Delcour'));
    assert.equal(owner(entities, 'Delcour'), owner(entities, 'Delcourt'));
  });

  it('does not merge a person’s name into a place one letter away named elsewhere', () => {
    const entities = entitiesOf({
      a: 'Franck Morel, directeur de la société Varenko, présente le projet. Hier, Franck a confirmé le calendrier. Selon Franck, tout va bien.',
      b: 'La France a signé un accord. Selon la presse, la France investit. Le gouvernement de la France attend. En France, les usines ferment.',
    });
    assert.ok(owner(entities, 'France'));
    assert.ok(!owner(entities, 'France')!.aliases.includes('Franck'));
  });
});
