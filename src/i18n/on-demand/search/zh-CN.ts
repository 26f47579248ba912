/** The header's search results: loaded with its search code (search-combobox.ts). */
export const ui = {
  'search.results': '搜索结果',
  'search.failed': '搜索暂时用不了，请检查网络后再试一次，或者从下面的分类里找。',
  'search.seeAll': '在搜索页查看全部 {n} 个结果',
  'search.seeSuggestions': '没有找到相关文章，去搜索页看看建议',
  'search.found': '找到 {n} 篇相关文章',
  'search.none': '没有找到和“{q}”相关的文章。',
  'search.searchedInstead': '已按“{q}”搜索',
  'search.searchTyped': '搜索你输入的“{q}”',
  'urgent.searchLink': '钱可能有危险？先看紧急求助',
};
