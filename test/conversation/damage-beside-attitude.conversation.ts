import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Goods broken by a courier who was rude or threw the parcel: damage is the complaint's type (the claim, the priority)
 * and the attitude goes on the same ticket beside it; "put the damage on it too" at the summary makes it so, and the
 * customer hears it (issue #17, blind batch 23: 09.4, 09.6).
 */
describe('broken goods beside a rude courier', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`快递员把我的箱子直接扔进院子，里面的杯子全碎了，他还骂我，单号${normal}`, '赔偿', '13912345678', '跳过'],
      '类型：损毁（另有：服务态度）',
    ],
    [
      'zh-TW',
      [`送貨員態度超差，把包裹用丟的，裡面的碗都破了，單號${normal}`, '賠償', '0912345678', '跳過'],
      '類型：損毀（另有：服務態度）',
    ],
    [
      'en-US',
      [
        `${normal} - your driver tossed my parcel onto the porch and the mirror inside is cracked`,
        'compensation',
        '13912345678',
        'skip',
      ],
      'Type: damaged contents (also: service attitude)',
    ],
  ])('%s: filed as damage, the attitude beside it', async (locale, turns, type) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-1))).toContain(type);
  });

  it('en: "put the damage on the complaint too" at the summary makes damage the type, said so', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `the delivery guy was so rude to me today, ${normal}`,
      'an apology',
      '13912345678',
      'and the lamp inside is cracked, put the damage on the complaint too',
    ]);
    expect(all(replies.at(-1))).toContain('Type: damaged contents (also: service attitude)');
    expect(all(replies.at(-1))).toContain('Shall I submit it?');
  });

  it('zh-CN: "提交，损坏也要写上" files with damage on it and says so', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `快递员态度很恶劣，还骂人，单号${normal}`,
      '道歉',
      '13912345678',
      '提交吧，不过花瓶也摔碎了，损坏也要写上',
    ]);
    const heard = all(replies.at(-1));
    expect(heard).toContain('按“损毁”登记');
    expect(heard).toContain('服务态度');
    expect(heard).toMatch(/工单号 C-/);
  });
});
