// The example in each marker's comment, as a test.
import { describe, expect, it } from 'vitest';
import * as M from '../../../src/core/text/markers.js';
import { cnNumber, numberingOf } from '../../../src/core/outline/rules/numbering.js';

const at = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return re.test(text);
};

describe('markers', () => {
  const cases: Array<[keyof typeof M, string, string]> = [
    ['CN_DUN', '一、坚持党的领导', '一是加强学习'],
    ['CN_PAREN', '（二）加强队伍建设', '（2018年）'],
    ['DI_CN', '第一个方面：形势', '第一次会议'],
    ['DI_PART', '第二部分 重点工作', '第二，要抓'],
    ['AR_DUN', '2、着力破除', '3.5万元补贴'],
    ['AR_PAREN', '(2)要抓好', '(2024)'],
    ['CIRCLED', '①抓项目', '1抓项目'],
    ['DASH_LEAD', '——胡耀邦同志…', '胡耀邦——同志'],
    ['SUBTITLE', '——在机关党支部会上的发言', '在会上的发言'],
    ['DATE_LINE', '（一九四四年九月八日）', '2018年是关键之年。'],
    ['DATE_LINE', '张三（2024年5月4日）', '今年5月是关键。'],
    ['SPEAKER_LINE', '市委书记 张三', '同志们：'],
    ['EDITORIAL_LINE', '（来源：新华社）', '（一）加强学习'],
    ['TITLE_NOTE', '这是毛泽东在追悼会上的讲演。', '这是我们的责任。'],
    ['SALUTATION', '各位领导、同志们：', '同志们，思想大解放是前提。'],
    ['INTERJECTION', '同志们、朋友们！', '同志们，我们要努力！。'],
    ['CLOSING_START', '以上发言，请批评指正。', '以上这些问题要解决。'],
    ['KEY_CHAR', '“忠”字为先筑根基。', '“两个确立”'],
    ['DECORATION', '## 一、', '#1'],
    ['ORDINAL_PARAGRAPH', '二是加强', '一方面'],
    ['FANGMIAN_PARAGRAPH', '另一方面，要清醒看到', '一方面的工作'],
    ['EDITORIAL_LINE', '（热烈掌声）', '（一）掌声响起'],
    ['AR_DUN', '３、从严管理', '３．５亿元'],
    ['SPEAKER_LINE', '县住房和城乡建设局党组书记、局长 刘卫东', '要坚持、要落实。'],
    ['CLOSING_START', '各位领导、同志们，我们将…', '同志们的意见很重要。'],
    ['CLOSING_START', '亲爱的家人们，新春将至。', '亲爱的读者'],
    ['CLOSING_START', '好，我就讲这些。', '好的方面要坚持。'],
    ['CLOSING_START', '以上，是我的几点意见。', '以上这些问题要解决。'],
    ['SEQ_ORDINAL', '再一个，就是审批的问题。', '再一个月就完工了。'],
    ['ORDINAL_PARAGRAPH', '再一个，就是审批的问题。', '再一个月就完工了。'],
    ['IMPERATIVE_HEADING', '我们要以最高的标准建设好这个项目。', '产业振兴要见实效。'],
    ['IMPERATIVE_HEADING', '一要坚持人民至上', '要素保障更加有力'],
    ['YAO_IMPERATIVE', '要严守纪律规矩的红线。', '要素保障方面，…'],
    ['IMPERATIVE_OPENER', '必须一体推进不敢腐。', '必须的程序'],
    ['IMPERATIVE_OPENER', '坚持把纪律挺在前面。', '坚持了十年'],
    ['SPOKEN_ORDINAL', '还有一个是政策要落地。', '一个是非问题'],
    ['STATEMENT_OPENER', '坚持问题导向，是推进改革的基本方法。', '坚持把纪律挺在前面。'],
    ['STATEMENT_OPENER', '必须清醒认识到，竞争是改革的竞争。', '要看到风险隐患依然存在。'],
    ['STATEMENT_OPENER', '必须强调的是，关键在落实。', '坚持实事求是，说实话。'],
    ['LAST_ADVERB', '最后主业荒废了', '最后，祝大家新年快乐'],
    ['LAST_ADVERB', '最后大家都明白了', '最后要抓好落实'],
    ['EDITORIAL_LINE', '首页 > 新闻中心 > 领导讲话', '收入 > 支出，说明形势好'],
    ['EDITORIAL_LINE', '上一篇：区政府召开常务会议', '上一篇文章说过'],
    ['SPEAKER_LABEL', '主讲人：某大学党委书记  陈立新', '主讲的内容'],
    ['SETTING_NAME', 'speaker_2', '时间'],
    ['ZERO_WIDTH', '甲\u200D乙', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['MD_SECTION', '<!-- 结尾 -->', '<!-- 备注 -->'],
    ['MD_COMMENT', '<!-- 备注 -->', '正文<!-- x -->'],
    ['MD_LOOKS_LIKE_SYNTAX', '<!-- x', '一、坚持'],
    ['MD_TIGHT_HEADING', '##主题', '## 主题'],
    ['MD_TIGHT_HEADING', '#标题', '#### 深'],
    ['LIST_SEPARATOR', '忠、专', '忠·专'],
    ['LAST_LEAD', '最后，祝大家', '总之，最后'],
    ['FRONT_FENCE', '\uFEFF--- ', '--- 标题'],
    ['FRONT_CLOSE', '...', '…'],
    ['ISO_DATE', '2024-05-06', '2024/5/6'],
    ['SENTENCE_STOP', '好。”', '好；'],
    ['SENTENCE_BOUNDARY', '好。 要', '好，要'],
    ['CLAUSE_BOUNDARY', '甲、乙', '甲—乙'],
    ['TRAILING_PUNCT', '“忠”字为先筑根基。', '加强学习'],
    ['INLINE_MARKER', '一是加强学习', '一方面'],
    ['INLINE_MARKER', '就是要严守', '要是下雨'],
    ['HEADLINE_CUT', '现在，', '甲、乙'],
    ['CLOSING_QUOTE', '”', '“'],
    ['AGENDA_WORD', '忠专实勤清', '两个确立，四个意识'],
    ['AGENDA_SEPARATOR', '学、思、践', '学·思'],
    ['HAN_ONLY', '学习', '学习2024'],
    ['OPENING_QUOTE', '“忠”字', '忠”'],
    ['EARLIER_ORDINAL', '现在，其次要抓', '第二次会议'],
    ['PAREN_LINE', '（根据录音整理）', '（一）加强学习'],
    ['SENTENCE_IN_PARENS', '（这是一句话。）', '（完）'],
    ['ENDS_IN_PUNCT', '同志们，', '在会上的讲话'],
    ['SENTENCE_MARK', '好。', '好，'],
    ['MARK_INSIDE', '甲。乙', '甲乙。'],
    ['DIGITS_ONLY', '１２', '1二'],
    ['FULL_WIDTH_DIGIT', '３', '3'],
    ['CIRCLED_ONE', '③', '③④'],
    ['CN_NUMERAL', '二十三', '三百'],
    ['AUDIENCE_CALL', '同志们，', '各位同志'],
    ['QUESTION_LINE', '怎么抓？', '群众满意不满意？问题出在哪里？'],
    ['STOP_MARK', '甲；乙', '甲，乙'],
    ['OPENS_WITH_PAREN', '（一）', '一、'],
    ['GRAM_BREAK', '学，习', '学习'],
    ['BARE_SHI_YAO', '要', '要求'],
    ['LEAD_BREAK', '现在，', '好。'],
    ['QUOTES_AND_PUNCT', '“', '学'],
    ['MATCH_ORDINAL', '第一加强', '加强'],
    ['EDITORIAL_START', '【导读】', '张三'],
    ['HEADING_NUMBER', '一、抓学习', '一方面'],
    ['ID_INSIGNIFICANT', '，', '学'],
    ['LINE_BREAK', '甲\r乙', '甲\u2028乙'],
    ['CR_LINE_END', '甲\r\n乙', '甲\n乙'],
  ];
  for (const [name, yes, no] of cases) {
    it(`${name}: “${yes}” yes, “${no}” no`, () => {
      const re = M[name] as RegExp;
      expect(at(re, yes)).toBe(true);
      expect(at(re, no)).toBe(false);
    });
  }

  it('matches inline markers only where a clause starts (sticky)', () => {
    const re = M.YAO_IMPERATIVE;
    re.lastIndex = 0;
    expect(re.test('要坚持')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('要是这样')).toBe(false);
    re.lastIndex = 2;
    expect(re.test('干部要着眼')).toBe(true); // the caller decides that 2 is no sentence start
  });

  it('reads ordinals', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三', '7', '①'].map(cnNumber)).toEqual([1, 9, 10, 12, 20, 23, 7, 1]);
    expect(numberingOf('**（三）抓落实')).toEqual({ family: 'cn-paren', ordinal: 3, length: 5 });
    expect(numberingOf('2024年')).toBeNull();
    expect(numberingOf('３、从严管理')).toEqual({ family: 'ar-dun', ordinal: 3, length: 2 });
    expect(numberingOf('（１２）抓')).toEqual({ family: 'ar-paren', ordinal: 12, length: 4 });
    expect(numberingOf('３．５亿元')).toBeNull();
  });
});
