import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 20 (08, 16, 19, 28): a number the bot cannot find and what the customer asks next; a late parcel told
// beside a complaint on such a number; a leak told at the summary. Wording differs from the batch's fixtures.
describe('a number not found, what to do next, and news told at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const UNKNOWN = 'SF9876543210123';

  it('tells what to do about a number not found, in Simplified Chinese, and asks for it again on the button', async () => {
    const [, advice, again] = await talk(h.adapter({ locale: 'zh-CN' }), [
      `卖家给了我单号 ${UNKNOWN}，可是一直查不到`,
      '那现在该怎么办呢',
      '重新核对单号',
    ]);
    const said = (advice ?? []).join('\n');
    expect(said).toContain('48 小时');
    expect(said).toContain('商家确认单号');
    expect(said).toContain('没有为您登记任何投诉');
    // Not the request for the number again, not a complaint's next question.
    expect(said).not.toContain('请核对后重新发送');
    expect((again ?? []).join('\n')).toContain('单号发给我');
  });

  it('tells what to do in Cantonese', async () => {
    const [, advice] = await talk(h.adapter({ locale: 'zh-TW' }), [
      `網店俾咗個單號 ${UNKNOWN} 我 但係查極都查唔到`,
      '咁我而家點做好',
    ]);
    const said = (advice ?? []).join('\n');
    expect(said).toContain('48 個鐘');
    expect(said).toContain('確認單號');
    expect(said).not.toContain('再send過嚟——');
  });

  it('tells what to do in English', async () => {
    const [, advice] = await talk(h.adapter({ locale: 'en-US' }), [
      `my seller gave me ${UNKNOWN} but tracking says no record`,
      'now what?',
    ]);
    const said = (advice ?? []).join('\n');
    expect(said).toContain('48 hours');
    expect(said).toContain('ask the sender or the shop');
    expect(said).not.toContain('Please check it and send it again');
  });

  it('puts the request for a number it cannot find twice at most, then offers the choices', async () => {
    const [first, second, third] = await talk(h.adapter({ locale: 'en-US' }), [
      `I want to complain, ${UNKNOWN} can't be found anywhere`,
      'are you a robot?',
      'are you a bot?',
    ]);
    const request = `I can't find ${UNKNOWN} in our tracking`;
    expect((first ?? []).join('\n')).toContain(request);
    expect((second ?? []).join('\n')).toContain(request);
    const said = (third ?? []).join('\n');
    expect(said).not.toContain(request);
    expect(said).toContain(`I still can't find ${UNKNOWN}`);
  });

  it('takes the complaint and its demand to a late parcel told beside a complaint on an unfound number', async () => {
    const [, , switched, demand] = await talk(h.adapter({ locale: 'en-US' }), [
      `I want to complain, ${UNKNOWN} doesn't exist on your site`,
      UNKNOWN,
      'also 782828807290222 is a week late',
      'i want a refund',
    ]);
    expect((switched ?? []).join('\n')).toContain(`${UNKNOWN} is set aside`);
    expect((switched ?? []).join('\n')).toContain('782828807290222');
    expect((demand ?? []).join('\n')).toContain('refund');
  });

  it('moves the complaint to the late parcel in Simplified Chinese too', async () => {
    const [, , switched] = await talk(h.adapter({ locale: 'zh-CN' }), [
      `我要投诉 单号 ${UNKNOWN} 查不到`,
      UNKNOWN,
      '还有 782828807290222 晚了一个星期',
    ]);
    const said = (switched ?? []).join('\n');
    expect(said).toContain(`${UNKNOWN} 先放一放`);
    expect(said).toContain('782828807290222');
  });

  it('adds details given to a stranger, told at the summary, to the complaint (English)', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 says delivered but I never got it',
      'refund',
      'skip',
      "and the courier gave my phone number to some guy I don't know",
    ]);
    const said = (replies[3] ?? []).join('\n');
    expect(said).toContain('lost parcel (also: personal data leaked)');
    expect(said).toContain('gave my phone number to some guy');
    expect(said).toContain('Shall I submit it?');
  });

  it('adds a leak told at the summary in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 話簽收咗 但係我冇收到',
      '賠償',
      '唔使喇',
      '仲有 速遞員將我個地址講咗俾個陌生人知',
    ]);
    const said = (replies[3] ?? []).join('\n');
    expect(said).toContain('個人資料外洩');
    expect(said).toContain('將我個地址講咗俾個陌生人知');
    expect(said).toContain('確認提交');
  });

  it('adds a leak told at the summary of a delay complaint, with a person to take it over (Simplified)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 晚了好几天了 我要投诉',
      '道歉',
      '不用了',
      '另外快递员把我的手机号给了别人',
    ]);
    const summary = (replies[2] ?? []).join('\n');
    const said = (replies[3] ?? []).join('\n');
    expect(said).toContain('个人信息泄露');
    expect(said).toContain('15 分钟');
    expect(summary).toContain('确认提交');
  });
});
