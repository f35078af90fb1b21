import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delivered } = DEMO_TRACKING; // normal: sender …2222, recipient …4444

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Ordinary follow-ups read against what just happened (issue #17, blind batch 3, P4): photos promised for later
 * are about the evidence (not prohibited items, not a change of delivery), a short question after a complaint
 * was filed asks how it stands (it adds nothing to it), the proof given in a sentence is the whole answer, and
 * a bare "ok" is acknowledged rather than met with "I'm not sure I understood".
 */
describe('ordinary follow-ups', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW: "照片晚點再傳好嗎" at the contact step is about the photos; the photo question is not asked again', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const replies = await talk(adapter, [
      `${delivered} 收到的時候杯子裂了兩個`,
      '我要賠償',
      '照片晚點再傳好嗎',
      '0912345678',
    ]);
    const [, , later, phone] = replies;
    expect(all(later)).toContain('照片可以之後再傳');
    expect(all(later)).toContain('聯絡電話');
    expect(all(later)).not.toMatch(/禁止寄送|末4碼/);
    expect(all(phone)).toContain('客訴資訊'); // straight to the summary
    expect(all(phone)).not.toContain('照片，請現在傳送');
  });

  it('zh-CN: "照片我现在拍不了，明天再发行吗" at the photo step answers it', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, , , later] = await talk(adapter, [
      `${delivered} 里面的花瓶摔碎了`,
      '赔偿',
      '13800001234',
      '照片我现在拍不了，明天再发行吗',
    ]);
    expect(all(later)).toContain('照片可以之后再发');
    expect(all(later)).toContain('您的投诉信息');
  });

  it('en: "can I send the pictures tomorrow?" mid-intake is answered and the step asked again', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, , later] = await talk(adapter, [
      `My parcel ${delivered} came with the lamp smashed to pieces`,
      'I want compensation',
      "can I send the pictures tomorrow? I'm at work",
    ]);
    expect(all(later)).toContain('send the photos whenever you can');
    expect(all(later)).toContain('How can we reach you');
    expect(all(later)).not.toContain('last 4 digits');
  });

  it('zh-TW (Cantonese), zh-CN, en: a short question right after filing gets the status, not "added to your complaint"', async () => {
    const cases: [string, string, string[], string, RegExp][] = [
      [
        'zh-TW',
        'yue',
        [`${normal} 運費收多咗我三十蚊 我要投訴`, '退返', '+852 6123 4567', '提交'],
        '咁我張單依家搞成點樣',
        /狀態/,
      ],
      [
        'zh-CN',
        'cn',
        [`${normal} 运费多收了我二十块 我要投诉`, '退款', '13900001234', '提交'],
        '那单子现在怎么样了',
        /状态/,
      ],
      [
        'en-US',
        'en',
        [`I want to complain, you overcharged me for ${normal}`, 'refund', '13900005678', 'submit'],
        "how's it going?",
        /is open/,
      ],
    ];
    for (const [locale, user, filing, question, status] of cases) {
      const adapter = h.adapter({ locale, user });
      const replies = await talk(adapter, [...filing, question]);
      expect(all(replies.at(-2))).toMatch(/C-\d{8}-\d{4}/);
      expect(all(replies.at(-1))).toMatch(status);
      expect(all(replies.at(-1))).not.toMatch(/補充|补充|added/);
    }
    const notes = (await h.store.tickets.find({}))
      .flatMap((t) => t.history)
      .filter((e) => e.action === 'customer added');
    expect(notes).toEqual([]);
  });

  it('en and zh-CN: the proof written in a sentence is answered once, without a "did you mean" menu', async () => {
    const en = h.adapter({ locale: 'en-US', user: 'en' });
    const [, proof] = await talk(en, [`track ${normal}`, "I'm the sender, last 4 is 2222"]);
    expect(all(proof)).toContain('Thanks, that matches');
    expect(all(proof)).not.toContain("I'm not sure I understood");
    const zh = h.adapter({ locale: 'zh-CN', user: 'zh' });
    const [, zhProof, okay] = await talk(zh, [`${normal} 到哪了`, '我是收件人，手机尾号是4444', '好啦']);
    expect(all(zhProof)).toContain('核对无误');
    expect(all(zhProof)).not.toContain('不太确定');
    // "好啦" after the check is an ok or a goodbye (LABELS.md's thanks): either is answered as one, nothing re-asked.
    expect(all(okay)).toMatch(/还有什么可以帮您|有需要随时找我/);
  });
});
