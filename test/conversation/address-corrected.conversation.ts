import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * An address given with the change request before the proof is used once the proof comes (never asked for again);
 * a correction of its number, floor or room ("係12樓唔係21樓", "写错了 应该是3号", "room 1205 not 1203") is applied to
 * it and said back, never taken for the address nor for worry; "done? will it come tomorrow?" hears the request and
 * the due date (blind batch 22: 04.3–04.5, 14.4, 14.5).
 */
describe('an address given early is used, and a correction of it applied', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const address = async () =>
    (await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 })).find((r) => r.status === 'requested')
      ?.details.address;

  it('en: the address from the request is used after the proof, and “room 1205 not 1203” corrects it', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `can you send ${normal} to my workplace instead? it's Room 1203, 88 Century Avenue, Pudong, Shanghai`,
      'recipient, ends 4444',
      'oops, room 1205 not 1203',
    ]);
    expect(all(replies[1])).toMatch(/deliver it to Room 1203, 88 Century Avenue/);
    expect(all(replies[1])).not.toMatch(/What is the new address/);
    expect(all(replies[2])).toMatch(/Corrected: .*Room 1205, 88 Century Avenue/);
    expect(await address()).toBe('Room 1205, 88 Century Avenue, Pudong, Shanghai');
  });

  it('zh-TW (Cantonese): “係12樓唔係21樓” corrects the floor, and “改好未？聽日送唔送到” hears the due date', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${normal} 幫我改地址`,
      '收件人 4444',
      '改送去 上海市浦東新區張楊路500號21樓',
      '係12樓唔係21樓',
      '改好未？聽日送唔送到',
    ]);
    expect(all(replies[3])).toMatch(/張楊路500號12樓/);
    expect(all(replies[3])).not.toMatch(/冇遺失|沒有遺失|冇唔見/);
    expect(all(replies[4])).toMatch(/張楊路500號12樓[\s\S]*11月24日/);
    expect(await address()).toBe('上海市浦東新區張楊路500號12樓');
  });

  it('zh-CN: an address in the request is used after the proof, and “写错了 应该是3号” corrects the number', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${normal} 能不能改送到上海市徐汇区虹桥路1号 8楼`,
      '收件人 4444',
      '写错了 应该是3号',
      '改好没？明天能到吗',
    ]);
    expect(all(replies[1])).toMatch(/虹桥路1号 8楼/);
    expect(all(replies[2])).toMatch(/已更正.*虹桥路3号 8楼/);
    expect(all(replies[3])).toMatch(/虹桥路3号 8楼[\s\S]*11月24日/);
    expect(await address()).toBe('上海市徐汇区虹桥路3号 8楼');
  });

  // A day, a time, or words like 不是/sorry/not said about something else never rewrite the address; and a correction
  // is read only on the message right after the address was taken down (review of #17).
  it('zh-CN: “不是我不想等 是我25号要出差” is no correction, and “不是说25号前能到吗” turns later neither', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${normal} 帮我改地址`,
      '收件人 4444',
      '改送到 上海市浦东新区世纪大道100号15楼',
      '不是我不想等 是我25号要出差',
      '好的谢谢',
      '不是说25号前能到吗',
    ]);
    expect(all(replies[2])).toMatch(/世纪大道100号15楼/);
    for (const i of [3, 4, 5]) expect(all(replies[i])).not.toMatch(/已更正|世纪大道25号/);
    expect(await address()).toBe('上海市浦东新区世纪大道100号15楼');
  });

  it('zh-CN: “不好意思 不是今天 是明天12点后” right after the address changes no floor', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${normal} 帮我改地址`,
      '收件人 4444',
      '改送到 上海市浦东新区世纪大道100号15楼',
      '不好意思 不是今天 是明天12点后',
    ]);
    expect(all(replies[3])).not.toMatch(/已更正|100号12楼/);
    expect(await address()).toBe('上海市浦东新区世纪大道100号15楼');
  });

  it('zh-TW: “不是我的問題 是16號前一定要到” right after the address changes no number', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${normal} 幫我改地址`,
      '收件人 4444',
      '改送到 台北市信義區松仁路100號15樓',
      '不是我的問題 是16號前一定要到',
    ]);
    expect(all(replies[2])).toMatch(/松仁路100號15樓/);
    expect(all(replies[3])).not.toMatch(/松仁路16號/);
    expect(await address()).toBe('台北市信義區松仁路100號15樓');
  });

  it('en: “sorry, not before 3pm” is no correction, and “I meant 1230 not 1203” a turn later is not read as one', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `can you send ${normal} to my workplace instead? it's Room 1203, 88 Century Avenue, Pudong, Shanghai`,
      'recipient, ends 4444',
      'sorry, not before 3pm, I am out',
      'thanks',
      'actually I meant 1230 not 1203',
    ]);
    expect(all(replies[1])).toMatch(/Room 1203, 88 Century Avenue/);
    for (const i of [2, 3, 4]) expect(all(replies[i])).not.toMatch(/Corrected:/);
    expect(await address()).toBe('Room 1203, 88 Century Avenue, Pudong, Shanghai');
  });
});
