import fs from 'node:fs';
import path from 'node:path';
import twilio from 'twilio';
import { isGsm7, optKeyword, splitSms, twiml, inboundSms } from '../../../src/channels/sms/sms.mapping';

const sms = (Body: string, extra: Record<string, string> = {}) =>
  inboundSms.parse({ MessageSid: `SM${'a'.repeat(32)}`, From: '+8613800000000', To: '+15005550006', Body, ...extra });

describe('SMS segments', () => {
  it('knows GSM-7 from UCS-2', () => {
    expect(isGsm7('Your ticket C-20261123-0001 is open.')).toBe(true);
    expect(isGsm7('工单 C-20261123-0001')).toBe(false);
    expect(isGsm7('curly ’quote’')).toBe(false);
  });

  it('keeps a short reply whole', () => {
    expect(splitSms('Your complaint is filed: ticket C-20261123-0001.')).toEqual([
      'Your complaint is filed: ticket C-20261123-0001.',
    ]);
  });

  it('splits English at word boundaries within 160 characters and never inside a ticket number', () => {
    const text = `${'word '.repeat(28)}ticket C-20261123-0001 ${'more words here '.repeat(10)}`;
    const parts = splitSms(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(160);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
    expect(parts.some((p) => p.includes('C-20261123-0001'))).toBe(true);
  });

  it('splits Chinese within 70 characters, preferring sentence ends, keeping numbers whole', () => {
    const text =
      '投诉已登记，工单号 C-20261123-0001（高优先级）。我们会在 2 小时内给您答复。客服会跟进并在这里回复您。您随时可以问我“C-20261123-0001 进度”。另外，单号 SF2210478832106 已超过承诺送达日期 3 天。';
    const parts = splitSms(text);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(70);
    expect(parts.join('')).toBe(text.replace(/\s+(?=[^\s])/g, (m) => m));
    for (const number of ['C-20261123-0001', 'SF2210478832106'])
      expect(parts.filter((p) => p.includes(number)).length).toBeGreaterThan(0);
    expect(parts[0]?.endsWith('。')).toBe(true);
  });

  it('fits every part in one segment and loses nothing but the spaces it broke at, whatever the mix', () => {
    const pieces = [
      'word',
      ' ',
      '\n',
      '。',
      '，',
      '快递',
      'C-20261123-0001',
      '€',
      '^',
      '😀',
      '; ',
      '：',
      'é',
      '\u00a0',
    ];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let run = 0; run < 300; run += 1) {
      const text = Array.from({ length: next(120) }, () => pieces[next(pieces.length)]).join('');
      const parts = splitSms(text);
      for (const part of parts) {
        const septets = [...part].reduce((sum, ch) => sum + ('^{}\\[~]|€'.includes(ch) ? 2 : 1), 0);
        expect(isGsm7(part) ? septets <= 160 : [...part].length <= 70).toBe(true);
        expect(part).toBe(part.trim());
      }
      expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('sends a reply of up to 70 characters as it is, trimmed, in any script', () => {
    expect(splitSms('  谢谢您的耐心！我们会尽快处理。  ')).toEqual(['谢谢您的耐心！我们会尽快处理。']);
    expect(splitSms('€'.repeat(70))).toEqual(['€'.repeat(70)]);
    expect(splitSms(' \n ')).toEqual([]);
  });

  it('answers in TwiML, escaping the text', () => {
    expect(twiml(['a < b & "c"'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>a &lt; b &amp; "c"</Message></Response>',
    );
    expect(twiml([])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('writes exactly the TwiML twilio’s MessagingResponse writes, for every reply text and awkward ones', () => {
    const viaTwilio = (messages: string[]): string => {
      const response = new twilio.twiml.MessagingResponse();
      for (const message of messages) response.message(message);
      return response.toString();
    };
    const replies = ['en', 'zh-CN', 'zh-TW'].flatMap((locale) =>
      Object.values(
        JSON.parse(
          fs.readFileSync(path.join(__dirname, '../../../src/bot/replies', `${locale}.json`), 'utf8'),
        ) as Record<string, unknown>,
      ).filter((text): text is string => typeof text === 'string'),
    );
    expect(replies.length).toBeGreaterThan(100);
    const awkward = [
      '',
      'a\r\nb',
      '<b>&amp;</b> "q" \'a\' ]]> <!-- x -->',
      'tab\there',
      '😀 emoji 𠀋',
      '&#x41; &lt;',
      '\u2028\u00a0',
    ];
    for (const texts of [...replies.map((r) => splitSms(r)), ...awkward.map((a) => [a]), awkward, []])
      expect(twiml(texts)).toBe(viaTwilio(texts));
    // Text XML cannot carry is refused as twilio refuses it (the turn fails and Twilio delivers again).
    for (const bad of ['bell \u0007', 'lone \ud800 surrogate', '\uffff'])
      expect(() => twiml(['fine', bad])).toThrow(/Invalid character/);
  });
});

describe('opt-out keywords', () => {
  it.each([
    ['STOP', 'stop'],
    ['unsubscribe', 'stop'],
    [' Stop ', 'stop'],
    ['START', 'start'],
    ['unstop', 'start'],
    ['HELP', 'help'],
    ['STOP PLEASE', undefined],
    ['where is my parcel', undefined],
  ])('%j → %s', (body, expected) => expect(optKeyword(sms(body))).toBe(expected));

  it('trusts Twilio’s OptOutType when present', () => {
    expect(optKeyword(sms('arrêt', { OptOutType: 'STOP' }))).toBe('stop');
  });
});
