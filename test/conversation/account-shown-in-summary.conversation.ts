import { accountShown } from '../../src/bot/intake-prompts';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * The summary shows what the customer told, including what they added last (blind batch 38a: 01.5, 03.4, 04.5 — the
 * account was cut at 300 characters, mid-word, so "oh and the box was soaking wet too", said to be added, was not
 * on the summary): each message of the account, a long one cut at a word with "…", and of many the first and latest.
 */
describe('the account in the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `honestly amazing work on ${delivered}, the box turned up crushed flat as if a truck drove over it and the two glass jars of honey inside were broken and leaking all over everything else in there, the books are glued together, the scarf my sister knitted is ruined, and the driver just dumped it and drove off without even knocking, which is the third time this month`,
      'compensation, the jars were 260 yuan and the rest of the stuff is ruined too',
      'oh and the outer bag was soaked through, it was left outside in the rain',
      /soaked through/,
    ],
    [
      'zh-CN',
      `${delivered} 你们送来的箱子都压扁了 跟被车压过一样 里面两瓶蜂蜜全碎了 流得到处都是 其他东西也全毁了 我真的是服了你们这个服务 包装也不好好包 运费还那么贵 以后再也不用了 真的太气人了 你们自己看看怎么办吧 书全粘在一起了 我妹妹织的围巾也毁了 快递员扔下就走 门都不敲 这个月已经是第三次了 我已经忍了很久了 你们的客服电话也一直打不通 等了半个小时都没人接`,
      '赔偿 蜂蜜两瓶260块',
      '还有外面的袋子全湿透了 放在门外淋雨了',
      /全湿透了/,
    ],
    [
      'zh-TW',
      `${delivered} 個箱俾人壓到扁晒 好似俾車轆過咁 入面兩樽蜜糖全部爛晒 流到周圍都係 其他嘢都冇得用 你哋個服務真係一流 包裝又唔包好啲 運費又收咁貴 以後都唔會再用 真係激死人 你哋自己諗下點算啦 啲書全部黐埋一齊 我阿妹織俾我條頸巾都冇得用 個速遞員掟低就走 門都唔敲 呢個月已經第三次 我已經忍咗好耐 打你哋客服又成日冇人聽 等咗半個鐘都冇人理`,
      '賠償 兩樽蜜糖260蚊',
      '仲有外面個袋全濕晒 放咗喺門口淋雨',
      /全濕晒/,
    ],
  ])('%s: a detail added at the contact step is on the summary', async (locale, opening, demand, added, detail) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [opening, demand, added, 'skip', 'skip']);
    const summary = replies.map(all).find((r) => /类型|類型|Type:/.test(r)) ?? '';
    expect(summary).toMatch(detail);
  });

  it('cuts a long message at a word with "…", and shows the first and the latest of many', () => {
    const long = `${'word '.repeat(40)}end`;
    expect(accountShown(long)).toMatch(/^(word )+word…$/);
    const many = ['first', 'two', 'three', 'four', 'five', 'six', 'latest'].join('\n');
    expect(accountShown(many).split('\n')).toEqual(['first', '…', 'four', 'five', 'six', 'latest']);
    expect(accountShown('短\n\n两行')).toBe('短\n两行');
  });
});
