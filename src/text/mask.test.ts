import { describe, expect, it } from 'vitest';
import { isLuhnValid, isSnilsValid, maskPersonalData } from './mask.js';

describe('maskPersonalData', () => {
  it('masks phones in Russian and international layouts', () => {
    expect(maskPersonalData('Звоните +7 (912) 345-67-89 или 8 912 345 67 89, или 8-35130-2-12-34')).toBe(
      'Звоните [PHONE] или [PHONE], или [PHONE]',
    );
    expect(maskPersonalData('call +44 20 7946 0958')).toBe('call [PHONE]');
  });

  it('masks e-mails, passports, SNILS and bank cards', () => {
    expect(maskPersonalData('пишите ivan.petrov+city@ozersk.ru')).toBe('пишите [EMAIL]');
    expect(maskPersonalData('Паспорт 45 06 123456 выдан')).toBe('Паспорт [PASSPORT] выдан');
    expect(maskPersonalData('паспорт серии 4506 № 123456')).toBe('паспорт серии [PASSPORT]');
    expect(maskPersonalData('СНИЛС 112-233-445 95')).toBe('СНИЛС [SNILS]');
    expect(maskPersonalData('снилс 11223344595')).toBe('снилс [SNILS]');
    expect(maskPersonalData('карта 4111 1111 1111 1111 и 5500-0000-0000-0004')).toBe('карта [CARD] и [CARD]');
  });

  it('leaves ordinary numbers, dates and amounts alone', () => {
    const text = 'В 2024 году 15 человек, дом 12, сумма 1500000 руб., заявка № 123456 от 12.05.2024';
    expect(maskPersonalData(text)).toBe(text);
    expect(maskPersonalData('номер 4111111111111112')).toBe('номер 4111111111111112');
  });

  it('masks only the kinds asked for', () => {
    expect(maskPersonalData('a@b.ru +7 912 345-67-89', ['email'])).toBe('[EMAIL] +7 912 345-67-89');
  });

  it('checks SNILS and Luhn checksums', () => {
    expect(isSnilsValid('11223344595')).toBe(true);
    expect(isSnilsValid('11223344596')).toBe(false);
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });
});
