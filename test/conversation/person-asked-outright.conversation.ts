import { botHarness, send, type BotHarness } from './harness';

// A person asked for in so many words is handed over at once, whatever the last step was — never that step's text
// again (blind batch 29: 13.4–13.6, 23.5); digits said earlier with their label answer a later proof (13.3); and a
// promised date already past is said as late, not promised again (13.4).
describe('a person asked for outright', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('hands a waiting change over to a person when a supervisor is asked for, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'where is SF1402837465921');
    await send(chat, 'can you deliver it to my office instead');
    const handed = (await send(chat, 'no, just get me a supervisor')).join('\n');
    expect(handed).toContain("I've passed your case to our team as ticket C-");
    expect(handed).not.toMatch(/last 4 digits/);
    const ticket = (await h.store.tickets.find({ status: ['pending_agent'], limit: 5 }))[0];
    expect(ticket?.trackingNumbers).toEqual(['SF1402837465921']);
  });

  it('hands over after an expedite was taken down when the customer wants someone in charge, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF2210478832106 怎么还没到');
    await send(chat, '我是收件人，手机尾号6666');
    const chased = (await send(chat, '能不能帮我催一下加急送')).join('\n');
    // (Due on 20 Nov, three days ago: said as late, not promised.)
    expect(chased).toContain('它原定11月20日前送到，已经晚了 3 天');
    const handed = (await send(chat, '别催了，叫你们领导来跟我说')).join('\n');
    expect(handed).toContain('已为您转接人工');
    expect(handed).not.toContain('加急派送');
  });

  it('hands over after a status answer and keeps the phone typed earlier, in Traditional Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我之前客訴過 YT6865635515058，寄件人那邊電話留錯了');
    await send(chat, '新的號碼是 0911222333');
    await send(chat, '它現在到哪裡了');
    const handed = (await send(chat, '算了，你直接幫我轉人工處理吧')).join('\n');
    expect(handed).toContain('已為您轉接人工');
    expect(handed).toContain('+886911222333');
    expect(handed).not.toContain('什麼都不用做');
  });

  it('hands over when a Cantonese customer asks for a real person after the parcel is reassured', async () => {
    const chat = h.adapter({ locale: 'zh-HK' });
    await send(chat, 'YT6865635515058 點解四日都冇郁');
    const handed = (await send(chat, '唔該搵真人同我跟')).join('\n');
    expect(handed).toContain('轉咗真人客服');
  });

  it('takes digits said with their label before a chase was asked, and asks for none again', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我之前有客訴過 YT6865635515058，現在處理到哪了');
    await send(chat, '客訴單號忘了，收件人末四碼 7777');
    const chased = (await send(chat, '可以幫我催一下嗎')).join('\n');
    expect(chased).toContain('加急');
    expect(chased).not.toContain('末四碼');
  });

  it('takes digits said with their label before an expedite in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, '上周我投诉过YT6865635515058，有进展吗');
    await send(chat, '单号忘了，收件人手机尾号7777');
    const chased = await send(chat, '那帮我加急一下');
    expect(chased.join('\n')).toContain('加急');
    expect(chased.join('\n')).not.toContain('后4位');
  });
});
