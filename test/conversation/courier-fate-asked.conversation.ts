import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed; // 3 days past the promised date
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Will he be told off?" asked while the complaint about a rude courier asks for a contact is answered with what
 * the station does to a courier after a complaint (caseQ.courier), and the number in the same message is still
 * kept (blind batch 27 replay, 07.4: the question went unanswered).
 */
describe('what becomes of the courier, asked at the contact step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`the delivery man for ${LATE} shouted at me on the phone and hung up`, 'an apology'],
      'is the driver going to be reprimanded for this? you can call me on 13812345678',
      /decided by the station under the courier company's rules/,
      /\+8613812345678/,
    ],
    [
      'zh-CN',
      [`${LATE} 的快递员电话里冲我大吼还挂我电话，态度太恶劣了`, '道歉'],
      '这个快递员会不会被批评？我电话13812345678',
      /对快递员怎么处理，由网点按公司的规定决定/,
      /\+8613812345678/,
    ],
    [
      'zh-TW',
      [`${LATE} 嗰個速遞員喺電話度鬧我，仲收我線，態度好差`, '道歉'],
      '佢會唔會俾人鬧㗎？打 91234567 搵我',
      /點樣處理個速遞員，由站點按公司規定決定|對快遞員怎麼處理，由營業所依公司規定決定/,
      /91234567/,
    ],
  ] as const)('%s: the question is answered and the number kept', async (locale, opening, asked, answer, number) => {
    const replies = await talk(h.adapter({ locale }), [...opening, asked]);
    const last = all(replies[replies.length - 1]);
    expect(last).toMatch(answer);
    expect(last).toMatch(number);
  });
});
