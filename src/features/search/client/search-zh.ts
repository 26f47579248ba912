/** The Chinese pages' search: the Chinese bundle with content/search-synonyms.json. */
// Named imports, so the bundle leaves out the file's `about` (its documentation for authors).
import { groups, stopWords, suggestions, urgent } from '../../../../content/search-synonyms.json';
import { compileVocabulary } from '../query/search-synonyms';
import { SEARCH_BUNDLES } from '../query/search-bundles';
import { createSearchEngine } from './search-engine';

export const { search, loadEngine, plan } = createSearchEngine({
  bundle: SEARCH_BUNDLES['zh-CN'].bundle,
  vocabulary: compileVocabulary({ groups, stopWords, suggestions, urgent }),
  typing: true,
});
