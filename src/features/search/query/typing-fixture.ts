/**
 * A small sounds table for the unit tests of pinyin reading and respelling: a handful of the
 * site's kind of words, and the readings of their characters and of a few characters a slip
 * types instead (帮, 宽, 吗, 马). Real readings (pinyin-pro agrees); written by hand so the tests
 * need neither the build nor the library.
 */
import { compileSounds, type Sounds } from './typing-tables';

export const FIXTURE_TERMS = [
  '银行卡',
  '绑定',
  '退款',
  '密码',
  '支付',
  '失败',
  '解绑',
  '支付密码',
  '没到账',
  '到账',
  '怎么办',
  '冻结',
  '付钱',
  '付钱码',
  '开通',
  '开通不了',
  '银行',
];

export function fixtureSounds(): Sounds {
  return compileSounds({
    readings: {
      yin: '银',
      xing: '行',
      ka: '卡',
      bang: '绑帮',
      ding: '定',
      tui: '退',
      kuan: '款宽',
      mi: '密',
      ma: '码吗马',
      me: '么',
      zhi: '支',
      fu: '付',
      shi: '失',
      bai: '败',
      jie: '解结',
      mei: '没',
      dao: '到',
      zhang: '账',
      zen: '怎',
      ban: '办',
      dong: '冻',
      le: '了',
      qian: '钱',
      kai: '开',
      tong: '通同',
      bu: '不',
      liao: '了',
    },
    more: { hang: '行', qia: '卡' },
    terms: FIXTURE_TERMS,
    strong: FIXTURE_TERMS.length - 1,
    singles: '卡了',
  });
}
