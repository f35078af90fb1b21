import { botHarness, contains, type BotHarness } from './harness';

/**
 * A grumble at a pricing rule with the question how it works ("太坑了，体积重怎么算的") is the rule explained, no
 * complaint taken and the price asked before kept for the next box; what insuring a named value costs ("值 8 千，
 * 保險點買？幾多錢？") is the insurance fee worked out, not the price list (issue #17, batch 29: 11.2, 30.2).
 */
describe('a pricing rule and the cost of insurance asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const noComplaint = (text: string): void => {
    expect(text).not.toMatch(/tracking number|快递单号|快遞單號|運單號碼|sorry|抱歉/i);
  };

  it('explains volumetric weight to a grumbling English customer and prices the next box on the same route', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('How much to send 3kg from Shanghai to Beijing in a 60x40x40 box?')
      .assertReply(contains('CNY 87'))
      .send('What a rip-off. How do you guys even work out volumetric weight?')
      .assertReply((a) => {
        expect(a.text).toContain('÷ 6000');
        expect(a.text).toContain('whichever is higher');
        noComplaint(a.text ?? '');
      })
      .send('ok and if the box is 30x30x30?')
      .assertReply(contains('Shanghai → Beijing', 'CNY 32'))
      .startTest();
  });

  it('explains volumetric weight in Simplified Chinese after a price, without taking a complaint', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('从广州寄5公斤衣服到南京，箱子60*50*40，多少钱')
      .assertReply(contains('广州 → 南京'))
      .send('这也太离谱了吧，你们体积重是怎么算的？')
      .assertReply((a) => {
        expect(a.text).toContain('÷ 6000');
        noComplaint(a.text ?? '');
      })
      .send('换成 40*30*20 的箱子呢')
      .assertReply(contains('广州 → 南京', '4 公斤'))
      .startTest();
  });

  it('explains the volumetric rule in Traditional Chinese after a price, without taking a complaint', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('台北寄高雄 3 公斤，箱子 60x40x40 多少錢？')
      .assertReply(contains('NT$570'))
      .send('也太誇張了吧，材積到底是怎麼算的？')
      .assertReply((a) => {
        expect(a.text).toContain('÷ 6000');
        noComplaint(a.text ?? '');
      })
      .send('那 30x30x30 的箱子呢')
      .assertReply(contains('台北 → 高雄', 'NT$240'))
      .startTest();
  });

  it('works out the insurance fee of a value named in Cantonese, not the price of sending', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('我想寄部相機去廣州，大約值 8 千蚊，保險點買？要幾多錢？')
      .assertReply(contains('HK$8,000', 'HK$80', '1%'))
      .startTest();
  });

  it('works out the insurance fee of a value named in Simplified Chinese, asked beside a destination', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('寄一台笔记本到成都，价值5000块，想买个保险，怎么弄，多少钱')
      .assertReply(contains('5,000 元', '50 元'))
      .startTest();
  });

  it('works out the insurance fee of a value named in English, asked beside a destination', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send("I'm posting a ring worth 3,000 to Beijing - how do I get insurance on it, and what's the price?")
      .assertReply(contains('CNY 3,000', 'CNY 30'))
      .startTest();
  });
});
