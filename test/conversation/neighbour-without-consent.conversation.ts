import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A parcel handed to a neighbour (or put in a locker) without the customer's consent, told in the middle of a
 * complaint with a question beside it: the customer hears in one line that it needs the recipient's consent, the
 * words join the complaint's account, and the step is asked again — never the signing record repeated nor "I can't
 * answer that here" (blind batch 23: 02.3, 12.3, 21.3).
 */
describe('a parcel left with a neighbour without the customer’s consent', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`${delivered} is marked delivered but I don't have it`, 'last four 1111, I want an explanation'],
      'apparently the driver handed it to next door, I was never asked and they say they have nothing. how is that allowed?',
      'with a neighbour needs the recipient',
      'How can we reach you',
      '07712345678',
      'handed it to next door',
    ],
    [
      'zh-CN',
      [`${delivered} 显示已签收，我没拿到`, '尾号1111'],
      '快递员说给了对门，可对门说没收到，根本没人问过我同意不同意，凭什么？',
      '放邻居家要先征得收件人同意',
      '',
      '13912345678',
      '给了对门',
    ],
    [
      'zh-TW',
      [`${delivered} 話簽收咗但我冇收到`, '尾號1111'],
      '速遞員話放咗喺隔籬，但隔籬話冇見過，我從來冇同意過，點解可以咁做？',
      '要先問過收件人同意',
      '',
      '91234567',
      '放咗喺隔籬',
    ],
  ])('%s: the consent rule is said, the step asked again and the account keeps it', async (...cases) => {
    const [locale, opening, told, rule, step, phone, kept] = cases;
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [...opening, told]);
    const heard = all(replies.at(-1));
    expect(heard).toContain(rule);
    expect(heard).toContain(step);
    expect(heard).not.toMatch(
      /Signed for by the recipient|签收人：本人|簽收人：本人|答不上来|答唔到|can't answer that/,
    );
    const summary = await talk(adapter, [phone]);
    expect(all(summary.at(-1))).toContain(kept);
  });

  it('zh-TW: a locker used without consent is heard the same way and kept', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const replies = await talk(adapter, [
      `${delivered} 顯示簽收了，可是我沒有收到`,
      '末四碼1111',
      '後來才知道被放進社區櫃子，從頭到尾沒人問過我，這樣可以嗎？',
    ]);
    const heard = all(replies.at(-1));
    expect(heard).toContain('都要先經您同意');
    expect(heard).not.toMatch(/簽收人：本人/);
    const summary = await talk(adapter, ['0912345678']);
    expect(all(summary.at(-1))).toContain('被放進社區櫃子');
  });
});
