/**
 * Interface text that browser code loads when the reader first uses it (client.ts `loadUi`): the
 * header's search results and the checklist's reset, print and copy (with their questions). Kept out of every page's HTML
 * (a `data-ui` attribute) because most readers never use them; zh-CN.ts includes these keys too,
 * so the build and the search page read them like any other.
 */
export const ui = {
  'site.name': '钱包帮助中心',
  'search.results': '搜索结果',
  'search.failed': '搜索暂时用不了，请检查网络后再试一次，或者从下面的分类里找。',
  'search.seeAll': '在搜索页查看全部 {n} 个结果',
  'search.seeSuggestions': '没有找到相关文章，去搜索页看看建议',
  'search.found': '找到 {n} 篇相关文章',
  'search.none': '没有找到和“{q}”相关的文章。',
  'search.searchedInstead': '已按“{q}”搜索',
  'search.searchTyped': '搜索你输入的“{q}”',
  'urgent.searchLink': '钱可能有危险？先看紧急求助',
  'checklist.summaryHeading': '{title}（已完成 {done}/{total}）',
  'checklist.summaryDone': '【已完成】',
  'checklist.summaryTodo': '【还没做】',
  'checklist.source': '清单来自{site}《{article}》：',
  'checklist.sourceSite': '清单来自{site}：',
  'checklist.resetTitle': '清除这份清单的全部勾选？',
  'checklist.resetDone': '已清除全部勾选。',
  'checklist.copied': '已复制。可以粘贴到聊天里，发给帮你的人。',
  'checklist.copyFallback': '这个浏览器不能自动复制。下面的文字已经选中，请长按它，再选“复制”。',
  'checklist.resetBody': '清除后，这份清单的所有勾选都会取消，无法恢复。其他清单不受影响。',
  'checklist.resetConfirm': '清除勾选',
  'checklist.cancel': '取消',
  'checklist.printTitle': '打印哪一种？',
  'checklist.printBody': '可以打印你现在的勾选，也可以打印一份空白清单，交给帮你的人一起核对。',
  'checklist.printTicked': '带上我的勾选',
  'checklist.printBlank': '打印空白清单',
};
