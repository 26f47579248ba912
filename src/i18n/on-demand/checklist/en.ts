import type { ui as zh } from './zh-CN.ts';

export const ui = {
  'site.name': 'Wallet Help Centre',
  'checklist.summaryHeading': '{title} ({done} of {total} done)',
  'checklist.summaryDone': '[Done] ',
  'checklist.summaryTodo': '[To do] ',
  'checklist.source': 'From “{article}”, {site}:',
  'checklist.sourceSite': 'From {site}:',
  'checklist.resetTitle': 'Clear all ticks in this list?',
  'checklist.resetDone': 'All ticks cleared.',
  'checklist.copied': 'Copied. You can paste it into a chat to send to the person helping you.',
  'checklist.copyFallback': 'This browser cannot copy by itself. The text below is selected: press and hold it, then choose Copy.',
  'checklist.resetBody': 'This removes every tick in this list. You cannot undo it. Other lists keep their ticks.',
  'checklist.resetConfirm': 'Clear ticks',
  'checklist.cancel': 'Cancel',
  'checklist.printTitle': 'What do you want to print?',
  'checklist.printBody': 'You can print your ticks, or a blank list to go through with someone who is helping you.',
  'checklist.printTicked': 'Print with my ticks',
  'checklist.printBlank': 'Print a blank list',
} as const satisfies Record<keyof typeof zh, string>;
