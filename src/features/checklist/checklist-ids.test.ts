import { describe, expect, it } from 'vitest';
import { deriveItemId, isValidId, itemInputId, normalizeItemText, splitExplicitId } from './checklist-ids';

describe('checklist ids', () => {
  it('accepts lowercase hyphenated ids and refuses the rest', () => {
    expect(isValidId('lost-phone-now')).toBe(true);
    expect(isValidId('call-95017')).toBe(true);
    for (const bad of ['', 'Lost', 'lost_phone', 'lost--phone', '-lost', 'lost-', '冻结', 'a b', 'x'.repeat(49)]) {
      expect(isValidId(bad), bad).toBe(false);
    }
  });

  it('derives the same id from the same text, ignoring spaces, width and case', () => {
    const id = deriveItemId('拨打 95017 冻结微信支付');
    expect(id).toMatch(/^t-[0-9a-z]{7}$/);
    expect(deriveItemId('拨打95017冻结微信支付')).toBe(id);
    expect(deriveItemId('  拨打 ９５０１７ 冻结微信支付 ')).toBe(id); // full-width digits
    expect(deriveItemId('换用 WI-FI 再试')).toBe(deriveItemId('换用 Wi-Fi 再试'));
  });

  it('gives different text a different id', () => {
    expect(deriveItemId('修改登录密码')).not.toBe(deriveItemId('修改支付密码'));
  });

  it('keeps ids stable across releases (saved ticks depend on them)', () => {
    // If this changes, every reader loses every tick: change it only with a store migration.
    expect(deriveItemId('借别人的手机冻结微信账号')).toBe('t-0yd0add');
  });

  it('normalises text for hashing', () => {
    expect(normalizeItemText(' Ａ b\tC ')).toBe('abc');
  });

  it('splits a leading [#id] from the item text', () => {
    expect(splitExplicitId('[#freeze] 冻结账号')).toEqual({ id: 'freeze', rest: '冻结账号' });
    expect(splitExplicitId('冻结账号 [#freeze]')).toEqual({ id: undefined, rest: '冻结账号 [#freeze]' });
    expect(splitExplicitId('[#] 冻结')).toEqual({ id: '', rest: '冻结' });
    expect(splitExplicitId('[#Bad_Id] 冻结').id).toBe('Bad_Id');
  });

  it('builds checkbox ids from both ids', () => {
    expect(itemInputId('lost-phone-now', 'freeze')).toBe('lost-phone-now--freeze');
  });
});
