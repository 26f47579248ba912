/**
 * Every piece of interface text, in one place, so wording stays consistent and reviewable.
 * Keys are dot-named by area. Article text lives in the articles, not here.
 */
import { fillTemplate } from '../lib/format';

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
  'article.notesTitle': '请留意',
  'article.note.paths': '文中的菜单路径可能因微信版本不同而略有差异；找不到时，在相近的菜单里找同名的选项。',
  'article.note.figures': '文中的限额、费用和时间只供参考，以微信内实际提示为准。',
  'help.title': '还需要帮助？',
  'help.intro': '下面是官方渠道。请只通过这些号码和网址联系，不要相信陌生来电或私信里的“客服”。',
  'help.call': '拨打',
  'textSize.label': '长辈模式',
  'offline.title': '现在没有网络',
  'offline.body': '这个页面还没有保存到你的手机上。你之前打开过的文章仍然可以阅读，网络恢复后再试一次。',
  'notFound.title': '没有找到这个页面',
  'notFound.body': '这个地址可能输错了，或者文章已经移动。你可以搜索，或者从分类里找。',
  'checklist.count': '共 {total} 项',
  'checklist.progress': '已完成 {done}/{total}',
  'checklist.progressNone': '还没开始，共 {total} 项',
  'checklist.progressAll': '全部完成，共 {total} 项',
  'checklist.noJsNote': '勾选只在这个页面打开时有效，刷新后不会保留。',
  'checklist.cannotRemember': '这个浏览器现在无法保存勾选，关掉页面后不会记住。这次仍然可以照常勾选。',
  'checklist.print': '打印清单',
  'checklist.copy': '复制给帮你的人',
  'checklist.reset': '重新开始',
  'checklist.resetTitle': '清除这份清单的全部勾选？',
  'checklist.resetBody': '清除后，这份清单的所有勾选都会取消，无法恢复。其他清单不受影响。',
  'checklist.resetConfirm': '清除勾选',
  'checklist.resetDone': '已清除全部勾选。',
  'checklist.cancel': '取消',
  'checklist.printTitle': '打印哪一种？',
  'checklist.printBody': '可以打印你现在的勾选，也可以打印一份空白清单，交给帮你的人一起核对。',
  'checklist.printTicked': '带上我的勾选',
  'checklist.printBlank': '打印空白清单',
  'checklist.source': '清单来自{site}《{article}》：',
  'checklist.sourceSite': '清单来自{site}：',
  'checklist.printDate': '日期：',
  'checklist.printNotes': '备注：',
  'checklist.copied': '已复制。可以粘贴到聊天里，发给帮你的人。',
  'checklist.copyFallback': '这个浏览器不能自动复制。下面的文字已经选中，请长按它，再选“复制”。',
  'checklist.copyBoxLabel': '要发给帮你的人的文字',
  'checklist.summaryHeading': '{title}（已完成 {done}/{total}）',
  'checklist.summaryDone': '【已完成】',
  'checklist.summaryTodo': '【还没做】',
  'checklist.itemDone': '（已完成）',
  'checklists.title': '全部清单',
  'checklists.description': '本站所有可以勾选、打印的清单，按文章列出，并显示你在这台设备上的进度。',
  'checklists.intro': '下面是本站所有的清单。在文章里勾选的进度只保存在这台设备的这个浏览器里，不会上传。',
  'checklists.open': '去文章里勾选“{title}”',
  'checklists.cannotRemember': '这个浏览器现在无法读取保存的勾选，下面的进度可能不完整。',
  'checklists.printAll': '打印全部清单',
  'checklists.link': '全部清单',
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

/** The text for `key` with each `{name}` replaced by `values[name]`. */
export function tf(key: UiKey, values: Record<string, string | number>): string {
  return fillTemplate(ui[key], values);
}

/** A `t` that also fills `{name}` placeholders: what code shared by build and browser takes. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The build-time Translate, over every string. */
export const translate: Translate = (key, values) => (values ? tf(key, values) : t(key));

/** The JSON for a custom element's `data-ui` attribute: the strings its script needs (see client.ts). */
export function uiAttr(keys: readonly UiKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, ui[k]])));
}
