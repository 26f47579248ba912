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
} as const;

export type UiKey = keyof typeof ui;

/** The text for `key`. Typed so that a missing key is a compile error, not a blank on the page. */
export function t(key: UiKey): string {
  return ui[key];
}

/** The text for `key` with each `{name}` replaced by `values[name]`. */
export function tf(key: UiKey, values: Record<string, string | number>): string {
  return ui[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
