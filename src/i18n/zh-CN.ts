/**
 * Every piece of interface text, in one place, so wording stays consistent and reviewable.
 * Keys are dot-named by area. Article text lives in the articles, not here.
 */
export const ui = {
  'site.name': '钱包帮助中心',
  'site.tagline': '微信支付和数字钱包的常见问题，一步一步帮你解决。',
  'site.independent':
    '本站是独立编写的帮助指南，不是腾讯或微信支付的官方服务。本站不会向你索要身份证号、银行卡号、密码或验证码。',
  'site.officialNote': '遇到资金问题，请以微信内的实际提示和官方客服的答复为准。',
  'nav.skip': '跳到正文',
  'nav.home': '首页',
  'nav.breadcrumbs': '当前位置',
  'nav.categories': '全部分类',
  'search.label': '搜索帮助文章',
  'search.placeholder': '例如：钱包开不了、付款失败',
  'search.submit': '搜索',
  'search.results': '搜索结果',
  'search.pageTitle': '搜索',
  'search.pageDescription': '用你自己的话搜索钱包帮助中心的文章，例如付款失败、账号被冻结。',
  'search.searching': '正在搜索……',
  'search.found': '找到 {n} 篇相关文章',
  'search.foundIn': '在“{category}”里找到 {n} 篇相关文章',
  'search.none': '没有找到和“{q}”相关的文章。',
  'search.failed': '搜索暂时用不了，请检查网络后再试一次，或者从下面的分类里找。',
  'search.empty': '输入你遇到的问题，例如“付款失败”。',
  'search.filters': '按分类筛选',
  'search.allCategories': '全部分类',
  'search.seeAll': '在搜索页查看全部 {n} 个结果',
  'search.seeSuggestions': '没有找到相关文章，去搜索页看看建议',
  'search.suggestTitle': '换个说法试试',
  'search.suggestHint': '用更短的词，或者直接输入屏幕上的提示文字。',
  'search.popularTitle': '大家常看的文章',
  'search.noscript': '搜索需要开启 JavaScript。你可以从下面的分类里找到文章。',
  'search.more': '显示更多结果',
  'home.common': '常见问题',
  'home.categories': '按分类查找',
  'home.searchHint': '用你自己的话描述问题，或者粘贴微信里看到的提示。',
  'category.count': '篇文章',
  'article.updated': '更新于',
  'article.toc': '本页内容',
  'article.related': '相关文章',
  'article.prev': '上一篇',
  'article.next': '下一篇',
  'help.title': '还需要帮助？',
  'help.intro': '下面是官方渠道。请只通过这些号码和网址联系，不要相信陌生来电或私信里的“客服”。',
  'help.call': '拨打',
  'notFound.title': '没有找到这个页面',
  'notFound.body': '这个地址可能输错了，或者文章已经移动。你可以搜索，或者从分类里找。',
} as const;

export type UiKey = keyof typeof ui;

/** The text for `key`. Typed so that a missing key is a compile error, not a blank on the page. */
export function t(key: UiKey): string {
  return ui[key];
}
