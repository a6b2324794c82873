import assert from 'node:assert/strict';
import { gluedEnds, splitSentences, type SplitOptions } from '../../../server/src/core/text/sentences';

const sentences = (text: string, options?: SplitOptions) => splitSentences(text, options).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and trims them', () => {
    assert.deepEqual(sentences('  Il pleut. Il fait beau !  Et demain ?  '), ['Il pleut.', 'Il fait beau !', 'Et demain ?']);
  });

  it('does not split inside numbers and names with dots', () => {
    assert.deepEqual(sentences('JD.com vaut 3.57 milliards. Qwen2.5-Max et GPT-4 aussi, à 236,03.'), [
      'JD.com vaut 3.57 milliards.',
      'Qwen2.5-Max et GPT-4 aussi, à 236,03.',
    ]);
  });

  it('does not split after a "?" or "!" that a lower-case word follows (a title, a quoted question)', () => {
    assert.deepEqual(sentences('Where Is Nora? climbed to third place with $9m. Why? Nobody knows.'), ['Where Is Nora? climbed to third place with $9m.', 'Why?', 'Nobody knows.']);
    assert.deepEqual(sentences('« Qui sonne ? » a demandé la voisine. Hourra ! Elle rit.'), ['« Qui sonne ? » a demandé la voisine.', 'Hourra !', 'Elle rit.']);
  });

  it('does not split after titles and initials', () => {
    assert.deepEqual(sentences('M. Dupont a vu le Dr. House. Puis J. Smith est parti.'), [
      'M. Dupont a vu le Dr. House.',
      'Puis J. Smith est parti.',
    ]);
  });

  it('does not split after abbreviations before numbers', () => {
    assert.deepEqual(sentences('Il a env. 3,5 M€ de budget, voir p. 12 et Fig. 3. Fin.'), [
      'Il a env. 3,5 M€ de budget, voir p. 12 et Fig. 3.',
      'Fin.',
    ]);
  });

  it('splits a sentence end glued to the next sentence, as scraped news writes it', () => {
    assert.deepEqual(sentences("Il a payé une amende de 4.000 euros.Les riverains ont porté plainte. Le préfet Jean Morel.Sur place, rien."), [
      'Il a payé une amende de 4.000 euros.',
      'Les riverains ont porté plainte.',
      'Le préfet Jean Morel.',
      'Sur place, rien.',
    ]);
    assert.deepEqual(sentences("Le pont a cédé, a dit un pompier à l'AFP.Une digue a tenu. The boss told the BBC.Two staff quit."), [
      "Le pont a cédé, a dit un pompier à l'AFP.",
      'Une digue a tenu.',
      'The boss told the BBC.',
      'Two staff quit.',
    ]);
    assert.deepEqual(sentences('Les ventes ont doublé en 2019.La marge aussi, « selon le rapport ».Le reste suit.'), [
      'Les ventes ont doublé en 2019.',
      'La marge aussi, « selon le rapport ».',
      'Le reste suit.',
    ]);
  });

  it('splits glued ends before an accented capital, after closing marks and after ! and ?', () => {
    assert.deepEqual(sentences('Le prix a doublé en 2019.”Élodie le dit.)]Ça suit?Oui. Les « chiffres ».Zoé part!Émile reste.'), [
      'Le prix a doublé en 2019.”',
      'Élodie le dit.)]',
      'Ça suit?',
      'Oui.',
      'Les « chiffres ».',
      'Zoé part!',
      'Émile reste.',
    ]);
  });

  it('splits before a list bullet that follows a sentence end, as a scraped chronology glues its items', () => {
    assert.deepEqual(sentences('Le chantier dure de mai 1990 à juin 1992.• 3 mars 2001 : la commune condamnéeLa commune paie 8.000 euros. • 9 avril 2003 : fin du litige.'), [
      'Le chantier dure de mai 1990 à juin 1992.',
      '• 3 mars 2001 : la commune condamnéeLa commune paie 8.000 euros.',
      '• 9 avril 2003 : fin du litige.',
    ]);
    assert.deepEqual(sentences('Trois postes : • la voirie ▪ les écoles.'), ['Trois postes : • la voirie ▪ les écoles.']);
  });

  it('splits before a sentence that opens on a figure, not after an ellipsis or an abbreviation', () => {
    assert.deepEqual(sentences('Le car a quitté la route, selon les secours. 54 blessés ont été transportés. Les ventes ont doublé en 2003. 2004 a été calme.'), [
      'Le car a quitté la route, selon les secours.',
      '54 blessés ont été transportés.',
      'Les ventes ont doublé en 2003.',
      '2004 a été calme.',
    ]);
    assert.deepEqual(sentences('La voiture pèse ainsi... 652 kg, voir p. 12 et art. 3 du code.'), ['La voiture pèse ainsi... 652 kg, voir p. 12 et art. 3 du code.']);
  });

  it('does not split glued titles, initials, abbreviations, domain names or decimals', () => {
    assert.deepEqual(sentences('M.Dupont a vendu sur Amazon.com 3.57 tonnes. Voir St.Louis et J.Smith.'), [
      'M.Dupont a vendu sur Amazon.com 3.57 tonnes.',
      'Voir St.Louis et J.Smith.',
    ]);
    assert.deepEqual(sentences('The U.S.Army and MM.Dupont et Durand left.'), ['The U.S.Army and MM.Dupont et Durand left.']);
  });

  it('splits after a name written with an ampersand, not read as an initial', () => {
    assert.deepEqual(sentences('The firm is second after AT&T. Former chiefs left.'), ['The firm is second after AT&T.', 'Former chiefs left.']);
  });

  it('splits after etc. before a capitalised sentence but not before a lowercase word', () => {
    assert.deepEqual(sentences('Des pommes, des poires, etc. Ensuite, des fruits, etc. et des légumes.'), [
      'Des pommes, des poires, etc.',
      'Ensuite, des fruits, etc. et des légumes.',
    ]);
  });

  it('makes every line a sentence without soft breaks', () => {
    assert.deepEqual(sentences('# Titre\n\n- point un\n- point deux\nUne ligne\ncoupée.'), [
      '# Titre', '- point un', '- point deux', 'Une ligne', 'coupée.',
    ]);
  });

  it('joins single line breaks with soft breaks and separates at blank lines', () => {
    const text = 'Une ligne\ncoupée ici. Et fin.\n\nNouveau paragraphe\r\nsur deux lignes';
    assert.deepEqual(sentences(text, { softBreaks: true }), ['Une ligne\ncoupée ici.', 'Et fin.', 'Nouveau paragraphe\r\nsur deux lignes']);
  });

  it('returns offsets into the full text when given a range', () => {
    const text = 'Avant. Première phrase. Deuxième phrase. Après.';
    const start = text.indexOf('Première');
    const end = text.indexOf('Après');
    const spans = splitSentences(text, { start, end });
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Première phrase.', 'Deuxième phrase.']);
    assert.equal(spans[0].start, start);
  });

  it('never returns empty sentences', () => {
    assert.deepEqual(splitSentences('\n\n   \n'), []);
    assert.deepEqual(splitSentences(''), []);
  });

  it('keeps a giant line without sentence ends as one sentence', () => {
    const text = `${'mot '.repeat(6_000)}fin. Suite.`;
    assert.deepEqual(sentences(text).map((s) => s.length), [text.length - ' Suite.'.length, 'Suite.'.length]);
  });

  // Speed is measured in `npm run bench`, not asserted here (a loaded machine made the timed version flaky).
  it('splits a giant paragraph exactly', function () {
    this.timeout(60_000);
    const text = 'Une phrase assez courte, avec 3,57 millions. '.repeat(20_000);
    const spans = splitSentences(text);
    assert.equal(spans.length, 20_000);
    assert.ok(spans.every((s) => text.slice(s.start, s.end) === 'Une phrase assez courte, avec 3,57 millions.'));
  });
});

describe('gluedEnds', () => {
  it('finds the glued ends matchAll finds with the same regex, on random text of letters, digits, spaces, marks and closing marks', () => {
    const regex = /(\p{L}*[\p{Ll}\p{N}]|\p{N}+|\p{Lu}{2,})((?:[\s\u00a0\u202f]?[)\]»"”’])?[.!?][)\]»"”’]*)(?=\p{Lu}\p{Ll})/gu;
    const pieces = ['a', 'b', 'É', 'é', 'L', 'Le', 'x1', '7', ' ', '\u00a0', '.', '!', '?', ')', '»', '”', '"', ' »', 'M', 'Ab', '😀', '\n'];
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join('');
      const expected = [...text.matchAll(regex)].map((m) => [m.index, m[0], m[1]]);
      assert.deepEqual([...gluedEnds(text)].map((m) => [m.index, m[0], m[1]]), expected, JSON.stringify(text));
      found += expected.length;
    }
    assert.ok(found > 300, `${found}`);
  });
});
