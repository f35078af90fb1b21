import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, blind batch 4 (P7): a parcel number and a ticket number are different things. A status question
// naming a parcel is a tracking question; the digits of a ticket reference never become a tracking number; the
// parcel the conversation is about stays the one proof and changes are checked against.
describe('parcel numbers and ticket numbers', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'Could you give me the status of 782828807290222? It has not moved for ages.', 'Xi'],
    ['zh-CN', '请问782828807290222现在是什么状态，好多天没动了', '西安'],
    ['zh-TW', '想問 782828807290222 而家咩狀態，好多日冇郁', '西安'],
  ])('answers "status of <parcel>" with where the parcel is, not with complaints (%s)', async (locale, text, city) => {
    const [reply] = await talk(h.adapter({ locale }), [text]);
    const said = (reply ?? []).join('\n');
    expect(said).toContain('782828807290222');
    expect(said).toContain(city);
    expect(said).not.toMatch(/complaints from you|没有您的投诉|沒有您的客訴|未有/);
  });

  it('still reports a complaint when the status question names one beside the parcel', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [reply] = await talk(adapter, [
      'I complained about YT6865635515058 last week, what is the status of my complaint?',
    ]);
    expect((reply ?? []).join('\n')).not.toContain('Wuhan sorting hub');
  });

  it.each([
    [
      'zh-TW',
      [
        'SF1402837465921 到哪裡了',
        '另外我之前的案件 C-20251120-0042 處理得怎樣？',
        '那這件可以改寄到台北市信義路五段7號嗎？',
      ],
      /末4碼|後 ?4 ?位/,
    ],
    [
      'zh-CN',
      ['SF1402837465921 到哪了', '我上次那张投诉单 C-20251120-0042 怎么样了', '能不能改送到上海市徐汇区漕溪北路88号'],
      /后4位|后 4 位/,
    ],
    [
      'en-US',
      [
        'where is SF1402837465921',
        'and my old case C-20251120-0042, any news?',
        'can you deliver it to 12 Nanjing West Road, Shanghai instead?',
      ],
      /last 4 digits/,
    ],
  ])('never reads the digits of a ticket reference as a parcel (%s)', async (locale, turns, askProof) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const change = (replies[2] ?? []).join('\n');
    expect(change).not.toContain('202511200042');
    expect(change).toContain('SF1402837465921');
    expect(change).toMatch(askProof);
  });

  it.each([
    [
      'zh-TW',
      [
        'SF1402837465921 到哪裡了',
        '我的舊案件 C-20251120-0042 呢？',
        '可以改送到台北市信義路五段7號嗎？',
        '我是寄件人，末四碼2222',
      ],
      /核對無誤/,
    ],
    [
      'en-US',
      [
        'where is SF1402837465921',
        'what about ticket C-20251120-0042?',
        'can you deliver it to 12 Nanjing West Road instead?',
        "I'm the sender, last four 2222",
      ],
      /that matches/,
    ],
  ])(
    'checks the sender digits against the conversation parcel after a ticket question (%s)',
    async (locale, turns, matched) => {
      const replies = await talk(h.adapter({ locale }), turns);
      expect((replies[3] ?? []).join('\n')).toMatch(matched);
    },
  );
});
