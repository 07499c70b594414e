// How theme series and point series are told apart, on small texts: each case is one general
// reading of speech structure (the blind fixtures showed them; these texts are made up).
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/core/outline/outline.js';
import { isTopLevel } from '../../../src/core/outline/rules/numbering.js';

const outline = (lines: string[]) => buildOutline(lines.join('\n'));

describe('theme series', () => {
  it('keeps the line before a 第一… series in the opening: a series numbered through is not a restart', () => {
    const o = outline([
      '讲话', '同志们：', '开头一段。', '我讲两个方面。',
      '第一个方面，讲形势。', '形势很好。', '第二个方面，讲任务。', '任务很重。', '（1）要抓早。', '（2）要抓实。',
      '第三个方面，讲希望。', '（1）要团结。', '（2）要奋斗。',
    ]);
    expect(o.opening).toEqual(['开头一段。', '我讲两个方面。']);
    expect(o.themes.map((t) => t.heading)).toEqual(['第一个方面，讲形势。', '第二个方面，讲任务。', '第三个方面，讲希望。']);
  });

  it('orders 首先/其次/再次 paragraphs by their words, not by their look, past a greeting 首先', () => {
    const o = outline([
      '致辞', '各位同事：', '首先，我代表公司向大家表示感谢！', '首先，我想说感谢。', '过去一年很不容易。',
      '其次，我想和大家说说清醒。', '差距还很大。', '再次，我想说说方向。', '方向要明确。', '谢谢大家！',
    ]);
    expect(o.opening).toEqual(['首先，我代表公司向大家表示感谢！']);
    expect(o.themes.map((t) => t.heading)).toEqual(['首先，我想说感谢。', '其次，我想和大家说说清醒。', '再次，我想说说方向。']);
  });

  it('does not continue 一是…三是 paragraphs with 最后, nor take 最后，祝… as a theme', () => {
    const o = outline([
      '讲话', '同学们：', '开头。', '一是要勤学，做求索者。', '勤学要思考。', '二是要笃行，做行动者。', '笃行要坚持。',
      '三是要担当，做奋斗者。', '担当在日常。', '最后，祝同学们学业进步！', '谢谢大家！',
    ]);
    expect(o.themes).toHaveLength(3);
    expect(o.closing).toEqual(['最后，祝同学们学业进步！', '谢谢大家！']);
  });

  it('seeks no theme after the interjection line that opens the closing', () => {
    const o = outline([
      '讲话', '同志们：', '今天我们在这里集会。', '同志们！', '九十年前，先辈们在这里点燃了星火。', '根据地创建之初，条件极其艰苦。',
      '同志们！', '斗争历史孕育了伟大的精神。', '青山精神的核心是信念。核心说明。', '青山精神的根基是群众。根基说明。', '青山精神的品格是奋斗。品格说明。',
      '同志们！', '青山的绿水依旧，英名永存。', '让我们团结奋斗！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual([null, null]);
    expect(o.themes[1].points.map((p) => p.text.slice(0, 9))).toEqual(['青山精神的核心是信', '青山精神的根基是群', '青山精神的品格是奋']);
    expect(o.closing[0]).toBe('同志们！');
  });
});

describe('theme series: look-alike runs', () => {
  it('takes no themes from a look-alike run that the rest of the body outweighs', () => {
    const o = outline([
      '新年致辞', '同志们、朋友们：', '时光荏苒，新年将至。',
      '这一年，我们的城市更有活力了。新增企业很多。', '这一年，我们的生活更有温度了。小区装了电梯。',
      '这一年，我们的乡村也在变化。年轻人回来了。', '每一份成绩都来之不易。感谢工人师傅。', '我们也清醒地知道，还有不少期盼。',
      '新的一年，我们将继续办好民生实事。', '新的一年，我们想对青年多说几句。', '我们还要关心需要帮助的人。',
      '此时此刻，还有许多人坚守岗位。', '衷心祝愿大家新年快乐！',
    ]);
    expect(o.themes).toEqual([]);
  });

  it('keeps a look-alike run as themes when it spans the body', () => {
    const o = outline([
      '讲话', '同志们：', '开头。',
      '在学习上下功夫。学习很重要。', '要读原著。', '在实践上求突破。实践出真知。', '要下基层。',
      '在作风上树形象。作风是形象。', '要守纪律。', '谢谢大家！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['在学习上下功夫。', '在实践上求突破。', '在作风上树形象。']);
  });
});

describe('point series', () => {
  it('fills a 第一，…第三， paragraph series with the 第二， that runs inline in the first', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、总结成绩', '一年来成绩很大。',
      '第一，粮食稳产。产量新高。第二，脱贫成果巩固。收入增长。', '第三，产业发展。龙头企业增加。',
      '二、部署任务', '第一，抓粮食。要稳面积。', '第二，抓产业。要强龙头。',
    ]);
    expect(o.themes[0].points.map((p) => p.text.slice(0, 3))).toEqual(['第一，', '第二，', '第三，']);
    expect(o.themes[1].points).toHaveLength(2);
  });

  it('continues 首先…其次 with the spoken 再一个 (but not 再一个月)', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、解决问题', '大家反映最多的有三个。',
      '首先说钱。融资难。', '其次是人。招工难。再一个月就过年了。', '再一个，就是审批的问题。要改。',
      '二、转变作风', '首先，要多跑一跑。其次，要敢于担当。',
    ]);
    expect(o.themes[0].points.map((p) => p.text.slice(0, 4))).toEqual(['首先说钱', '其次是人', '再一个，']);
    expect(o.themes[0].points[1].text).toContain('再一个月');
    expect(o.themes[0].points[2].headline).toBe('就是审批的问题');
  });

  it('takes paragraphs opened by 要 as points, the 要 sentences inside them as their text', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、认清形势', '形势很严峻。',
      '要看清问题的顽固性。问题还在。要自觉接受监督。', '要看清风险的隐蔽性。手段隐蔽。',
      '二、守住底线', '守住底线靠自己。', '要筑牢思想堤坝。思想是根本。要经常对照检查。', '要严守纪律红线。纪律是底线。',
      '要管好身边的人。家风很重要。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text.slice(0, 5)))).toEqual([
      ['要看清问题', '要看清风险'],
      ['要筑牢思想', '要严守纪律', '要管好身边'],
    ]);
  });

  it('splits no 要 points off under a heading that is itself a 要 demand', () => {
    const o = outline([
      '致辞', '同志们：', '开头。我提三点希望。',
      '我们要以最高的标准建设项目。质量是生命。要坚持绿色理念。要严把材料关。',
      '我们要以最快的速度推进建设。时间不等人。要依法保障工资。要加强文明施工。',
      '我们要以最实的举措谋划运营。用好才是根本。要推进集团建设。要重视信息化。',
      '谢谢大家！',
    ]);
    expect(o.themes).toHaveLength(3);
    expect(o.themes.map((t) => t.points.length)).toEqual([0, 0, 0]);
  });


  it('takes parallel paragraphs as the points and the 要 sentences in them as their text', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、聚焦重点', '抓重点是关键。',
      '突出工业不动摇。要建平台。要引项目。', '突出项目不松劲。要抓开工。要抓投产。', '突出改革不止步。要优环境。要强创新。',
      '二、守牢底线', '安全是底线。要抓排查。要抓整改。',
    ]);
    expect(o.themes[0].lead).toBe('抓重点是关键。');
    expect(o.themes[0].points.map((p) => p.text.slice(0, 8))).toEqual(['突出工业不动摇。', '突出项目不松劲。', '突出改革不止步。']);
    expect(o.themes[1].points.map((p) => p.text)).toEqual(['要抓排查。', '要抓整改。']);
  });

  it('takes paragraphs opened by 必须 or 坚持 as points beside the 要 ones', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、聚焦重点', '今年任务很重。',
      '坚持把政治建设摆在首位。政治是根本。', '要锲而不舍纠治四风。作风是党性。', '下属单位要履行责任。',
      '必须一体推进三不腐。惩治是手段。', '坚持了十年的做法还要坚持。',
      '二、压实责任', '关键在落实。', '要压实主体责任。', '要压实监督责任。',
    ]);
    expect(o.themes[0].lead).toBe('今年任务很重。');
    expect(o.themes[0].points.map((p) => p.text.slice(0, 5))).toEqual(['坚持把政治', '要锲而不舍', '必须一体推']);
    expect(o.themes[0].points[2].text).toContain('坚持了十年');
  });

  it('takes 一方面/另一方面 paragraphs as points and the paragraphs after each as its text', () => {
    const o = outline([
      '讲话', '同学们：', '开头。', '一、为什么读书', '这个问题不简单。',
      '一方面，读书是为了本领。本领要真。', '说到本领，我多讲几句。', '另一方面，读书是为了人格。人格要全。',
      '二、怎样读书', '要下苦功。苦读出真知。', '一方面，要读经典。', '另一方面，要读实践。', '要学以致用。知行合一。',
    ]);
    expect(o.themes[0].points.map((p) => p.text.slice(0, 6))).toEqual(['一方面，读书', '另一方面，读']);
    expect(o.themes[0].points[0].text).toContain('说到本领');
    // A 要 series that starts first is the outer one: the 一方面 paragraph is its point's text.
    expect(o.themes[1].points.map((p) => p.text.slice(0, 4))).toEqual(['要下苦功', '要学以致']);
    expect(o.themes[1].points[0].text).toContain('另一方面，要读实践。');
  });

  it('orders points by the spoken 一个是/再一个是/还有一个是 at sentence starts only', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '第一，讲讲形势。', '优势有两个，一个是区位，另一个是产业。困难也不少。',
      '第二，谈谈要求。我提三点。', '一个是责任要压实。乡镇长负责。', '再一个是服务要跟上。农技下乡。', '还有一个是政策要落地。补贴到户。',
    ]);
    expect(o.themes[0].points).toEqual([]);
    expect(o.themes[1].points.map((p) => p.headline)).toEqual(['责任要压实', '服务要跟上', '政策要落地']);
  });

  it('opens the last theme, not the closing, with a turn to the audience right under its own-line heading', () => {
    const o = outline([
      '讲话', '同学们：', '开头。', '一、为什么读书', '读书是为了本领。', '二、怎样成才',
      '同学们，到本世纪中叶你们正当壮年。', '第一，要立志。志不立不成。', '第二，要练本领。本领靠练。',
      '同学们，时代是出卷人。', '谢谢大家！',
    ]);
    expect(o.themes[1].lead).toBe('同学们，到本世纪中叶你们正当壮年。');
    expect(o.themes[1].points.map((p) => p.text.slice(0, 3))).toEqual(['第一，', '第二，']);
    expect(o.closing).toEqual(['同学们，时代是出卷人。', '谢谢大家！']);
  });
});

