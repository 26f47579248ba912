/**
 * The one module every page loads: each part is small, and one file is one request instead of
 * three on a slow network. Heavier code (search, checklists) loads on its own when needed.
 */
import './register-sw';
import './text-size-toggle';
// Focus-to-load search and the result highlighter.
import './search-loader';
