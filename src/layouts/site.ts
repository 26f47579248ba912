/**
 * The one module every page loads: each part is small, and one file is one request instead of
 * three on a slow network. Heavier code (search, checklists) loads on its own when needed.
 */
import '../features/offline/client/register-sw';
import '../features/text-size/client/text-size-toggle';
// Focus-to-load search and the result highlighter.
import '../features/search/client/search-loader';
