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

describe('name boundaries on real news (extractEntities)', () => {
  it('keeps two words one letter apart apart when the rarer one stands in a longer name', () => {
    const entities = entitiesOf({
      a: 'The Energy Charter Treaty was signed in 1994. While Russia has signed the Charter, it has never ratified it.',
      b: 'Norvik filed for Chapter 11 bankruptcy protection in Houston.',
      c: 'Its Chapter 11 filing was dismissed.',
      d: 'A Chapter 11 case takes months.',
    });
    assert.ok(!owner(entities, 'Chapter')?.aliases.includes('Charter'));
  });

  it('reads a surname particle into a person’s name, and splits a person from a source or a role’s complement', () => {
    const entities = entitiesOf({
      a: 'Le 1er février 2019, François de Rugy signe un projet. Le scénario Hulot/Rugy est retenu.',
      b: "Malheureusement, l'électricité sera importée, a déclaré sur BFMTV Claude Brender. Le maire, Claude Brender, regrette.",
      c: "Après le passage du ministre de l'Intérieur Christophe Castaner, la vie reprend. Le ministère de l'Intérieur a publié un avis.",
      d: 'Il a été reçu par Ursula von der Leyen mardi.',
    });
    assert.equal(owner(entities, 'François de Rugy')?.kind, 'person');
    assert.equal(owner(entities, 'BFMTV Claude Brender'), undefined);
    assert.ok(owner(entities, 'Claude Brender'));
    assert.equal(owner(entities, 'Christophe Castaner')?.definition?.text, "ministre de l'Intérieur");
    assert.ok(owner(entities, 'Ursula von der Leyen'));
  });

  it('does not cut a company or an institution into a person', () => {
    const entities = entitiesOf({
      a: 'Elle dirige Santé Publique France depuis mai. Le directeur général de Santé Publique France, Paul Morin, a parlé.',
      b: 'He is chief executive of Royal Dutch Shell. Royal Dutch Shell said profits rose.',
      c: "Russia's OAO Mobile Telesystems grew fast.",
      d: "Elle visite l'usine Lubrizol de Rouen. Lubrizol a porté plainte à Rouen.",
    });
    assert.ok(owner(entities, 'Santé Publique France'));
    assert.ok(owner(entities, 'Royal Dutch Shell'));
    assert.ok(owner(entities, 'OAO Mobile Telesystems'));
    assert.equal(owner(entities, 'Publique France'), undefined);
  });
});

describe('names joined by a conjunction (extractEntities)', () => {
  it('does not join two names over "and" after a head noun', () => {
    const entities = entitiesOf({
      a: 'The jurisdiction had been challenged by Deutsche Bank and Polvneft, a former unit of Norgas.',
      b: 'Analysts said Polvneft would appeal. Deutsche Bank declined to comment.',
    });
    assert.equal(owner(entities, 'Deutsche Bank and Polvneft'), undefined);
    assert.ok(owner(entities, 'Deutsche Bank'));
  });
});
