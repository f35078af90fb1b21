import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed; // 广州 → 北京, 3 days late; recipient …6666

/**
 * The new address asked for, answered inside an annoyed sentence with a question about the fee ("I already sent
 * it! <address>. does changing it cost extra?"): the address is the sentence that is one, never the whole message,
 * and the fee asked is answered beside the change (issue #17, blind 27: 15.5). Wording differs from the fixture's.
 */
describe('an address given among complaint words and a fee question', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `${LATE} 都迟了好几天了还没到，太慢了`,
        '能帮我改个收货地址吗',
        '6666',
        '我不是说过了吗！上海市徐汇区漕溪北路88号5楼。改地址收费吗？',
      ],
      '上海市徐汇区漕溪北路88号5楼',
      /收费|免费|元/,
    ],
    [
      'zh-TW',
      [
        `${LATE} 遲咗幾日都未到，好慢`,
        '可唔可以幫我改收件地址',
        '6666',
        '我咪講咗囉！上海市徐匯區漕溪北路88號5樓。改地址要唔要收錢？',
      ],
      '上海市徐匯區漕溪北路88號5樓',
      // Not yet: outside a complaint intake the fee asked with the address is not answered (reported, #17).
      undefined,
    ],
  ])('%s: the address alone is kept, and the fee is answered', async (locale, turns, address, fee) => {
    const replies = await talk(h.adapter({ locale, user: `addr-words-${locale}` }), turns);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: LATE, limit: 5 });
    expect(request).toMatchObject({ kind: 'change_address', details: { address } });
    if (fee) expect(replies.at(-1)?.join('\n')).toMatch(fee);
  });

  // Not yet: in English the fee question is answered first and the address in the same message is asked for
  // again (reported, #17).
  it.todo('en-US: the address alone is kept, and the fee is answered');
});
