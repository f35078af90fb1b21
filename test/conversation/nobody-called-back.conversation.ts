import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Nobody got back to me" says what happened to an earlier request; it is no new complaint of a kind the NLU guessed
 * (issue #17, blind batch 10: "still no one has got back to me" became a paid-service complaint) and no request for
 * a person (a call never made is not a call asked for).
 */
describe('"nobody got back to me"', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '等了一个礼拜了 还是没人联系过我', /没有查到您的投诉|按单号帮您查/],
    ['zh-TW', '等咗成個禮拜 都冇人聯絡過我', /沒有查到您的客訴|按單號幫您查|按單號幫你查|搵唔到你嘅投訴/],
    ['en-US', 'a week later and still nobody has got back to me', /look for your complaint/],
  ])('%s: alone, it is sorry and the way to find the complaint, not a new complaint', async (locale, said, find) => {
    const text = (await send(h.adapter({ locale }), said)).join('\n');
    expect(text).toMatch(/抱歉|唔好意思|sorry|Sorry/);
    expect(text).toMatch(find);
    // Not the complaint intake's first question.
    expect(text).not.toMatch(/哪个快递单号|哪個貨運單號|Which tracking number is this about/);
  });

  it.each([
    ['zh-CN', `${delayed} 晚了三天`, '到现在都没人给我打电话'],
    ['zh-TW', `${delayed} 遲咗三日`, '到而家都冇人打過電話俾我'],
    ['en-US', `${delayed} is three days late`, 'and to this day nobody has called me'],
  ])('%s: mid-complaint, it is no request for a person', async (locale, opening, said) => {
    const adapter = h.adapter({ locale });
    const [, heard] = await talk(adapter, [opening, said]);
    expect(all(heard)).not.toMatch(/转接人工|轉接真人|轉真人|passed your case to our team/);
    expect(await h.store.tickets.find({})).toEqual([]);
    expect(all(heard)).toMatch(/抱歉|唔好意思|sorry|Sorry/);
  });
});
