import { besidesLanguageRequest, languageAsked, mostlyEnglish } from '../../../src/bot/language-choice';

describe('the language a customer writes in or asks for', () => {
  it.each([
    ['english please', 'en'],
    ['can u reply in english', 'en'],
    ['why is everything in chinese??', 'en'],
    ['sorry I cannot read chinese', 'en'],
    ['請用中文回覆', 'zh-TW'],
    ['请说中文', 'zh-CN'],
    ['可唔可以講廣東話', 'zh-TW'],
    ['改用简体', 'zh-CN'],
    ['in chinese pls', 'zh-CN'],
    ['用英文回覆我', 'en'],
  ])('%j asks for %s', (text, locale) => {
    expect(languageAsked(text)?.locale).toBe(locale);
  });

  it.each([
    'the label on the box is in English',
    'the tracking page is in Chinese but I can read it',
    'is it delivered on chinese new year',
    '我的包裹 SF1402837465921 到哪了',
    'I used the english address on the form',
  ])('%j asks for no language', (text) => {
    expect(languageAsked(text)).toBeUndefined();
  });

  it('reads a Chinese term inside English as English, and an English word inside Chinese as Chinese', () => {
    expect(mostlyEnglish('hi my COD 代收货款 for parcel JT0001234567890 still not paid to me')).toBe(true);
    expect(mostlyEnglish('我張單 delay 咗成個禮拜 點解會咁')).toBe(false);
    expect(mostlyEnglish('my parcel 丢了', 'zh-CN')).toBe(false);
  });

  it('keeps what a message says besides its request for a language', () => {
    expect(besidesLanguageRequest('why are you writing in chinese?? english please. where is SF1402837465921')).toBe(
      'where is SF1402837465921',
    );
    expect(besidesLanguageRequest('english pls')).toBe('');
    // The request's words taken out of their own sentence: what else it says is kept, the asking around them is not.
    expect(besidesLanguageRequest('english pls I want my money')).toBe('I want my money');
    expect(besidesLanguageRequest('请用中文 我要我的钱')).toBe('我要我的钱');
    expect(besidesLanguageRequest('講廣東話啦 俾返啲錢我')).toBe('俾返啲錢我');
    expect(besidesLanguageRequest('can you speak english? my parcel is broken')).toBe('my parcel is broken');
    for (const only of [
      'can u reply in english',
      '可唔可以講廣東話',
      '請用繁體回覆我，謝謝',
      '请用中文回答我的问题',
      'please reply in english from now on',
    ])
      expect(besidesLanguageRequest(only)).toBe('');
  });
});
