import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

/**
 * The core grievance is said back, and the record is held up against the story (issue #17, batch 11 pattern 7):
 * an insured value against the payout offered, a double charge, an overcharge beside a delay are acknowledged in
 * one sentence naming them; "left a card" about a parcel not out for delivery, "dumped at the door" against a
 * signature in person, an address given for a parcel returned as undeliverable are said against the record and
 * put on the ticket for checking.
 */
describe('the grievance acknowledged and the record held up against the story', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-CN: an insured value against a small payout is named, both figures', async () => {
    const [said] = await play('zh-CN', ['我那个件保价了5000，结果你们说只能赔300，太离谱了']);
    expect(said).toMatch(/保价 5000.*300|5000.*只给 300|300.*5000/);
    expect(said).not.toContain('给您添麻烦了');
  });

  it('zh-TW (Cantonese): an insured value against a small payout is named in Cantonese', async () => {
    const [said] = await play('zh-TW', ['保咗價8000蚊 佢哋話淨係賠500 有冇搞錯']);
    expect(said).toContain('8000');
    expect(said).toContain('500');
    expect(said).not.toMatch(/您/);
  });

  it('en: a double charge is named in the acknowledgement', async () => {
    const [said] = await play('en-US', ['I got charged twice for sending one box last week, this needs fixing']);
    expect(said).toMatch(/charged twice for one shipment|Two charges for the same parcel/);
  });

  it('zh-TW: an overcharge told beside a delay is noted for the same ticket, and filed with it', async () => {
    const replies = await play('zh-TW', [
      `${DEMO_TRACKING.delayed} 晚了好幾天 而且明明3公斤卻收了我5公斤的錢`,
      '退款',
      '跳過',
      '提交',
    ]);
    expect(replies[0]).toContain('多收錢的事我也記下了');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toContain('費用爭議');
  });

  it('en: "left a card" about a parcel still at a hub is said against the record and kept for the agent', async () => {
    const replies = await play('en-US', [
      `the driver never even knocked, just left a card saying nobody was home. ${DEMO_TRACKING.stuck}`,
      'an apology',
      'skip',
      'submit',
    ]);
    expect(replies[0]).toContain('our record shows this parcel still at Wuhan sorting hub');
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toContain('does not match the record');
  });

  it('zh-CN: "丢在门口" against a signature by the recipient in person is said against the record', async () => {
    const [said] = await play('zh-CN', [`${DEMO_TRACKING.delivered} 快递员直接把东西丢在门口就走了，我要投诉`]);
    expect(said).toContain('记录上写的是收件人本人签收');
  });

  it('zh-TW: an address given for a parcel returned as undeliverable is held up against the recorded one', async () => {
    const replies = await play('zh-TW', [
      `${DEMO_TRACKING.returned} 為什麼被退回了 我要客訴`,
      '收件人手機末四碼4567',
      '重新寄送',
      '地址是九龍灣宏照道20號 沒有寫錯',
    ]);
    const said = replies[3] ?? '';
    expect(said).toContain('紀錄上的收件地址是香港九龍旺角彌敦道7號');
    expect(said).toContain('（九龍灣宏照道20號）');
  });
});
