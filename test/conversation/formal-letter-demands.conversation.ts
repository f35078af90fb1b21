import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * Demands written formally, as in a letter (blind batch 27: 23.2–23.4): "敬请贵司说明原因，并予以补偿", "kindly clarify
 * the reason and we request appropriate compensation" are an explanation and compensation — taken, never asked again
 * nor filed as none — and a reply asked for within a span ("三个工作日内") hears the complaint's real reply times.
 */
describe('demands written formally, and a reply asked for by a time', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('reads a formal English request for an explanation and compensation, and the reply span', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I wish to lodge a complaint: consignment SF2210478832106 is three days overdue and no notice was given.',
      'We would ask that you kindly clarify the cause, and we request appropriate compensation.',
      'Please have a member of staff respond within 3 business days. Telephone 13912345678.',
    ]);
    const all = replies.flat().join('\n');
    expect(all.split('What would you like us to do')).toHaveLength(2);
    expect(last(replies)).toMatch(/compensation/i);
    expect(last(replies)).toMatch(/explanation/i);
    expect(all).toContain("you'd like an answer within 3 business days");
    expect(all).toMatch(/first answer within/);
  });

  it('reads "敬请贵司说明原因，并予以补偿" in Simplified Chinese, and the reply span', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '本人寄往北京的快件SF2210478832106已逾期三天未送达，特此投诉。',
      '敬请贵司书面说明逾期缘由，并予以相应补偿。',
      '烦请于三个工作日内给予答复，联系电话13912345678。',
    ]);
    const all = replies.flat().join('\n');
    expect(last(replies)).toMatch(/诉求：[^\n]*赔偿/);
    expect(last(replies)).toMatch(/诉求：[^\n]*给个说法/);
    expect(all).not.toContain('暂无具体要求');
    expect(all.split('您希望我们怎么处理')).toHaveLength(2);
    expect(all).toContain('您希望三个工作日内得到答复');
    expect(all).toMatch(/内首次回复/);
  });

  it('reads "請貴司提供延誤之說明，並給予賠償" in Traditional Chinese, and the reply span', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '本人之包裹SF2210478832106至今已逾期三日，特此來函申訴。',
      '請貴司提供延誤之說明，並給予合理賠償。',
      '盼於五個工作天內回覆，電話0910222333。',
    ]);
    const all = replies.flat().join('\n');
    expect(last(replies)).toMatch(/訴求：[^\n]*賠償/);
    expect(last(replies)).toMatch(/訴求：[^\n]*說法/);
    expect(all).not.toContain('暫無具體要求');
    expect(all.split('您希望我們怎麼處理')).toHaveLength(2);
    expect(all).toContain('您希望五個工作天內得到回覆');
    expect(all).toMatch(/內首次回覆/);
  });
});
