import { botHarness, send, talk, type BotHarness } from './harness';

// Issue #17, blind batch 8 pattern 1: a question the parcel's own record answers (what its status means, whether
// it is being searched for, when it was delivered, whether it is delivered yet, what time it comes, whether the
// tracking is wrong) gets that answer — never "I can't answer that here", never the same status again — and the
// step the conversation was at goes on.
describe('questions the parcel record answers', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const CANT_ANSWER = /答不上来|答不上來|答唔到|can't answer/;

  it.each([
    [
      'zh-CN',
      '782828807290222 十天了一直不动 我要投诉',
      '“派送异常”到底指什么？你们有没有在找啊',
      ['“派送异常”是说', '同事正在查找', '西安转运中心'],
      '您希望我们怎么处理',
    ],
    [
      'zh-TW',
      '782828807290222 十天都沒動靜 我要客訴',
      '派送異常是什麼意思 你們到底有沒有在找',
      ['「派送異常」是說', '同事正在查找', '西安轉運中心'],
      '您希望我們怎麼處理',
    ],
    [
      'zh-TW',
      '782828807290222 成個禮拜冇郁過 我要投訴',
      '派送異常係咩意思 你哋有冇去搵過',
      ['「派送異常」即係', '搵緊', '西安轉運中心'],
      '你想我哋點樣處理',
    ],
    [
      'en-US',
      '782828807290222 has sat there for ten days, I want to complain',
      "what is a 'delivery problem' supposed to mean? is anyone even searching for it?",
      ['"delivery problem" means', 'being looked for', "Xi'an sorting hub"],
      'What would you like us to do?',
    ],
  ])(
    'says what the status means and that it is searched for, mid-complaint (%s)',
    async (locale, opener, question, parts, step) => {
      const adapter = h.adapter({ locale });
      await send(adapter, opener);
      const [answer, again] = await send(adapter, question);
      for (const part of parts) expect(answer).toContain(part);
      expect(answer).not.toMatch(CANT_ANSWER);
      expect(again).toContain(step);
    },
  );

  it.each([
    [
      'zh-CN',
      'JT0001234567890 让放门口结果扔在保安亭 我要投诉 要求道歉',
      '那到底是几点送的？',
      ['已签收：11月22日 12:00', '签收人：本人'],
      '联系电话',
    ],
    [
      'zh-TW',
      'JT0001234567890 說好放門口卻丟在警衛室 我要客訴 要求道歉',
      '那是幾點送到的？',
      ['已簽收：11月22日 12:00', '簽收人：本人'],
      '聯絡電話',
    ],
    [
      'en-US',
      'JT0001234567890: the courier left it at the guard house without calling me first. I want to complain and get an apology',
      'what time did the courier actually deliver it?',
      ['was delivered: Nov 22, 12:00', 'Signed for by the recipient'],
      'phone number',
    ],
  ])(
    'says when a delivered parcel was delivered, then asks the step again (%s)',
    async (locale, opener, question, parts, step) => {
      const adapter = h.adapter({ locale });
      await send(adapter, opener);
      const [answer, again] = await send(adapter, question);
      for (const part of parts) expect(answer).toContain(part);
      expect(again).toContain(step);
    },
  );

  it.each([
    [
      'zh-CN',
      'YT6865635515058 一直停在武汉不动 我要投诉',
      '你们网上的物流信息是不是错的？到底有没有更新',
      ['最后一次扫描记录', '不是信息显示错了'],
    ],
    [
      'zh-TW',
      'YT6865635515058 一直卡在武漢 我要客訴',
      '網站上的資訊是不是錯的 到底有沒有更新',
      ['最後一次掃描記錄', '不是資訊顯示錯了'],
    ],
    [
      'en-US',
      'YT6865635515058 has been stuck in Wuhan for days, I want to complain',
      'is your tracking page just wrong? is it even updating?',
      ['the last scan our system has', 'not showing wrong data'],
    ],
  ])(
    'answers whether the tracking is wrong instead of repeating the status (%s)',
    async (locale, opener, question, parts) => {
      const adapter = h.adapter({ locale });
      const [first] = await talk(adapter, [opener]);
      const [answer] = await send(adapter, question);
      for (const part of parts) expect(answer).toContain(part);
      expect(first).not.toContain(answer);
    },
  );

  it.each([
    [
      'zh-CN',
      ['帮我查一下 SF1402837465921', '所以还没送到吗？', '明天大概几点能到'],
      ['还没有，SF1402837465921 还没有签收', '具体几点送到还没有记录'],
    ],
    [
      'zh-TW',
      ['幫我查 SF1402837465921', '所以還沒送到嗎？', '明天大概幾點會到'],
      ['還沒有，SF1402837465921 還沒有簽收', '具體幾點送到還沒有記錄'],
    ],
    [
      'zh-TW',
      ['幫我查下 SF1402837465921 去到邊', '即係仲未派咗未？', '聽日大概幾點到'],
      ['未呀，SF1402837465921 仲未簽收', '具體幾點送到仲未有記錄'],
    ],
    [
      'en-US',
      ['track SF1402837465921 please', 'so it has not been delivered yet?', 'any idea what time it comes tomorrow?'],
      ['No, SF1402837465921 has not been delivered yet', 'No time of day is recorded'],
    ],
  ])(
    'answers follow-up questions on a parcel that is on time without opening a complaint (%s)',
    async (locale, turns, parts) => {
      const adapter = h.adapter({ locale });
      const [, yet, time] = await talk(adapter, turns);
      expect(yet?.join('\n')).toContain(parts[0]);
      expect(time?.join('\n')).toContain(parts[1]);
      // No apology for a delay nobody complained of, no demand question.
      for (const said of [...(yet ?? []), ...(time ?? [])]) {
        expect(said).not.toMatch(/怎么处理|怎麼處理|What would you like us to do|抱歉|sorry/i);
        expect(said).not.toMatch(CANT_ANSWER);
      }
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    [
      'zh-CN',
      'JT0001234567890 明明备注了先打电话 结果直接放门卫了 我要投诉',
      '里面是海鲜 在门卫那放了一下午 你们说呢',
      '已加到投诉里',
      '您希望我们怎么处理',
    ],
    [
      'zh-TW',
      'JT0001234567890 備註寫了先打電話 結果直接放警衛室 我要客訴',
      '裡面是生鮮 在警衛室放了一個下午 這樣合理嗎',
      '已加到客訴裡',
      '您希望我們怎麼處理',
    ],
    [
      'en-US',
      'JT0001234567890: the note said call me first, they left it with the guard without a call. I want to complain',
      'it was fresh seafood sitting at the guard house all afternoon, is that acceptable to you?',
      'added',
      'What would you like us to do?',
    ],
  ])(
    'keeps a rhetorical question as part of the account, not a question it cannot answer (%s)',
    async (locale, opener, remark, kept, step) => {
      const adapter = h.adapter({ locale });
      await send(adapter, opener);
      const [noted, again] = await send(adapter, remark);
      expect(noted).toContain(kept);
      expect(noted).not.toMatch(CANT_ANSWER);
      expect(again).toContain(step);
    },
  );
});
