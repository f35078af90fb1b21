import { botHarness, talk, type BotHarness } from './harness';

// "Will someone look for it?" once the customer's chase of the parcel is recorded: it is asked already (with when) and
// what happens next — never "if you'd like, I'll ask the station to chase it" (issue #17, blind batch 27: 04.3).
describe('a chase asked for already', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const stuck = 'YT6865635515058';
  const last = (replies: string[][]) => replies.at(-1)?.join('\n') ?? '';

  it('says in English that the chase stands and what the station does next', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${stuck} hasn't moved in days`,
      'please chase it',
      '7777',
      'is anyone actually looking for it?',
    ]);
    expect(last(replies)).toContain('already in hand');
    expect(last(replies)).toContain('Nov 23, 10:00');
    expect(last(replies)).toContain('Wuhan sorting hub');
    expect(last(replies)).not.toContain("If you'd like");
  });

  it('says it in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${stuck} 一直不动`,
      '帮我催件',
      '收件人尾号7777',
      '会有人去查吗',
    ]);
    expect(last(replies)).toContain('已经在办了');
    expect(last(replies)).toContain('武汉转运中心');
  });

  it('says it in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${stuck} 點解咁多日都冇更新`,
      '催下佢啦',
      '7777',
      '會唔會有人去跟進呀？',
    ]);
    expect(last(replies)).toContain('已經喺度跟緊');
    expect(last(replies)).toContain('武漢轉運中心');
  });

  it('still offers the chase when none was asked for', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${stuck} hasn't moved in days`,
      'is anyone actually looking for it?',
    ]);
    expect(last(replies)).not.toContain('already in hand');
  });
});
