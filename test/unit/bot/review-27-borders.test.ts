import { asksIfBot, asksIfPersonHandles } from '../../../src/bot/bot-identity';
import { categoryNamedAs } from '../../../src/bot/category-named';
import { deliveryWindow } from '../../../src/bot/delivery-change-reading';
import { asksReturnToSender } from '../../../src/bot/waybill-change-reading';

const NO_ENTITIES = { entities: { dates: [] } } as unknown as Parameters<typeof deliveryWindow>[1];

// The stranger's review of session 27's fixes: where each new reading must stop.
describe('the borders of session 27 readings', () => {
  it('asks whether a bot answers only in a short question, in linear time on long input', () => {
    expect(asksIfBot('你是机器人还是真人啊')).toBe(true);
    expect(asksIfBot('are you a bot? lol')).toBe(true);
    // A long run of spaces once backtracked for minutes (80 spaces: 0.6 s; 200: over 2 minutes).
    const started = process.hrtime.bigint();
    expect(asksIfBot(`是真人${' '.repeat(2000)}x`)).toBe(false);
    expect(asksIfBot(`are you a bot${' '.repeat(2000)}x`)).toBe(false);
    // (Generous: the shared machine is noisy; the broken pattern took minutes.)
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
  });

  it('"有没有人看到我的快递" asks about the parcel, not who handles a case', () => {
    expect(asksIfPersonHandles('有没有人看到我的快递？')).toBe(false);
    expect(asksIfPersonHandles('有冇人睇到我個包裹？')).toBe(false);
    expect(asksIfPersonHandles('will a human actually look at this or is it just you?')).toBe(true);
    expect(asksIfPersonHandles('有没有真人处理？')).toBe(true);
  });

  it.each([
    ["don't file it as lost, it's just late"],
    ['please do not treat it as lost yet'],
    ['还在路上，应该不算丢件吧'],
    ['要按丢件处理吗？'],
  ])('"%s" names no type to file under', (text) => {
    expect(categoryNamedAs(text)).toBeUndefined();
  });

  it.each([
    ['ok file it as lost then', 'lost'],
    ['那就按丢件登记吧', 'lost'],
    ['咁當遺失處理啦', 'lost'],
  ])('"%s" files it as %s', (text, type) => {
    expect(categoryNamedAs(text)).toBe(type);
  });

  it.each(['能不能快一点送过来', '明天晚一点送可以吗'])('"%s": 一点 after a word of degree is no hour', (text) => {
    expect(deliveryWindow(text, NO_ENTITIES)).not.toHaveProperty('after', '01:00');
    expect(deliveryWindow(text, NO_ENTITIES)).not.toHaveProperty('after', '13:00');
  });

  it('"改成二十点送" is 20:00', () => {
    expect(deliveryWindow('改成二十点送', NO_ENTITIES)).toEqual(expect.objectContaining({ after: '20:00' }));
  });

  it('a wait in days is no money asked back: "等了10天 退回给卖家吧" returns it to the seller', () => {
    expect(asksReturnToSender('等了10天 退回给卖家吧')).toBe(true);
    expect(asksReturnToSender('我要3000全數退返俾我')).toBe(false);
  });
});
