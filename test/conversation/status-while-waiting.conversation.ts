import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Status of my complaint?", "现在处理到哪一步了", "而家跟到邊？" while the ticket waits for a person: where it stands in
 * the queue — never "I've added that to the ticket" for a question about it (issue #17, blind batch 33: 04.7, 29.8).
 */
describe('how far the case has got, asked while it waits for a person', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'talk to a person please', 'where are we at with my case?', /added that/],
    ['zh-CN', '转人工', '现在处理到哪一步了', /已加到/],
    ['zh-TW', '轉真人', '而家跟到邊呀', /已經加落/],
  ])('%s: the queue line only', async (locale, human, asked, added) => {
    const replies = await talk(h.adapter({ locale }), [human, asked]);
    const said = (replies[1] ?? []).join('\n');
    expect(said).toMatch(/C-20261123-0001/);
    expect(said).not.toMatch(added);
  });
});
