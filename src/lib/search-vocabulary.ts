import raw from '../../content/search-synonyms.json';
import { searchVocabularySchema } from '../schemas/search-vocabulary';
import { compileVocabulary } from './search-synonyms';
import { parseDataFile } from './validate';

/**
 * The search vocabulary, validated at build time: a mistake in the data file stops the build with
 * the file and the field. The browser imports the same JSON without the schema (see
 * `src/scripts/search-engine.ts`), since the build has already checked it.
 */
export const vocabularyData = parseDataFile(searchVocabularySchema, raw, 'content/search-synonyms.json');
export const vocabulary = compileVocabulary(vocabularyData);
