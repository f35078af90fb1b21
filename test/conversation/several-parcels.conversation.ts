import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, stuck, lostLooking, delivered, returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Several parcels named in one tracking message are each answered — a status each, or why the number cannot be
 * taken — and what comes after is not guessed to be about the first (blind batch 18: 08, 18.1, 30.1).
 */
describe('several parcels in one message', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: four numbers, one unknown, each answered', async () => {
    const [first] = await talk(h.adapter({ locale: 'en-US' }), [
      `Hi I run a small shop, can you check these for me: ${normal}, ${stuck.toLowerCase()}, ${lostLooking} and SF9988776655443`,
    ]);
    const said = all(first);
    for (const number of [normal, stuck, lostLooking, 'SF9988776655443']) expect(said).toContain(number);
    expect(said).toMatch(/tell me which one/);
  });

  it('zh-CN: three numbers, then a word about “that one” is not taken as the first parcel', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `hello 我是开网店的 有几个件帮我check一下 ${normal} ${delivered} 还有 ${lostLooking}`,
      '那个一直不动的 我要投诉',
    ]);
    const said = all(replies[0]);
    for (const number of [normal, delivered, lostLooking]) expect(said).toContain(number);
    expect(all(replies[1])).not.toMatch(new RegExp(`${normal}（`));
  });

  it('zh-TW (Cantonese): “個EA件…” after the list is the EA parcel, not “which number?” (blind batch 18: 30.2)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `幫我睇下呢兩個件 ${returned} 同 ${normal.toLowerCase()}`,
      '個EA件點解退咗返去',
    ]);
    expect(all(replies[1])).toContain('收件人地址無法派送');
    expect(all(replies[1])).not.toMatch(/邊個運單號碼/);
  });
});
