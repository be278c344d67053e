import { describe, expect, it } from 'vitest';
import { states } from '@/data/states';
import { stateName } from './stateNames';

describe('stateName', () => {
  it('keeps the datasets’ English names', () => {
    for (const s of states) expect(stateName(s.id, s.name, 'en')).toBe(s.name);
  });

  it('names every state of the datasets in Russian and in Chinese, in their scripts', () => {
    for (const s of states) {
      expect(stateName(s.id, s.name, 'ru'), s.id).toMatch(/^[\u0400-\u04ff\s-]+$/u);
      expect(stateName(s.id, s.name, 'zh'), s.id).toMatch(/^[\u4e00-\u9fff]+$/u);
    }
  });

  it('follows the SCO’s usage where the common name differs', () => {
    expect(stateName('KGZ', 'Kyrgyzstan', 'ru')).toBe('Кыргызстан');
    expect(stateName('BLR', 'Belarus', 'ru')).toBe('Беларусь');
    expect(stateName('MNG', 'Mongolia', 'zh')).toBe('蒙古国');
    expect(stateName('RUS', 'Russia', 'zh')).toBe('俄罗斯');
  });

  it('falls back to the English name for a code it does not know', () => {
    expect(stateName('XXX', 'Atlantis', 'ru')).toBe('Atlantis');
  });
});
