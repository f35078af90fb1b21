import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * The number of a filed complaint, which tracking cannot find, sent again after filing (blind batch 23: 17.6): it is on
 * the ticket as the customer wrote it and the agent checks it — never "not found, please check the number" again.
 */
describe('a filed complaint whose unknown number is sent again', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('says in English the number is on the ticket for the agent to check', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'the vase inside came smashed to pieces',
      'it is SF7070707070701',
      'what now?',
      'compensation',
      '13912345678',
      'submit',
      'SF7070707070701 that is the right number',
    ]);
    expect(last(replies)).toContain('SF7070707070701 is on your ticket');
    expect(last(replies)).toContain('the agent will check it');
    expect(last(replies)).not.toMatch(/can't find|check the number/);
  });

  it('says it in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '杯子寄到的时候全摔碎了',
      'SF7070707070701',
      '接下来要怎么办',
      '赔偿',
      '13912345678',
      '提交',
      '就是SF7070707070701 没写错',
    ]);
    expect(last(replies)).toContain('已经按您写的记在工单');
    expect(last(replies)).not.toContain('请核对');
  });

  it('says it in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '啲碗寄到嘅時候全部爛晒',
      'SF7070707070701',
      '咁而家點算',
      '賠償',
      '91234567',
      '提交',
      'SF7070707070701 真係冇錯',
    ]);
    expect(last(replies)).toContain('已經照你寫嘅記咗');
    expect(last(replies)).not.toContain('核對一下');
  });
});
