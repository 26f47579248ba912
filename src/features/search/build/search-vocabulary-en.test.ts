import { expect, it } from 'vitest';
import raw from '../../../../content/en/search-synonyms.json';
import { searchVocabularySchema } from './search-vocabulary-schema';

it('the English vocabulary (content/en/search-synonyms.json) is valid', () => {
  const r = searchVocabularySchema.safeParse(raw);
  expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
});
