import { botHarness, send, type BotHarness } from './harness';

// The complaint's type and demand as the customer said them (blind batches 28/29: 29.02, 29.08, 28.27): a demand said
// before the demand step is kept; an email or phone given beside "file it" is the contact — never the account nor the
// type; a type correction at the summary changes the type before the complaint is filed, said so.
describe('the type and demand as the customer told them', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('keeps the postage asked back and an email out of the account, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF2210478832106 is three days overdue, what happened to it?');
    await send(chat, "I'd like my postage back for this");
    const filed = (await send(chat, 'ok log it then. contact me on 13911112222 or lee.m@example.org')).join('\n');
    expect(filed).toContain('Type: delay');
    expect(filed).toMatch(/You'd like: refund/);
    expect(filed).not.toMatch(/What happened:[^\n]*example/);
  });

  it('changes the type named at the summary before filing it, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'SF2210478832106 is 3 days late, I want to complain');
    await send(chat, 'an apology');
    await send(chat, '13800001111');
    const filed = (
      await send(chat, "the category is wrong, it's about the driver being rude to me. change it and submit")
    ).join('\n');
    expect(filed).toContain("I've put it down as service attitude");
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('attitude');
  });

  it('takes unpaid cash on delivery as the type at the summary, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'JT0001234567890 我要投诉，太慢了');
    await send(chat, '道歉');
    await send(chat, '13800001111');
    const filed = (await send(chat, '类型搞错了，不是延误，是代收的货款一直没打给我，改好直接提交')).join('\n');
    expect(filed).toContain('已改为“增值服务未履行”');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('value_added');
  });

  it('sets the type the customer names when the summary is said to be wrong, in Cantonese', async () => {
    const chat = h.adapter({ locale: 'zh-HK' });
    await send(chat, 'YT6865635515058 到而家都未到，我要投訴');
    await send(chat, '道歉');
    await send(chat, '91234567');
    const shown = (await send(chat, '類型唔啱呀，我係投訴個速遞員態度差，唔係延誤')).join('\n');
    expect(shown).toContain('服務態度');
    expect(shown).not.toContain('揀一個最啱嘅類型');
  });

  it('changes the type at the summary before filing, in Traditional Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'YT6865635515058 到現在還沒到，我要客訴');
    await send(chat, '道歉');
    await send(chat, '0911222333');
    const filed = (await send(chat, '類型錯了，是快遞員態度很差，改好就送出')).join('\n');
    expect(filed).toContain('已改為「服務態度」');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.category).toBe('attitude');
  });

  it.each([
    ['zh-CN', 'SF2210478832106 晚了三天，我要投诉', '我要求退加急费 8块也是钱', '退款'],
    ['zh-TW', 'SF2210478832106 晚了三天，我要客訴', '要你們退保管費給我', '退款'],
    ['en-US', 'SF2210478832106 is 3 days late, I want to complain', 'refund the storage fee, it is my money', 'refund'],
  ])('takes a fee wanted back by its name as the demand (%s)', async (locale, opening, wanted, demand) => {
    const chat = h.adapter({ locale });
    await send(chat, opening);
    const heard = (await send(chat, wanted)).join('\n');
    expect(heard).toContain(demand);
  });
});