describe('look-alikes of a series (blind set four)', () => {
  it('takes no points from statements that merely open with 坚持/要/必须, but keeps the demands', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、认清意义', '改革是关键一招。',
      '要看到，四十年来变化很大。成就来之不易。', '坚持问题导向，是改革的基本方法。问题是起点。',
      '必须强调的是，改革要落实。落实靠人。', '坚持守正创新，同样是重大原则。守正是根。',
      '二、抓好重点', '任务很多。', '坚持把改革成效作为标尺。要评估。', '必须把改革和开放结合起来。开放也是改革。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text.slice(0, 5)))).toEqual([[], ['坚持把改革', '必须把改革']]);
  });

  it('takes paragraph-initial 一是/二是 as the points, and the 坚持/必须 paragraphs after them as text', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、抓好重点', '要集中发力。',
      '一是深化营商环境改革。要对标先进。', '二是深化要素改革。必须配置好要素。',
      '坚持系统观念抓改革。各项改革相互关联。', '必须把改革和开放结合起来。开放也是改革。',
      '二、强化担当', '改革是干出来的。', '一是压实责任。首先，要落实；其次，要督查。', '二是改进作风。要实事求是。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text.slice(0, 4)))).toEqual([['一是深化', '二是深化'], ['一是压实', '二是改进']]);
    expect(o.themes[0].points[1].text).toContain('坚持系统观念');
  });

  it('takes a run-in parallel series as the themes when a longer 要 series runs inside its parts', () => {
    const o = outline([
      '发言', '各位领导：', '开头。我们在四个方面下功夫。',
      '在壮大产业上下功夫，让钱袋子鼓起来。产业是基础。', '要延伸链条。建加工厂。', '要做响品牌。办文化节。', '要带动农户。推广合作社。',
      '在改善环境上下功夫，让村庄美起来。环境是底色。', '要抓好整治。完成改厕。', '要建立机制。推行积分制。',
      '在深化治理上下功夫，让群众安起来。治理是保障。', '要推进调解。设调解室。', '要建强组织。选派干部。',
      '谢谢！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['在壮大产业上下功夫，让钱袋子鼓起来。', '在改善环境上下功夫，让村庄美起来。', '在深化治理上下功夫，让群众安起来。']);
    expect(o.themes.map((t) => t.points.length)).toEqual([3, 2, 2]);
  });

  it('takes short own-line questions as headings, but not questions inside paragraphs', () => {
    const o = outline([
      '讲话', '同志们：', '开头。我讲三个问题。', '为什么要抓治理？', '问题出在哪里？投诉多了。小事拖成大事。',
      '抓什么？', '今年抓两件事。一是抓网格。网格要细。二是抓物业。物业要全。', '怎么抓？', '一是领导带头。二是部门下沉。',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['为什么要抓治理？', '抓什么？', '怎么抓？']);
    expect(o.themes.map((t) => t.points.length)).toEqual([0, 2, 2]);
  });

  it('reads a 最后 inside a sentence as “in the end”, not as the end of a run', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '一、讲形势', '形势很好。', '二、讲精神',
      '我讲三个词。一个是专注。今天炒房子，明天搞金融，最后主业荒废了。一个是担当。一个是传承。',
      '三、讲方法', '我讲三点。首先抓好学习，其次抓好落实，最后抓好作风。',
    ]);
    expect(o.themes[1].points).toEqual([]);
    expect(o.themes[2].points.map((p) => p.text.slice(0, 4))).toEqual(['首先抓好', '其次抓好', '最后抓好']);
  });
});

