import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING; // on its way, due Nov 24, recipient …4444
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

const PROOF_ASKED = /last 4 digits|后4位|末4碼|尾4位/;
const COMPLAINT = /What would you like us to do\?|怎么处理|怎麼處理|點樣處理|Did you mean|您是想|你係想/;

/**
 * Issue #17: "deliver it home, and if nobody's in leave it with building management" is a redelivery home with that
 * note, asked for proof first as other delivery changes are — not a complaint about a special request nor a choice
 * between two readings. A story of where it was left is still a complaint. Wording differs from the blind testers'.
 */
describe('home delivery, left with building management if nobody is in', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `bring ${normal} to my home please, if no one is home give it to the front desk`,
      // (The desk the customer named is said back since blind batch 25: 01.3, not "the building's management".)
      /left with your building's front desk if nobody is in/,
    ],
    ['zh-CN', `${normal} 麻烦送我家，家里没人的话就交给门卫代收`, /家里没人时可交给/],
    ['zh-TW', `${normal} 請送到我家，沒人在就放管理室代收`, /家裡沒人時可交給/],
    ['zh-TW', `${normal} 送返屋企啦，冇人喺屋企就俾保安代收`, /屋企冇人嘅話可以交俾/],
  ])('%s: “%s”', async (locale, asked, note) => {
    const [first, proved] = await talk(h.adapter({ locale }), [asked, '4444']);
    expect(said(first)).toMatch(PROOF_ASKED);
    expect(said(first)).not.toMatch(COMPLAINT);
    expect(said(proved)).toMatch(note);
    const [change] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 });
    expect(change).toMatchObject({ kind: 'redeliver' });
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('zh-CN: “说了送到家，结果交给物业代收了” is not such a request', async () => {
    const [first] = await talk(h.adapter({ locale: 'zh-CN' }), [`${normal} 说了送到家，结果没人就交给物业代收了`]);
    expect(said(first)).not.toMatch(PROOF_ASKED);
  });
});
