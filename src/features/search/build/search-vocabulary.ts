import raw from '../../../../content/search-synonyms.json' with { type: 'json' };
import enRaw from '../../../../content/en/search-synonyms.json' with { type: 'json' };
import { searchVocabularySchema } from './search-vocabulary-schema.ts';
import { compileVocabulary } from '../query/search-synonyms.ts';
import { parseDataFile } from '../../../lib/validate.ts';

/**
 * The search vocabulary, validated at build time: a mistake in the data file stops the build with
 * the file and the field. The browser imports the same JSON without the schema (see
 * `src/features/search/client/search-zh.ts`), since the build has already checked it.
 */
export const vocabularyData = parseDataFile(searchVocabularySchema, raw, 'content/search-synonyms.json');
export const vocabulary = compileVocabulary(vocabularyData);

/** The English pages' vocabulary (content/en/search-synonyms.json), the same way. */
export const enVocabularyData = parseDataFile(searchVocabularySchema, enRaw, 'content/en/search-synonyms.json');
export const enVocabulary = compileVocabulary(enVocabularyData);