describe('pasted web pages and slips', () => {
  it('moves the page furniture to meta and takes the headline as the title', () => {
    const o = outline([
      '首页 > 新闻中心 > 领导讲话', '张三在全区工作会议上的讲话', '发布时间：2024-03-05 来源：某某网 浏览次数：12',
      '【字体：大 中 小】', '分享到：', '同志们：', '今天开会。', '一、认清形势', '形势严峻。', '二、压实责任', '责任重大。',
      '同志们，安全无小事。', '责任编辑：王五', '上一篇：某某会议召开', '下一篇：某某工作会议', '分享到：', '打印本页 关闭窗口',
    ]);
    expect(o.title).toBe('张三在全区工作会议上的讲话');
    expect(o.meta).toEqual([
      '首页 > 新闻中心 > 领导讲话', '发布时间：2024-03-05 来源：某某网 浏览次数：12', '【字体：大 中 小】', '分享到：',
      '责任编辑：王五', '上一篇：某某会议召开', '下一篇：某某工作会议', '分享到：', '打印本页 关闭窗口',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['一、认清形势', '二、压实责任']);
    expect(o.closing).toEqual(['同志们，安全无小事。']);
  });

  it('keeps a heading numbered 一、 twice as pasted (一、一、三、), but not a numbering that restarts', () => {
    const slip = outline(['讲话', '同志们：', '开头。', '一、认清形势', '形势严峻。', '一、压实责任', '责任重大。', '三、专项整治', '整治要实。']);
    expect(slip.themes.map((t) => t.heading)).toEqual(['一、认清形势', '一、压实责任', '三、专项整治']);
    const top = (ordinals: number[]) => isTopLevel({ family: 'cn-dun', items: ordinals.map((_, i) => i), ordinals });
    expect([[1, 1, 3], [1, 2, 2, 4], [1, 2, 1, 2], [1, 2, 1], [1, 1, 2]].map(top)).toEqual([true, true, false, false, false]);
  });

  it('takes a 主讲人： line under the title into meta', () => {
    const o = outline(['青春之问', '——为新生讲授第一课', '主讲人：某大学党委书记  陈立新', '同学们：', '开头。']);
    expect(o.subtitle).toBe('——为新生讲授第一课');
    expect(o.meta).toEqual(['主讲人：某大学党委书记  陈立新']);
    expect(o.salutation).toBe('同学们：');
  });
});

describe('theme series, v2 readings', () => {
  it('reads mixed heading marks that count on from each other as one series (一、 二、 第三，)', () => {
    const o = outline(['讲话', '同志们：', '开头。', '一、提高认识', '认识要高。', '二、压实责任', '责任要实。', '第三，加强督查。', '督查要严。', '谢谢大家！']);
    expect(o.themes.map((t) => t.heading)).toEqual(['一、提高认识', '二、压实责任', '第三，加强督查。']);
  });

  it('takes paragraphs with the same opening as themes when the opening announced as many', () => {
    const o = outline([
      '讲话', '同志们：', '开头一段，说明背景。', '我们要做到三个“坚守”。',
      '要始终坚守人才培养的政治方向，教育培养拔尖创新性人才。育人是根本，学校出台了办法。',
      '要始终坚守科学研究的学术取向，贡献更多社会需求的成果。科研是动力，我们建设了平台。',
      '要始终坚守社会服务的价值导向，真正把论文写在祖国大地上。服务是使命，专家走进乡村。',
      '一代人有一代人的担当。',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual([
      '要始终坚守人才培养的政治方向，教育培养拔尖创新性人才。', '要始终坚守科学研究的学术取向，贡献更多社会需求的成果。', '要始终坚守社会服务的价值导向，真正把论文写在祖国大地上。',
    ]);
  });

  it('does not take the same opening as themes without an announced count', () => {
    const o = outline([
      '讲话', '同志们：', '开头一段，说明背景。', '下面讲讲工作。',
      '要始终坚守人才培养的政治方向，教育培养拔尖创新性人才。育人是根本，学校出台了办法。',
      '要始终坚守科学研究的学术取向，贡献更多社会需求的成果。科研是动力，我们建设了平台。',
      '要始终坚守社会服务的价值导向，真正把论文写在祖国大地上。服务是使命，专家走进乡村。',
    ]);
    expect(o.themes).toEqual([]);
  });

  it('prefers an announced 一是…五是 series to a phrase repeated in four of its members', () => {
    const o = outline([
      '讲话', '同志们：', '开头。', '下面，我提五点意见：',
      '一是要崇尚和弘扬爱国精神。甲事迹。', '二是要崇尚和弘扬奋斗精神。乙事迹。', '三是要崇尚和弘扬创新精神。丙事迹。',
      '四是要崇尚和弘扬协作精神。丁事迹。', '五是要营造良好的科研环境。戊事迹。', '谢谢大家！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual([
      '一是要崇尚和弘扬爱国精神。', '二是要崇尚和弘扬奋斗精神。', '三是要崇尚和弘扬创新精神。', '四是要崇尚和弘扬协作精神。', '五是要营造良好的科研环境。',
    ]);
  });

  it('takes a closing call of look-alike paragraphs after a long prose body as the closing, not themes', () => {
    const prose = [
      '过去一年，公司在董事会的带领下取得了来之不易的成绩，保费收入再创新高。',
      '回望来路，我们经历了市场的起伏，也经历了转型的阵痛，但始终没有停下脚步。',
      '销售队伍是公司最宝贵的财富，每一位伙伴的坚持都值得我们致敬和感谢。',
      '客户的信任来自一次次真诚的服务，理赔时效和服务满意度都有明显提升。',
      '面向新的一年，行业竞争更加激烈，监管要求更加严格，挑战前所未有。',
      '千百年来，人我互助、天下大同的理想始终激励着一代又一代人不断前行。',
    ];
    const o = outline(['致辞', ...prose, '让我们把爱心传递给我们的社会。', '让我们把爱心传递给我们的客户。', '让我们把爱心传递给我们的家人。', '预祝大会圆满成功！']);
    expect(o.themes).toEqual([]);
  });
});

describe('title block', () => {
  it('keeps a dateline, a repeated title, a date and a letter-spaced name out of the body', () => {
    const o = outline(['张三：在纪念大会上的讲话', '新华社北京4月30日电', '在纪念大会上的讲话', '(2019年4月30日)', '张  三', '同志们：', '一、第一部分', '内容。', '二、第二部分', '内容。']);
    expect(o.title).toBe('张三：在纪念大会上的讲话');
    expect(o.meta).toEqual(['新华社北京4月30日电', '在纪念大会上的讲话', '(2019年4月30日)', '张  三']);
    expect(o.salutation).toBe('同志们：');
    expect(o.themes.map((t) => t.heading)).toEqual(['一、第一部分', '二、第二部分']);
  });

  it('reads a date in digits and slashes and keeps a two-line title one title', () => {
    const o = outline(['深化作风建设', '推动高质量发展', '——在全县干部大会上的讲话', '李 小 明', '2024/5/6', '同志们：', '开头。', '一、讲形势', '内容。', '二、讲任务', '内容。']);
    expect(o.title).toBe('深化作风建设推动高质量发展');
    expect(o.subtitle).toBe('——在全县干部大会上的讲话');
    expect(o.meta).toEqual(['李 小 明', '2024/5/6']);
    expect(o.opening).toEqual(['开头。']);
    expect(o.themes).toHaveLength(2);
  });
});

describe('themes without headings', () => {
  const long = (s: string) => `${s}这一条要展开讲，讲清楚它的来龙去脉、现实意义和具体做法，让大家都能听明白、记得住、做得到，回去以后还要结合本单位实际认真抓好落实。`;

  it('makes each enumeration inside paragraphs a theme with a label, its items the points, when nothing else structures the speech', () => {
    const o = outline([
      '对于工作的几点意见',
      `今天想谈谈工作。有些事情容易做错，为什么呢？第一，${long('不和实际接触。')}`,
      `第二，${long('不明白实际情形。')}`,
      `现在，我说一说今后应注意的几点。第一，${long('斗争要坚决。')}第二，${long('战线要扩大。')}第三，${long('队伍要壮大。')}`,
    ]);
    expect(o.themes.map((t) => [t.heading, t.label, t.points.length])).toEqual([
      [null, '有些事情容易做错', 2],
      [null, '我说一说今后应注意的几点', 3],
    ]);
    expect(o.themes[1].points.map((p) => p.headline)).toEqual(['斗争要坚决', '战线要扩大', '队伍要壮大']);
  });

  it('takes no theme from a short list of thanks inside a greeting', () => {
    const o = outline(['致辞', '各位来宾：', '首先，感谢各位专家莅临；其次，感谢主办单位支持；再次，感谢会务组的辛苦付出。', '预祝会议圆满成功！']);
    expect(o.themes).toEqual([]);
  });
});

describe('parts told by interjection lines', () => {
  const part = (lines: string[]) => ['同志们、朋友们！', ...lines];

  it('makes the marked series inside the parts the themes, and a part without one a theme without a heading', () => {
    const o = outline([
      '纪念大会讲话', '同志们：', '今天我们隆重集会。',
      ...part(['一百年前，运动爆发。', '——运动高举起爱国主义的伟大旗帜。历史表明，爱国是本色。', '——运动激发了追求真理的伟大觉醒。历史表明，真理有力量。']),
      ...part(['青年是最积极的力量。', '第一，青年要树立远大理想。理想是灯塔。', '第二，青年要热爱伟大祖国。祖国是根。']),
      ...part(['共青团是党的助手。团的工作要加强。']),
      '同志们、朋友们！', '让我们携手前进！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual([
      '——运动高举起爱国主义的伟大旗帜。', '——运动激发了追求真理的伟大觉醒。', '第一，青年要树立远大理想。', '第二，青年要热爱伟大祖国。', null,
    ]);
    expect(o.closing).toEqual(['同志们、朋友们！', '让我们携手前进！']);
  });

  it('keeps parts told apart only by look-alike openings as themes without headings', () => {
    const o = outline([
      '纪念大会讲话', '同志们：', '今天我们隆重集会。',
      ...part(['精神的核心是坚定信念。信念如山。', '精神的根基是依靠群众。群众是根。', '精神的品格是艰苦奋斗。奋斗不止。']),
      ...part(['弘扬精神，就要坚定信念。', '弘扬精神，就要践行宗旨。', '弘扬精神，就要保持本色。']),
      '同志们、朋友们！', '让我们携手前进！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual([null, null]);
  });
});

describe('point series, v2 readings', () => {
  it('opens a 要 run with the demand that names who must act (新一届党委要坚持…。要…), past a pasted space', () => {
    const o = outline([
      '讲话', '我讲两点意见。',
      '一、在政治坚定上作表率', '讲政治是第一位的要求。新一届党委要坚持理论武装。要弘扬优良学风。 要带头执行制度。',
      '二、在清正廉洁上作表率', '为政清廉才能取信于民。新一届党委要自觉遵守党章。 要保持如临深渊的警觉。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text))).toEqual([
      ['新一届党委要坚持理论武装。', '要弘扬优良学风。', '要带头执行制度。'],
      ['新一届党委要自觉遵守党章。', '要保持如临深渊的警觉。'],
    ]);
    expect(o.themes.map((t) => t.lead)).toEqual(['讲政治是第一位的要求。', '为政清廉才能取信于民。']);
  });

  it('keeps a statement or a frame with a subject before 要 as text (本领要强。/ 干部要着眼于…)', () => {
    const o = outline([
      '讲话', '开头。', '一、讲本领', '本领要强。要学业务。要练本领。', '二、讲目标', '干部要着眼于以学增智。要坚持从干中学。要坚持在事上磨。',
    ]);
    expect(o.themes.map((t) => t.lead)).toEqual(['本领要强。', '干部要着眼于以学增智。']);
    expect(o.themes.map((t) => t.points.length)).toEqual([2, 2]);
  });
});

describe('headed ordinal runs', () => {
  it('makes each run of 一X…二X… paragraphs after a lead ending in ： a theme without a heading', () => {
    const o = outline([
      '工作汇报', '今年以来，我们做了大量工作。主要做法如下：',
      '一抓班子建设，夯实基础。', '二抓队伍建设，提升能力。', '三抓制度建设，规范管理。',
      '存在的问题主要有：', '一是学习不够深入。', '二是落实不够有力。',
      '下一步打算：', '一要加强学习。', '二要狠抓落实。', '三要改进作风。',
    ]);
    expect(o.themes.map((t) => [t.heading, t.label, t.points.map((p) => p.text)])).toEqual([
      [null, '主要做法如下', ['一抓班子建设，夯实基础。', '二抓队伍建设，提升能力。', '三抓制度建设，规范管理。']],
      [null, '存在的问题主要有', ['一是学习不够深入。', '二是落实不够有力。']],
      [null, '下一步打算', ['一要加强学习。', '二要狠抓落实。', '三要改进作风。']],
    ]);
    // The paragraph that introduces the first run is that theme's lead, not the opening.
    expect(o.opening).toEqual([]);
    expect(o.themes[0].lead).toBe('今年以来，我们做了大量工作。主要做法如下：');
  });
});

describe('plausible as a whole', () => {
  it('takes no themes from two short stray lines when one of the parts carries the whole speech', () => {
    const body = [
      '今年以来，全局上下认真贯彻上级部署，各项工作取得了新的进展，群众满意度稳步提升。',
      '在项目建设方面，新开工重点项目十二个，完成投资比去年同期增长百分之十五。',
      '在民生保障方面，新增城镇就业两千余人，改造老旧小区八个，惠及居民三千户。',
      '在生态环境方面，空气质量优良天数比例继续提高，河长制工作考核位居全市前列。',
      '同时也要清醒看到，发展不平衡不充分的问题依然存在，营商环境还需持续优化。',
      '下半年，我们将紧盯年度目标，倒排工期、挂图作战，确保全年任务圆满完成。',
    ];
    const o = outline(['讲话', '同志们：', '开头。', '学习体会', '体会很深。', '工作打算', ...body]);
    expect(o.themes).toEqual([]);
  });
});

describe('siblings share a device', () => {
  it('gives a theme with one bare 要 sentence that point when its siblings list 要 demands', () => {
    const o = outline([
      '讲话', '同志们：', '开头。',
      '——我们要弘扬爱国精神。爱国是核心。要为党育人。要服务国家。',
      '——我们要弘扬奋斗精神。奋斗是底色。要始终葆有奋斗的精神。',
      '——我们要弘扬团结精神。团结是力量。要凝聚共识。要营造氛围。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text))).toEqual([['要为党育人。', '要服务国家。'], ['要始终葆有奋斗的精神。'], ['要凝聚共识。', '要营造氛围。']]);
  });

  it('leaves a single 要 sentence as text when no sibling lists demands', () => {
    const o = outline(['讲话', '同志们：', '开头。', '一、讲形势', '形势很好。要看到成绩。', '二、讲任务', '任务很重，大家辛苦。', '三、讲作风', '作风要实。']);
    expect(o.themes.map((t) => t.points.length)).toEqual([0, 0, 0]);
  });
});

describe('还有 continues a run', () => {
  it('takes 还有， after 第一，…第二，… as the next point, but not 还有 elsewhere', () => {
    const o = outline(['讲话', '开头。', '一、讲问题', '第一，学习不够。第二，落实不够。还有，作风不实。', '二、讲措施', '要加强学习。还有人说不必学，这不对。']);
    expect(o.themes[0].points.map((p) => p.text)).toEqual(['第一，学习不够。', '第二，落实不够。', '还有，作风不实。']);
    expect(o.themes[1].points).toEqual([]);
  });
});

describe('arbitration holds up on common shapes', () => {
  it('does not take the 一、二、三、 long after a 一方面/另一方面 pair in the opening as that pair’s points', () => {
    const o = outline([
      '在全县经济工作会议上的讲话', '同志们：', '今年以来，经济运行总体平稳。', '一方面，工业经济稳中有进。', '另一方面，经济下行压力依然较大。', '下面，我讲三点意见。',
      '一、认清形势', '形势复杂严峻，但机遇大于挑战。', '二、突出重点', '项目是经济发展的生命线。', '三、强化保障', '要深化放管服改革。', '同志们，让我们携手奋进！',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['一、认清形势', '二、突出重点', '三、强化保障']);
  });

  it('keeps 一是/二是/三是 as the themes when a 我们要… paragraph follows each, and ends the last at 最后，祝…', () => {
    const o = outline(["在2024年春季开学典礼上的讲话", "老师们、同学们：", "大家上午好！新学期开始了，借此机会，我给同学们提三点希望。", "一是树立远大理想。理想是人生的灯塔，没有理想，就没有前进的方向。", "我们要把个人的理想同国家的前途命运紧密联系在一起，立志做有理想、敢担当、能吃苦、肯奋斗的新时代好青年。", "二是刻苦学习。学习是学生的天职，青春是学习的黄金时期。", "我们要珍惜时光，勤学好问，打牢知识基础，在知识的海洋里汲取营养，增长本领。", "三是锤炼品德。立德是做人的根本，品德决定一个人能走多远。", "我们要从小事做起、从身边做起，孝敬父母、尊敬师长、团结同学，做一个品德高尚的人。", "最后，祝老师们工作顺利，祝同学们学习进步！", "谢谢大家。"]);
    expect(o.themes.map((t) => t.heading)).toEqual(['一是树立远大理想。', '二是刻苦学习。', '三是锤炼品德。']);
    expect(o.closing.map((p) => p.slice(0, 6))).toEqual(['最后，祝老师', '谢谢大家。']);
  });

  it('ends a theme that is one long sentence before 谢谢大家。', () => {
    const o = outline([
      '讲话', '同志们：', '今天讲三个坚持。',
      '我们要坚持人民至上、生命至上，把保护人民生命安全摆在首位，全面提高安全生产水平。',
      '我们要坚持标本兼治、综合治理，深入开展安全生产专项整治，从根本上消除隐患。',
      '我们要坚持底线思维，时刻绷紧安全生产这根弦，坚决遏制重特大事故发生。',
      '谢谢大家。',
    ]);
    expect(o.themes).toHaveLength(3);
    expect(o.closing).toEqual(['谢谢大家。']);
  });

  it('weighs three short —— demands against each other, not against the closing after them', () => {
    const o = outline(["在新任职干部集体谈话会上的讲话", "同志们：", "今天，县委对新提拔任职的二十六名干部进行集体谈话。借此机会，我给大家提三点要求。", "——要对党忠诚。始终在思想上政治上行动上同党中央保持高度一致。", "——要敢于担当。面对急难险重任务，冲锋在前，不推不拖。", "——要清正廉洁。守住底线，不碰红线，干干净净做事。", "同志们，组织把大家放到新的岗位上，是信任，更是重托。希望大家倍加珍惜组织给予的机会，倍加珍惜来之不易的岗位，把组织的信任转化为干事创业的强大动力。新的岗位意味着新的责任，新的起点意味着新的考验。大家到任后，要尽快熟悉情况、进入角色，虚心向老同志学习，向群众学习，在实践中增长才干。", "要正确对待组织和个人的关系，正确对待权力和责任的关系，正确对待名和利的关系。要自觉接受组织监督、群众监督和舆论监督，习惯在受监督和约束的环境中工作生活。县委将加强对新任职干部的跟踪考察，对表现优秀的，大力褒奖；对不作为、乱作为的，严肃问责。", "希望大家不负重托，不辱使命，在新的岗位上干出新的业绩，向组织和人民交上一份满意的答卷。"]);
    expect(o.themes.map((t) => t.heading)).toEqual(['——要对党忠诚。', '——要敢于担当。', '——要清正廉洁。']);
  });
});

describe('review probes', () => {
  it('follows each head of 一X…二X… runs apart: 一段时间以来 neither ends 一抓… nor starts a run, 一季度/二季度 are no run', () => {
    const o = outline([
      '讲话', '同志们：', '去年主要做了以下工作：', '一抓队伍建设，新招教师一百名。', '二抓办学条件，新建学校三所。',
      '一段时间以来，群众对教育的期待越来越高。', '三抓教育质量，中考成绩全市第一。',
      '今年要重点做好以下工作：', '一是推进均衡发展。', '二是深化教学改革。', '三是加强师德建设。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text.slice(0, 3)))).toEqual([['一抓队', '二抓办', '三抓教'], ['一是推', '二是深', '三是加']]);
    const q = outline(['讲话', '同志们：', '上半年经济运行平稳。', '一季度，受假期因素影响，增速回落。', '二季度，随着政策落地，增速回升。', '从下半年看，有利条件较多。']);
    expect(q.themes).toEqual([]);
  });

  it('reads a subject with 、 or a long post before 要 as opening a 要 run, never a question', () => {
    const o = outline([
      '讲话', '开头。', '一、压实责任', '各乡镇、各部门党组织要切实担起主体责任。要细化任务清单。要加强督查问效。',
      '二、讲方法', '为什么要始终坚持从严治党？要看清形势。要把握规律。',
    ]);
    expect(o.themes.map((t) => t.points.map((p) => p.text))).toEqual([
      ['各乡镇、各部门党组织要切实担起主体责任。', '要细化任务清单。', '要加强督查问效。'],
      ['要看清形势。', '要把握规律。'],
    ]);
  });
});

describe('review probes, title block and labels', () => {
  it('joins 一、 二、 and a later 第三， when 第一，第二， are the points inside 一、', () => {
    const o = outline([
      '讲话', '同志们：', '下面，我讲三点意见。', '一、提高站位', '第一，乡村振兴是必然要求。要认识到位。', '第二，乡村振兴是关键之举。要抓住机遇。',
      '二、突出重点', '要抓好粮食生产。要发展特色产业。', '第三，强化保障，凝聚合力。', '各级党委要把乡村振兴摆在重要位置。', '谢谢大家。',
    ]);
    expect(o.themes.map((t) => t.heading)).toEqual(['一、提高站位', '二、突出重点', '第三，强化保障，凝聚合力。']);
    expect(o.themes[0].points.map((p) => p.text.slice(0, 3))).toEqual(['第一，', '第二，']);
  });

  it('reads a post and a name without a space, and a post before a letter-spaced name, as the speaker', () => {
    const a = outline(['凝心聚力 真抓实干', '县委书记张建国', '（2024年1月5日）', '同志们：', '开头。']);
    expect([a.title, a.meta, a.salutation]).toEqual(['凝心聚力 真抓实干', ['县委书记张建国', '（2024年1月5日）'], '同志们：']);
    const b = outline(['在全市营商环境大会上的讲话', '2024年2月18日', '市长 李  明', '各位企业家朋友，同志们：', '开头。']);
    expect([b.meta, b.salutation]).toEqual([['2024年2月18日', '市长 李  明'], '各位企业家朋友，同志们：']);
  });

  it('labels a part without points by its first statement after the interjection line', () => {
    const o = outline([
      '讲话', '同志们：', '今天我们隆重集会。',
      '同志们！', '回顾党的百年奋斗历程，我们深刻认识到，必须始终坚持党的全面领导。', '党领导人民取得了伟大成就，见贤思齐。',
      '同志们！', '今天受到表彰的先进典型，是全市党员的优秀代表。', '他们用行动诠释了初心使命，必须始终坚持党的全面领导。',
      '同志们！', '让我们携手奋进！',
    ]);
    expect(o.themes.map((t) => [t.heading, t.label])).toEqual([[null, '回顾党的百年奋斗历程'], [null, '今天受到表彰的先进典型']]);
  });
});
