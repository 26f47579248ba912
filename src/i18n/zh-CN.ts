/**
 * Every piece of interface text, in one place, so wording stays consistent and reviewable.
 * Keys are dot-named by area. Article text lives in the articles, not here.
 */
import { fillTemplate } from '../lib/format.ts';
import { ui as searchUi } from './on-demand/search/zh-CN.ts';
import { ui as checklistUi } from './on-demand/checklist/zh-CN.ts';

export const ui = {
  // The strings browser code loads when first used (on-demand/), then the rest.
  ...searchUi,
  ...checklistUi,
  'site.tagline': '微信支付和数字钱包的常见问题，一步一步帮你解决。',
  'site.independent': '本站是独立编写的帮助指南，不是腾讯或微信支付的官方服务。本站不会向你索要身份证号、银行卡号、密码或验证码。',
  'site.officialNote': '遇到资金问题，请以微信内的实际提示和官方客服的答复为准。',
  'nav.skip': '跳到正文',
  'nav.home': '首页',
  'nav.breadcrumbs': '当前位置',
  'nav.categories': '全部分类',
  'lang.name': '中文',
  'search.label': '搜索帮助文章',
  'search.placeholder': '例如：钱包开不了、付款失败',
  'search.submit': '搜索',
  'search.pageTitle': '搜索',
  'search.pageDescription': '用你自己的话搜索钱包帮助中心的文章，例如付款失败、账号被冻结。',
  'search.searching': '正在搜索……',
  'search.foundIn': '在“{category}”里找到 {n} 篇相关文章',
  'search.empty': '输入你遇到的问题，例如“付款失败”。',
  'search.filters': '按分类筛选',
  'search.allCategories': '全部分类',
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
  'callout.info': '说明',
  'callout.tip': '小提示',
  'callout.warning': '注意',
  'callout.danger': '警告',
  'help.title': '还需要帮助？',
  'help.intro': '下面是官方渠道。请只通过这些号码和网址联系，不要相信陌生来电或私信里的“客服”。',
  'help.call': '拨打',
  'textSize.label': '长辈模式',
  'textSize.icon': '大',
  'offline.title': '现在没有网络',
  'offline.body': '这个页面还没有保存到你的手机上。你之前打开过的文章仍然可以阅读，网络恢复后再试一次。',
  'offline.saveData':
    '网络正常时，你第一次打开本站后，它会在后台保存全部文章，以后只下载改动过的部分；如果手机开了省流量模式，或者网络只有 2G，就不在后台下载，只保存你打开过的页面。',
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
  'checklist.actionFailed': '这个按钮没能打开，请检查网络后再试一次。',
  'checklist.printDate': '日期：',
  'checklist.printNotes': '备注：',
  'checklist.copyBoxLabel': '要发给帮你的人的文字',
  'checklist.itemDone': '（已完成）',
  'checklists.title': '全部清单',
  'checklists.description': '本站所有可以勾选、打印的清单，按文章列出，并显示你在这台设备上的进度。',
  'checklists.intro': '下面是本站所有的清单。在文章里勾选的进度只保存在这台设备的这个浏览器里，不会上传。',
  'checklists.open': '去文章里勾选“{title}”',
  'checklists.cannotRemember': '这个浏览器现在无法读取保存的勾选，下面的进度可能不完整。',
  'checklists.printAll': '打印全部清单',
  'checklists.link': '全部清单',
  'urgent.strip': '紧急求助：被骗、丢手机、钱被转走',
  'urgent.title': '紧急求助',
  'urgent.heading': '钱可能有危险？先做这几件事',
  'urgent.description':
    '正在被骗、刚被骗、手机丢了或发现钱被转走时，先挂断可疑电话，再拨打报警、反诈或微信支付客服电话，然后一步一步处理。',
  'urgent.lead': '按下面的顺序做。先保住钱，再慢慢弄清楚发生了什么。',
  'urgent.hangUpTitle': '有人正在电话或视频里和你说话？先挂断',
  'urgent.hangUpBody': '不管对方说自己是客服、警察还是银行，先挂断，再用下面的号码核实。',
  'urgent.never1': '官方客服不会让你共享屏幕，也不会拉你开视频会议。',
  'urgent.never2': '官方客服不会让你说出验证码或密码。',
  'urgent.never3': '没有什么“安全账户”，让你把钱转过去的都是骗子。',
  'urgent.callTitle': '要拨打的电话',
  'urgent.call': '拨打\u00a0{number}',
  'urgent.bankName': '银行卡背面的客服电话',
  'urgent.bankWhen': '银行卡被盗刷时，先打给发卡银行，冻结这张卡。',
  'urgent.freezeTitle': '冻结微信账号',
  'urgent.freezeBody': '手机丢了或账号被别人控制时，用家人的手机或电脑的浏览器打开下面的网址，按页面提示冻结账号。',
  'urgent.freezeLink': '{name}（{domain}）',
  'urgent.flowsTitle': '按你的情况一步步处理',
  'urgent.articlesTitle': '接下来可以看的文章',
  'urgent.boxTitle': '被骗了、手机丢了、钱被转走？',
  'urgent.boxBody': '先看紧急求助：该挂断什么电话，该拨打哪个号码，接下来怎么做。',
  'urgent.boxLink': '打开紧急求助',
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
  'diagnose.nextFlow': '接着回答几个问题',
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
