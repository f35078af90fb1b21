import { botHarness, send, type BotHarness } from './harness';

// A loss complaint about 782828807290222 (the hub could not find it; never delivered): the claim's time limit asked
// is the lost parcel's own (from the day it was sent, no photos), never "7 days from delivery … photos of the item"
// (blind-30 09.4). A parcel recorded delivered keeps the limit from delivery.
describe("a lost parcel's claim time limit", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('gives the lost parcel its own time limit in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'my parcel 782828807290222 vanished, nobody can find it');
    await send(adapter, 'compensation please');
    const answer = (await send(adapter, 'is there a deadline for claiming? how many days do I have?')).join('\n');
    expect(answer).toContain('Time limit for a lost parcel');
    expect(answer).toContain('within 1 year of the day it was sent');
    expect(answer).not.toContain('7 days from delivery.');
  });

  it('gives it in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, '782828807290222 这个件找不到了，网点说丢了');
    await send(adapter, '要求赔偿');
    const answer = (await send(adapter, '索赔的话有没有时限？')).join('\n');
    expect(answer).toContain('寄出之日起 1 年内');
    expect(answer).not.toContain('理赔时限是签收后 7 天内');
  });

  it('gives it in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, '782828807290222 話搵唔到件，應該係唔見咗');
    await send(adapter, '我要賠償');
    const answer = (await send(adapter, '要幾多日內申請索償？有冇時限')).join('\n');
    expect(answer).toContain('寄出嗰日起 1 年內');
    expect(answer).not.toContain('索償時限係簽收後 7 日內');
  });
});
