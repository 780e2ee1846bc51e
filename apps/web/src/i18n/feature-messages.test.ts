import { describe, expect, it } from 'vitest';
import { FEATURE_MODULES } from '../features/modules';
import { placeholdersOf } from './dictionary';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe('feature messages', () => {
  it('have unique module ids', () => {
    const ids = FEATURE_MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const mod of FEATURE_MODULES) {
    it(`${mod.id}: same keys, same placeholders, Chinese in zh and none in en`, async () => {
      const messages = await mod.messages();
      const keys = Object.keys(messages.zh);
      expect(Object.keys(messages.en).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const zh = messages.zh[key]!;
        const en = messages.en[key]!;
        expect(placeholdersOf(en), key).toEqual(placeholdersOf(zh));
        expect(zh.trim(), key).not.toBe('');
        expect(CJK.test(en), `en ${key} has Chinese`).toBe(false);
      }
    });
  }
});
