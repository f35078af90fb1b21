import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;

// Issue #17, blind batch 33 (05.4, 15.5): the parcel turned up while its complaint was being taken down — "a neighbour
// had it" was added to the complaint and the contact asked again; "it's in the locker" heard the confirm prompt. Now:
// good news said, the draft offered to be withdrawn (buttons); withdrawn or a yes to that files nothing, "keep" goes on.
describe('a parcel that turns up during its complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`${DELIVERED} shows delivered but I never got it`, '1111', 'find it please'],
      'oh wait, my flatmate had it all along',
      'good news',
      'Withdraw the complaint',
    ],
    [
      'zh-CN',
      [`${DELIVERED} 显示签收了 可我压根没拿到`, '我要赔偿', '13912345678'],
      '哦 原来是放在快递柜里 刚看到',
      '太好了',
      '撤销投诉',
    ],
    [
      'zh-TW',
      [`${DELIVERED} 顯示簽收了 可是我根本沒拿到`, '給個說法'],
      '東西已經拿到了，在鄰居家',
      '太好了',
      '撤銷客訴',
    ],
    ['zh-TW', [`${DELIVERED} 話已經簽收 但我完全冇收到`, '畀個解釋'], '原來喺管理處度，搵到喇', '好消息', '撤銷投訴'],
  ])('%s: good news, and withdrawing it files nothing', async (locale, before, news, glad, withdraw) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, before);
    const [replies] = await talk(adapter, [news]);
    const text = (replies ?? []).join('\n');
    expect(text).toContain(glad);
    expect(text).not.toMatch(/added that to your complaint|确认提交吗|確認提交|How can we reach you/);
    const [after] = await talk(adapter, [withdraw]);
    expect((after ?? []).join('\n')).toMatch(/cancelled this complaint|已取消本次|已經取消今次/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it('a yes to "shall I withdraw it?" at the summary withdraws it, never submits it', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, [`${DELIVERED} 显示签收了 可我压根没拿到`, '我要赔偿', '13912345678', '原来邻居帮我收了']);
    const [replies] = await talk(adapter, ['好的']);
    expect((replies ?? []).join('\n')).toContain('已取消本次投诉');
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it('kept, the complaint goes on; a parcel still missing is no news', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await talk(adapter, [`${DELIVERED} 顯示簽收了 可是我根本沒拿到`, '給個說法', '東西已經拿到了，在鄰居家']);
    const [kept] = await talk(adapter, ['繼續登記客訴']);
    expect((kept ?? []).join('\n')).toContain('客訴保留');
    const other = h.adapter({ locale: 'en-US' });
    const [, missing] = await talk(other, [
      `${DELIVERED} shows delivered but I never got it`,
      "I still haven't found it anywhere",
    ]);
    expect((missing ?? []).join('\n')).not.toContain('good news');
  });
});
