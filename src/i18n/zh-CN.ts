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
  'diagnose.title': '一步一步排查',
  'diagnose.description': '不知道从哪里查起？选一个最接近你情况的问题，每次回答一个问题，找到适合你的文章或官方渠道。',
  'diagnose.intro': '选一个最接近你情况的问题。每页只问一个问题，点选答案就到下一步，最后告诉你该看哪篇文章或联系哪个官方渠道。',
  'diagnose.privacy': '排查过程中不会问你的证件号码、卡号、密码或验证码，也不会记录你的回答。',
  'diagnose.shareNote': '每一步都是一个普通网页：可以用返回键回到上一步，也可以把地址发给帮你的家人。',
  'diagnose.start': '开始排查',
  'diagnose.flowName': '{title}排查',
  'diagnose.step': '第 {n} 步',
  'diagnose.result': '排查结果',
  'diagnose.nav': '排查导航',
  'diagnose.previous': '上一步',
  'diagnose.backHint': '想换个答案？用浏览器的返回键回到上一步。',
  'diagnose.restart': '重新开始',
  'diagnose.other': '换一个问题排查',
  'diagnose.stepTitle': '{flow}：{step} {question}',
  'diagnose.stepDescription': '{flow}的{step}：{question}{hint}',
  'diagnose.endTitle': '{flow}结果：{title}',
  'diagnose.endDescription': '{flow}结果：{title}。{advice}',
  'diagnose.readArticle': '接着看这篇文章',
  'diagnose.checklistNote': '文章里有一份“{title}”清单，可以对照着逐项检查。',
  'diagnose.openChecklist': '直接打开“{title}”清单',
  'diagnose.channelTitle': '联系官方渠道',
  'diagnose.call': '拨打{name}\u00a0{number}',
  'diagnose.visit': '打开{name}（{domain}）',
  'diagnose.channelNote': '请只通过这个官方号码或网址联系。陌生来电或私信里的“客服”不要相信，任何人向你要密码或验证码都不要给。',
  'diagnose.homeTitle': '不知道从哪里查起？',
  'diagnose.homeBody': '一步一步排查：每次回答一个简单的问题，找到适合你的办法。',
  'diagnose.homeAll': '看看全部排查',
  'diagnose.articleTitle': '不确定是不是这个原因？',
  'diagnose.articleBody': '回答几个简单的问题，一步一步找到适合你的办法。',
  'diagnose.articleLink': '开始{flow}',
} as const;

export type UiKey = keyof typeof ui;

/** The text for `key`. Typed so that a missing key is a compile error, not a blank on the page. */
export function t(key: UiKey): string {
  return ui[key];
}
