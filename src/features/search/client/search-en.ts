/** The English pages' search (and English results on a Chinese page): the English bundle with content/en/search-synonyms.json. */
// Named imports, so the bundle leaves out the file's `about` (its documentation for authors).
import { groups, stopWords, suggestions, urgent } from '../../../../content/en/search-synonyms.json';
import { compileVocabulary } from '../query/search-synonyms';
import { SEARCH_BUNDLES } from '../query/search-bundles';
import { createSearchEngine } from './search-engine';

export const { search, loadEngine, plan } = createSearchEngine({
  bundle: SEARCH_BUNDLES.en.bundle,
  vocabulary: compileVocabulary({ groups, stopWords, suggestions, urgent }),
});
