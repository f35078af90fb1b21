import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Offered to have the station chase a parcel standing still — the offer asks for the last 4 digits — the customer who
 * sends the digits takes the chase: it is recorded, with what happens next and when, not a complaint opened nor the
 * offer dropped; asking for it again hears that it stands; a needed-by day and a phone to be reached on go on it
 * (blind batch 22: 13.4, 13.5, 05.3, 05.4, 24.3).
 */
describe('the chase offered is taken when the digits it asked for come', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const chases = async () =>
    (await h.store.deliveryChanges.list({ trackingNumber: stuck, limit: 10 })).filter((r) => r.kind === 'expedite');

  it('zh-CN: the digits record the chase, and asking again hears it stands', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${stuck} 这个快递好多天都没动静了`,
      '我是收件的 尾号7777',
      '麻烦你们催一催嘛',
    ]);
    expect(all(replies[0])).toMatch(/催一下/);
    expect(all(replies[1])).toMatch(/加急派送/);
    expect(all(replies[1])).toMatch(/接下来：.*网点.*11月25日/);
    expect(all(replies[1])).not.toMatch(/您希望我们怎么处理/);
    expect(all(replies[2])).toMatch(/已交给我们的团队/);
    expect(await chases()).toHaveLength(1);
  });

  it('zh-TW (Cantonese): the sender’s digits record the chase', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [`${stuck} 呢件嘢成幾日都冇更新`, '我係寄件人 8888']);
    expect(all(replies[1])).toMatch(/加急/);
    expect(all(replies[1])).not.toMatch(/投訴|客訴/);
    expect(await chases()).toHaveLength(1);
  });

  it('en: the digits record the chase; a needed-by day and a phone to reach them on go on it', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${stuck} has been sitting somewhere for days, what's up with it`,
      'receiver here, 7777',
      'please chase it up, we need it by Thursday. you can reach me at 13800138000',
    ]);
    expect(all(replies[1])).toMatch(/speed up its delivery/);
    expect(all(replies[1])).toMatch(/What happens next: the station .* due by/);
    expect(all(replies[2])).toMatch(/by Thu, Nov 26, reaching you on 13800138000/);
    expect(all(replies[2])).not.toMatch(/deliver it again/);
    // (The request as it stands now holds both; the one recorded at the digits had neither.)
    expect((await chases()).map((r) => r.details)).toContainEqual({ date: '2026-11-26', contact: '13800138000' });
  });

  // The message the offer answered keeps its needed-by day and phone once the digits take the chase (review of #17).
  it.each([
    [
      'en-US',
      `${stuck} hasn't moved in days, please chase it, I need it before Friday, contact me on 13912345678`,
      "I'm the recipient 7777",
      /by Fri, Nov 27, reaching you on 13912345678/,
    ],
    [
      'zh-CN',
      `${stuck} 好几天没动了 是不是丢了 我周五前要用 联系我13912345678`,
      '我是收件人 7777',
      /11月27日.*13912345678/,
    ],
    [
      'zh-TW',
      `${stuck} 幾日都冇更新 係咪唔見咗 我禮拜五之前要用 打13912345678搵我`,
      '我係收件人 7777',
      /11月27日.*13912345678/,
    ],
  ])('%s: the offer’s day and phone go on the chase', async (locale, first, digits, told) => {
    const replies = await talk(h.adapter({ locale }), [first, digits]);
    expect(all(replies[1])).toMatch(told);
    expect((await chases()).map((r) => r.details)).toContainEqual({ date: '2026-11-27', contact: '13912345678' });
  });
});
