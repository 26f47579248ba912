import raw from '../../../../content/search-synonyms.json';
import { searchVocabularySchema } from './search-vocabulary-schema';
import { compileVocabulary } from '../query/search-synonyms';
import { parseDataFile } from '../../../lib/validate';

/**
 * The search vocabulary, validated at build time: a mistake in the data file stops the build with
 * the file and the field. The browser imports the same JSON without the schema (see
 * `src/features/search/client/search-engine.ts`), since the build has already checked it.
 */
export const vocabularyData = parseDataFile(searchVocabularySchema, raw, 'content/search-synonyms.json');
export const vocabulary = compileVocabulary(vocabularyData);
