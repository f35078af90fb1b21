import { botHarness, talk, type BotHarness } from './harness';

// One message that both tells the goods' value and asks how much comes back got the claim limits twice in one turn
// (blind batch 29: 09.3): a reply whose every line the turn has already said is not sent again.
describe('the same rule is not sent twice in one reply turn', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const LOST = '782828807290222';

  it.each([
    [
      'en-US',
      `${LOST} has been stuck for a week, I think it's lost`,
      '5555',
      'compensation',
      "I don't think it had insurance. the jacket inside cost 900. how much do I get back if it's gone",
    ],
    [
      'zh-CN',
      `${LOST} 一个星期没动了，肯定丢了`,
      '5555',
      '赔偿',
      '应该没保价。里面是件外套值900块。要是丢了能赔回多少',
    ],
    [
      'zh-TW',
      `${LOST} 一個禮拜都冇郁，應該唔見咗`,
      '5555',
      '應該冇買保險。入面件褸值900蚊。如果真係唔見咗可以賠返幾多',
    ],
  ])('%s', async (locale, ...turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    const lines = (replies.at(-1) ?? []).flatMap((r) =>
      r
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line, i) => lines.indexOf(line) !== i)).toEqual([]);
  });
});
