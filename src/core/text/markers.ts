// Every pattern of the core (outline, headlines, plan; render and layout aside), named, in one
// place. Each comment gives one text that matches and one that must not (tests/core/text/markers).
// Long because that is the point: one module to read when a pattern changes.

/** Chinese numerals used in ordinals. */
const CN = '[一二三四五六七八九十]{1,3}';

/** Arabic digits, half- or full-width: speeches mix them (`1．` `２、` `（３）`) and the outline keeps
 *  them as typed, so the expected outlines of real speeches still match it character for character. */
const D = '[0-9０-９]';

// ── normalize ────────────────────────────────────────────────────────────────────────────

/** Any line end: CRLF, LF, or an old Mac's lone CR. Matches `\r\n` and `\r`; not `\u2028`. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** A line end that is not LF alone, made LF. Matches `\r\n` and `\r`; not `\n`. */
export const CR_LINE_END = /\r\n?/g;

/** Web-site debris such as `##paidbegin##`. Matches `##paidend##`; not `#1` or `## 标题`. */
export const SITE_DEBRIS = /##[A-Za-z_][\w-]{0,30}##/g;

/** Zero-width characters and the BOM, except a joiner (U+200D) between two emoji, which makes
 *  them one picture (👨‍👩‍👧, 👩🏽‍💻, 🏳️‍🌈: the emoji before it may carry a skin tone or U+FE0F).
 *  Matches U+200B, and U+200D in `甲\u200D乙`; not the U+200D of 👨‍👩‍👧 nor an ordinary space. */
export const ZERO_WIDTH =
  /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Tabs, wide or no-break spaces that become an ASCII space. Matches U+3000 and a tab; not `a`. */
export const ODD_SPACE = /[\t\u3000\u00A0\u2002-\u200A\u202F]/g;

// ── front matter ─────────────────────────────────────────────────────────────────────────

/** `---` alone on the first line opens front matter. Matches `---` and `\uFEFF--- `; not `----` nor `--- 标题`. */
export const FRONT_FENCE = /^(?:\uFEFF)?---[ \t]*\r?$/;

/** The line that closes front matter. Matches `---` and `...`; not `…` nor `--- x`. */
export const FRONT_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** A date as YAML 1.2 leaves it, text, shown the Chinese way (2024年5月6日). Matches `2024-05-06`;
 *  not `2024/5/6` nor `2024-05-06 上午`. */
export const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The name of a setting in front matter: ASCII, as every setting is named. Matches `theme`
 *  `speaker_2`; not `时间` nor `2024`. */
export const SETTING_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

// ── Markdown speeches ────────────────────────────────────────────────────────────────────

/** A Markdown section marker. Matches `<!-- 结尾 -->`; not `<!-- 备注 -->` (an ordinary comment, dropped). */
export const MD_SECTION = /^<!--\s*(小结|正文|结尾)\s*-->$/;

/** A one-line HTML comment in a Markdown speech: a note of its author, dropped. Matches
 *  `<!-- 备注 -->`; not `<!-- 未写完` nor `正文<!-- x -->`. */
export const MD_COMMENT = /^<!--.*-->$/;

/** Text lines a Markdown outline writes escaped, to stay text. Matches `# 标题` `<!-- x` `---`; not `一、…`. */
export const MD_LOOKS_LIKE_SYNTAX = /^(?:\\|#|<!--|---)/;

/** `#` `##` `###` typed without the space CommonMark wants after them, at each line start (the
 *  reader adds the space, so `#标题` stays a heading). Matches the `##` of `##主题`; not `#### 深`,
 *  `## 主题` (spaced already) nor `\#标题`. */
export const MD_TIGHT_HEADING = /^#{1,3}(?![# \t])/gm;

/** What separates the items of a front matter list typed as one line. Matches `、` in
 *  `忠、专` and `, `; not `·` nor `—`. */
export const LIST_SEPARATOR = /[\s、，,]+/;

// ── paragraph-start numbering (levels of official writing) ───────────────────────────────

/** Level 1: `一、` (also `一，` `一.`). Matches `一、坚持…`; not `一是…` nor `一要…`. */
export const CN_DUN = new RegExp(`^(${CN})[、，,．.]`);

/** Level 2: `（一）`. Matches `（二）加强…` and `(三)`; not `（2018年）`. */
export const CN_PAREN = new RegExp(`^[（(](${CN})[）)][、，.．]?`);

/** Parts above level 1: `第一部分`. Matches `第二部分 重点工作`; not `第二，…`. */
export const DI_PART = new RegExp(`^第(${CN})(?:部分|篇|章)`);

/** `第一，` `第一个方面：`. Matches `第二，要…`; not `第一次会议` nor `第一书记`. */
export const DI_CN = new RegExp(`^第(${CN})(?:[、，,：:．.]|个方面|方面|条|点|是)`);

/** Level 3: `1、` `1.` `1．` `１、` `1）`. Matches `2、着力…`; not `3.5万元`, `３．５亿` nor `2024年`. */
export const AR_DUN = new RegExp(`^(${D}{1,2})(?:[、，,）)]|[.．](?!${D}))`);

/** Level 4: `（1）` `（３）`. Matches `(2)要…`; not `(2024)`. */
export const AR_PAREN = new RegExp(`^[（(](${D}{1,2})[）)][、，.．]?`);

/** Level 5: circled numbers. Matches `①…`; not `1`. */
export const CIRCLED = /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/;

/** Markdown or bold decoration before a paragraph's numbering. Matches `## ` `**`; not `#1`. */
export const DECORATION = /^(?:#{1,6}[ ]+|\*\*|__)/;

/** Ordinal words opening a paragraph: `一是` `二要` `首先，` `再一个，`. Matches `二是加强…`; not `一方面…`. */
export const ORDINAL_PARAGRAPH = new RegExp(`^(?:(${CN})[是要](?![的否非素件点闻])|(首先|其次|再次|再一个|最后)[，,：:])`);

/** A paragraph opened by an ordinal and a head character, `一抓…` `二抓…` `一是…` `三要…`: runs of
 *  these with the same head make a list. Matches `二抓队伍建设…`; not `一个…` `一些…` `一直…`
 *  `三年来…` `一季度…` `二等奖…` `一期…` (words and periods that start with a numeral), nor `一、`. */
export const ORDINAL_HEAD = new RegExp(
  `^(${CN})(?![个些直切定起样般年月日天次度时同体道批带旦线流心致律季等期号级类轮届周岁名位部段])([\\u4e00-\\u9fa5])`,
);

/** A paragraph that introduces what follows: it ends in a colon. Matches `主要做法如下：`. */
export const LEAD_LINE = /[：:]$/;

/** `一方面，…` / `另一方面，…` opening a paragraph. Matches `另一方面，要清醒看到…`; not `一方面的工作`. */
export const FANGMIAN_PARAGRAPH = /^(?:一|另一)方面[，,：:]/;

/** A paragraph led by an em-dash pair. Matches `——胡…`; not `—` alone mid-text. */
export const DASH_LEAD = /^(?:——|－－|--|―)/;

// ── inline markers, tested at a clause start (sticky: `lastIndex` = the clause start) ─────

/** `一是` `二是`. Matches `二是加强…`; not `一方面…` (the caller tries it only at clause starts). */
export const SHI_ORDINAL = new RegExp(`(${CN})是(?![的否非])`, 'y');

/** `一要` `二要`. Matches `三要学以致用`; not `一要素` (caller requires a clause start anyway). */
export const YAO_ORDINAL = new RegExp(`(${CN})要(?!素|件|点|闻)`, 'y');

/** `第一，` `第二是`. Matches `第三，加强`; not `第一次`. */
export const DI_ORDINAL = new RegExp(`第(${CN})(?:[，,、：:]|是|要|条|点|个方面|方面)`, 'y');

/** `首先` `其次` `再次` `最后`, and the spoken `再一个，` / `还有，` (one more: the next in the run).
 *  Matches `其次要认识自我` `再一个，就是审批` `还有，以为…`; not `首要任务` `再一个月` `还有人`. A lone 首先 matches but
 *  makes no series (首先请允许我…), so it stays text. */
export const SEQ_ORDINAL = /(首先|其次|再次|再者|最后|再一个(?=[，,：:]|就是|是)|还有(?=[，,：:]))/y;

/** `最后` with nothing marking it off: inside a sentence it reads "in the end" (明天搞金融，最后主业
 *  荒废了) unless it ends a run of 2+. Matches `最后主业…`; not `最后，…` `最后要…` `最后是…`. */
export const LAST_ADVERB = /最后(?![，,：:要是一还也再])/y;

/** The spoken run `一个是…再一个是/还有一个是/另一个是…`, tried at sentence starts only: inside a
 *  sentence `一个是区位，另一个是产业` names two things, it does not order points. Matches
 *  `一个是责任要压实`; not `一个是非问题`. */
export const SPOKEN_ORDINAL = /(一个|再一个|还有一个|另一个)(?=是(?!非))/y;

/** `就是要` at a clause start. Matches `就是要严守…`; not `就是说`. Mid-clause ones
 *  (行动大担当就是要…) are never tried: the caller tests clause starts only. */
export const JIU_SHI_YAO = /就是要/y;

/** What may not follow an imperative 要: 要是/要么/要不 (if, or), 要知道/要说 (fillers), and nouns
 *  that start with 要 (要素 要件 要闻 要害 要领 要务). */
const NOT_IMPERATIVE = '(?!是|么|不|知道|说|闻|素|件|害|领|务)';

/** Imperative `要` at a sentence start. Matches `要坚持…`; not `要是…` `要么…` `要知道…` `要素…`. */
export const YAO_IMPERATIVE = new RegExp(`要${NOT_IMPERATIVE}`, 'y');

/** The end of the sentence from its start (sticky): `…？` tells a question. Matches
 *  `为什么要坚持？`; its match ends in 。 for `要坚持。`. The caller bounds the text it scans. */
export const QUESTION_END = /[^。！？!?]*[。！？!?]/y;

/** Words that open a demand's verb phrase: `要坚持…` `要切实…` `要始终…`. */
const DEMAND_WORD = '(?:坚持|始终|自觉|切实|带头|进一步|不断|牢固|全面|深入|认真|完整|积极|主动|大力|着力|持续|努力|勇于|敢于|善于)';

/** A demand with its subject at a sentence start: `新一届党委要坚持…` `各乡镇、各部门党组织要切实…`
 *  `我们要始终…`, the subject up to 20 characters (posts joined by 、 和 及) and its verb phrase
 *  opened by a word of demand. Not a statement with 要 in it (`本领要强。` `全县今年要新建农田`),
 *  a frame naming the aim the demands after it detail (`年轻干部要着眼于…`), 要 inside a word
 *  (`这就需要…`), nor a question (`为什么要…`). The rule keeps such a sentence only right before a
 *  bare 要 sentence. */
export const SUBJECT_YAO = new RegExp(`(?!为什么|怎么|如何)[\\u4e00-\\u9fa5、]{0,19}(?![需只重主想首纪摘概提简紧必])\\p{sc=Han}要(?=${DEMAND_WORD})`, 'uy');

/** A paragraph opened by a demand: `要…` `必须…` `坚持…`, the point openers of the convention.
 *  Matches `必须一体推进…` `坚持把纪律挺在前面。`; not `坚持了十年` `必须的` `要是…`. */
export const IMPERATIVE_OPENER = new RegExp(`^(?:要${NOT_IMPERATIVE}|必须(?!的)|坚持(?![了的着是住下]))`);

/** A demand opener that is no demand: the 坚持… phrase is the subject of a statement
 *  (`坚持问题导向，是推进改革的基本方法。`), or the modal only introduces one (`要看到，…`
 *  `必须清醒认识到，…` `必须强调的是，…`). Not `坚持把纪律挺在前面。` nor `要看到风险隐患依然存在。`. */
export const STATEMENT_OPENER =
  /^(?:[^，,。；;！？]{2,30}[，,](?:同样|也|就|更|才|都|正|始终)?是|(?:要|必须)[^，,。；;：:]{0,4}(?:看到|认识到|意识到|指出|强调|说明|注意到)(?:的是)?[，,：:])/;

/** A heading that is itself an imperative, after its numbering: `我们要以最高的标准…。` `一要坚持…`
 *  `要看清…。`; not `产业振兴要见实效。` (a topic, then 要) nor `要素保障…`. */
export const IMPERATIVE_HEADING = new RegExp(`^(?:${CN}(?=要)|我们|大家|咱们|你们)?(?:一定|还|也|更|都)?要${NOT_IMPERATIVE}`);

// ── whole-line patterns ───────────────────────────────────────────────────────────────────

/** A subtitle line (the title rule also caps its length). Matches `——在机关党支部会上的发言`;
 *  not `在机关党支部会上的发言`. */
export const SUBTITLE = /^(?:——|－－|--|―|—)\s*\S/;

/** A date line, maybe after the speaker, in characters or in digits with slashes, dots or dashes.
 *  Matches `（2018年9月3日）` `（一九四四年九月八日）` `张三（2024年5月4日）` `2024/5/6` `2024.05.06`;
 *  not `2018年是关键之年。` nor `2024/5/6发布的通知要求…`. */
export const DATE_LINE =
  /^(?:[\u4e00-\u9fa5· ]{0,20}[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月(?:\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日)?[^（）()。]{0,12}[）)]?|[（(]?\s*\d{4}\s*[/.\-．]\s*\d{1,2}\s*[/.\-．]\s*\d{1,2}\s*[）)]?)$/;

/** A news dateline or a reporter's line under a reposted title. Matches `新华社北京4月30日电`
 *  `本报讯（记者 张三）` `（记者 李四 王五）`; not `北京4月30日是晴天。`. */
export const DATELINE =
  /^(?:[\u4e00-\u9fa5]{2,12}(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)|本报讯.{0,20}|[（(](?:记者|通讯员)[^（）()]{1,30}[）)])$/;

/** Posts a speaker line may name before the name. */
const POST = '(?:书记|副书记|省长|市长|县长|区长|镇长|乡长|局长|厅长|部长|处长|科长|主任|校长|院长|所长|社长|行长|会长|主席|董事长|总经理|总裁|经理|秘书长)';

/** A speaker line; posts held together are joined by 、. Matches `马卫光`, `张  三` (letter-spaced),
 *  `市委书记 张三`, `县委书记张建国` (no space), `市长 李  明` and `县住房和城乡建设局党组书记、局长
 *  刘卫东`; not `同志们：` nor `要坚持、要落实。` nor `学习总书记讲话` (a post, then no name). */
export const SPEAKER_LINE = new RegExp(
  `^(?:[\\u4e00-\\u9fa5·]{2,4}|[\\u4e00-\\u9fa5](?: {1,4}[\\u4e00-\\u9fa5]){1,2}` +
    `|[\\u4e00-\\u9fa5]{0,20}${POST}(?!.*(?:讲话|发言|精神|思想|指示|批示))[\\u4e00-\\u9fa5·]{2,3}` +
    `|[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5、]{0,28}[\\u4e00-\\u9fa5][ ]+(?:[\\u4e00-\\u9fa5·]{2,4}|[\\u4e00-\\u9fa5](?: {1,4}[\\u4e00-\\u9fa5]){1,2})(?:[ ]+[\\u4e00-\\u9fa5·]{2,4})?)$`,
);

/** A labelled speaker line under the title. Matches `主讲人：某大学党委书记  陈立新`; not `主讲的内容`. */
export const SPEAKER_LABEL = /^(?:主讲人|主讲|报告人|讲话人|宣讲人|发言人)[：:]/;

/** A bracketed note on its own line. Matches `（根据录音整理）`; not `（一）加强…`. */
export const PAREN_NOTE = /^[（(][^（）()]{2,60}[）)]$/;

/** One name of a breadcrumb: 1–12 characters, no sentence mark or `>`, starting and ending with a
 *  non-space. The spaces around a `>` then belong to the separator alone: were a name allowed to
 *  take them too, a line that almost matches (`a  >a  >…a。`) would be tried in 2^n ways. */
const CRUMB = '[^\\s。，；！？>＞»](?:[^。，；！？>＞»]{0,10}[^\\s。，；！？>＞»])?';

/** Editorial lines that are not speech wherever they stand. Matches `【导读】…` `（来源：新华社）`
 *  `（此处省略…）` `（掌声）` `责任编辑：王五` `…………`, and a pasted web page's furniture: the
 *  breadcrumb `首页 > 新闻中心 > 领导讲话` (3+ short names joined by >), `分享到：`, `上一篇：…`; not `（一）加强…` nor `来源于群众`. */
export const EDITORIAL_LINE = new RegExp(
  '^(?:【(?:导读|编者按|摘要|按语|编者的话|提要|核心提示)】|[（(](?:来源|此处省略|略|有删节|节选|本文|编者|作者|根据|(?:热烈|长时间)?(?:掌声|鼓掌|笑声)|全场)[^（）()]*[）)]$' +
    '|(?:来源|责任编辑|编辑|作者|审核|校对|供稿|原标题|发布时间|发布日期|文章来源|信息来源|浏览次数|阅读次数|上一篇|下一篇|分享到)[：:]|分享到$|当前位置[：:]|【字体|打印本页|关闭窗口' +
    `|[…．.。·\\-—]{3,}$|${CRUMB}(?:\\s*[>＞»]\\s*${CRUMB}){2,}$)`,
);

/** An editorial note in the title block. Matches `这是毛泽东在…会上的讲演。`; not `这是我们的责任。`. */
export const TITLE_NOTE = /^这是.{2,60}(?:讲话|讲演|演讲|发言|致辞|报告)(?:的.{1,10})?。?$/;

/** Words a speech title ends with. Matches `…上的讲话`; not `…的问题`. */
export const TITLE_END = /(?:讲话|发言|致辞|讲演|演讲|报告|讲稿|党课|提纲|贺词|讲话提纲|交流发言)$/;

/** A salutation. Matches `同志们：` `各位同事：` `各位嘉宾、同学们，大家上午好！`; not `同志们，思想…。`. */
export const SALUTATION =
  /^(?:(?:尊敬的|亲爱的|各位|全体)?[^。！？：]{0,40}(?:同志|同学|朋友|领导|嘉宾|来宾|老师|代表|女士|先生|家长|大家|委员|战友|校友|员工|伙伴|同事|同仁|学员|乡亲|青年|股东|家人|校友)们?[^。！？：]{0,10}[：:]|[^。！？]{0,40}大家(?:上午|下午|晚上)?好[！!。]?)$/;

/** A line that is only a call to the audience. Matches `同志们、朋友们！`; not `同志们，我们要…。`. */
export const INTERJECTION = /^[^。，；]{0,3}(?:同志|同学|朋友|老师|青年朋友|各位)[们、，！!\s\u4e00-\u9fa5]{0,12}[！!]$/;

/** A paragraph that opens the closing. Matches `总之，…` `以上发言…` `以上，是我的…` `谢谢大家！`
 *  `祝大家…` `好，我就讲这些。` and a turn to the audience (`同志们，…` `各位领导、同志们，…`
 *  `亲爱的家人们，…`); not `以上这些问题…` nor `同志们的意见…`. */
export const CLOSING_START =
  /^(?:总之|总而言之|综上所述|综上|最后[，,、：:]|以上[，,]?(?:发言|讲话|几点|[一二三四五六七八九十\d０-９]+点|就是|是我|意见|汇报|体会|所谈|对照检查|剖析|表态)|不妥之处|谢谢|(?:好|好了|那么)?[，,]?(?:我的发言完了|我的发言完毕|我就讲这些|我就讲到这里|我就讲这么多|我就说这些)|让我们|祝(?:愿|福)?(?:大家|各位|全体|同学|老师|同志)|(?:亲爱的|敬爱的|尊敬的)?(?:各位(?:领导|嘉宾|来宾|代表)?[、，,])?(?:同志|同学|朋友|老师|乡亲|同事|同仁|伙伴|战友|校友|家人)们[，,、！!])/;

/** A count the opening announces for what follows: `提五点希望` `讲四点意见` `五个“坚守”` `三个方面`
 *  `三个问题` `三件事` `十二条` `3点`, with the verb before it when there is one (讲/提/谈…). Not
 *  `一点` (a little), `“四个意识”` (the quote opens before the count), `八项规定` (a name). */
export const COUNT_ANNOUNCEMENT =
  /(讲|提|谈|说|汇报|交流|做到|把握|突出|强调|抓好|分享)?([二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九]|\d{1,2})(?:点(?!钟|多|半)|个方面|方面|条|项(?!规定)|句话|个字|件事|层意思|个问题|个希望|个要求|个坚持|个[“"「])/g;

/** A paragraph that opens with punctuation or a space (“…, ——…): its first characters are no
 *  shared opening of words. Matches `“忠”字`; not `要始终坚守`. */
export const OPENS_WITH_MARK = /^[\p{P}\s]/u;

/** Whitespace anywhere, to compare lines as words. Matches U+3000 and spaces. */
export const WHITESPACE = /\s+/g;

/** A clause of a lead, with the punctuation that ends it, for a theme's label. Matches `现在，`
 *  and `我说一说今后应注意的几点。`; a line break also ends a clause. */
export const LABEL_CLAUSE = /[^，,。！；：:!;？?\n]+[，,。！；：:!;？?]?/g;

/** A clause that asks (为什么呢？): it names no part. Matches `为什么呢？`; not `为什么，`. */
export const QUESTION_CLAUSE = /[？?]$/;

/** The punctuation that ends a clause. Matches `，` in `现在，`; not `？`. */
export const CLAUSE_END = /[，,。！；：:!;]$/;

/** Follows a quoted agenda: `“忠专实勤清”五个字`. Matches `五个字`; not `字样`. */
export const AGENDA_COUNT = /^(?:[一二三四五六七八九十两\d]{1,2}个?字|字)/;

/** A quoted key character heading: `“忠”字为先筑根基。` → 忠. Not `“两个确立”…`. */
export const KEY_CHAR = /^[“"「『]([\u4e00-\u9fa5]{1,2})[”"」』]字/;

/** Quoted spans. Matches `“忠专实勤清”`; not `（…）`. */
export const QUOTED = /[“"「『]([^“”"「」『』]{1,60})[”"」』]/g;


/** A quoted term shown in the accent colour, on slides and in the PPTX. Matches `“以学铸魂”`; not a quotation of 25+ characters. */
export const QUOTED_TERM = /“[^“”\n]{1,24}”/g;

// ── sentences, clauses, headings (segment, clauses) ──────────────────────────────────────

/** Where a first sentence ends (`；` does not end it: headings may hold one). Matches `。”`; not `；`. */
export const SENTENCE_STOP = /[。！？!?][”’」』）)]*/;

/** A sentence boundary, with the quotes and spaces after it. Matches `。 ` and `：`; not `，`. */
export const SENTENCE_BOUNDARY = /[。！？；!?;：:\n][”’」』）)]*[ \t]*/g;

/** A clause boundary: a sentence's, or `，` `、`. Matches `、`; not `—`. */
export const CLAUSE_BOUNDARY = /[。！？；!?;：:，,、\n][”’」』）)]*[ \t]*/g;

/** Punctuation a heading carries at its end in the text but not on a slide. Matches the `。` of
 *  `“忠”字为先筑根基。`; not `加强学习`. */
export const TRAILING_PUNCT = /[。，、；：:;,.！!？?\s]+$/u;

// ── headlines (outline/headline.ts) ──────────────────────────────────────────────────────

/** Leading inline markers, one of which a headline drops: 一是 二要 第一， 首先， 再一个， 一个是 就是要 要.
 *  Matches `一是加强学习` `就是要严守`; not `一方面` nor `要是下雨`. */
export const INLINE_MARKER =
  /^(?:[一二三四五六七八九十]{1,2}[是要][，,：:]?|第[一二三四五六七八九十]{1,2}[，,、：:是]?|(?:还有|另|再)?一个是|(?:首先|其次|再次|再者|再一个|最后)[，,：:]?要?|就是要|要(?!是|么|不))/;

/** Where a headline's first clause ends. Matches the `，` of `现在，`; not `、`. */
export const HEADLINE_CUT = /[，,。；;：:！？!?\n]/;

/** A closing quote, a boundary a long headline may be cut after. Matches `”`; not `“`. */
export const CLOSING_QUOTE = /[”’」』]/;

// ── rules: agenda, closing, front, numbering, shape, refrain, series ─────────────────────

/** A quoted agenda written as one word, a theme per character. Matches `忠专实勤清`; not `忠` nor `两个确立，四个意识`. */
export const AGENDA_WORD = /^[\u4e00-\u9fa5]{2,9}$/;

/** What separates the items of a quoted agenda. Matches `、` in `学、思、践`; not `·`. */
export const AGENDA_SEPARATOR = /[、，,；;\s]+/;

/** Chinese characters only. Matches `学习`; not `学习2024`. */
export const HAN_ONLY = /^[\u4e00-\u9fa5]+$/;

/** An opening quote at the start. Matches `“忠”字`; not `忠”`. */
export const OPENING_QUOTE = /^[“"「『]/;

/** `最后` opening a paragraph, with its mark. Matches `最后，祝大家…` `最后一点`; not `总之，最后`. */
export const LAST_LEAD = /^最后[，,、：:]?/;

/** An earlier point of a 首先… series, at a sentence or clause start. Matches `首先要学习。`
 *  `…，其次要…`; not `第二次会议`. */
export const EARLIER_ORDINAL = /(?:^|[。！？；，：])(?:首先|其次|再次|第二[，、,])/;

/** A paragraph that is one parenthetical. Matches `（完）` `（根据录音整理）`; not `（一）加强学习`. */
export const PAREN_LINE = /^[（(][^（）()]{1,60}[）)]$/;

/** A parenthetical ending in a full stop: a sentence, not a note. Matches `（这是一句话。）`; not `（完）`. */
export const SENTENCE_IN_PARENS = /。[）)]$/;

/** A line ending in punctuation, so no title. Matches `同志们，`; not `在会上的讲话`. */
export const ENDS_IN_PUNCT = /[。！？；，：:,;!?]$/;

/** A sentence end anywhere. Matches `好。`; not `好，`. */
export const SENTENCE_MARK = /[。！？]/;

/** A sentence end with text after it. Matches `甲。乙`; not `甲乙。`. */
export const MARK_INSIDE = /[。！？]./;

/** Arabic digits only, half- or full-width. Matches `12` `１２`; not `1二`. */
export const DIGITS_ONLY = /^[0-9０-９]+$/;

/** A full-width digit, made half-width to be read as a number. Matches `３`; not `3`. */
export const FULL_WIDTH_DIGIT = /[０-９]/g;

/** One circled number. Matches `③`; not `③④`. */
export const CIRCLED_ONE = /^[①-⑳]$/;

/** A Chinese numeral up to 99. Matches `二十三` `十`; not `三百`. */
export const CN_NUMERAL = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/;

/** A call to the audience opening a paragraph. Matches `同志们，…`; not `各位同志`. */
export const AUDIENCE_CALL = /^(?:同志们|同学们|朋友们)/;

/** A question standing alone as a short line: 为什么要抓基层治理？ / 怎么抓？ (a question a part
 *  answers). Matches `怎么抓？`; not `群众满意不满意？问题出在哪里？` (two sentences) nor a long line. */
export const QUESTION_LINE = /^[^。！？；!?;：:，,]{2,15}[？?]$/;

/** A mark that ends a sentence or opens a list. Matches `；`; not `，`. */
export const STOP_MARK = /[。！？；!?;：:]/;

/** An opening parenthesis at the start. Matches `（一）`; not `一、`. */
export const OPENS_WITH_PAREN = /^[（(]/;

/** What breaks a refrain's n-gram: punctuation, space, digit. Matches `，` in `学，习`; not `学习`. */
export const GRAM_BREAK = /[\p{P}\s\d]/u;

/** A series head that is only 是 or 要 (一是… 二要…): no shared head. Matches `要`; not `要求`. */
export const BARE_SHI_YAO = /^[是要]$/;

/** Where a lead's first clause may end. Matches `，` in `现在，`; not `。`. */
export const LEAD_BREAK = /[，,：:；;]/g;

/** Whitespace, quotes, and Unicode punctuation (P) and symbols (S), as docs/eval.md says.
 *  Matches `“` and `，`; not `学`. */
export const QUOTES_AND_PUNCT = /[\s“”"‘’'「」『』\p{P}\p{S}]/gu;

/** A leading ordinal an evaluation match ignores (第一, 1, 三). Matches `第一加强`; not `加强`. */
export const MATCH_ORDINAL = /^第?[零〇一二三四五六七八九十百千\d]+/;

// ── the deck plan (plan/plan.ts, plan/ids.ts) ─────────────────────────────────────────────

/** An editorial meta line, kept off the title slide. Matches `【导读】…` `（来源：…）`; not `张三`. */
export const EDITORIAL_START = /^[【〔\[（(…….·]/u;

/** `一、`, `（二）`, `第三，` at the start of a heading: the agenda numbers its items itself.
 *  Matches `一、抓学习`; not `一方面`. */
export const HEADING_NUMBER = /^(?:第?[一二三四五六七八九十]+[、，,.．:：]|[（(][一二三四五六七八九十]+[）)][、，]?|\d+[、.．])\s*/u;

/** What does not make a structure different (for ids). Matches `，` and a space; not `学`. */
export const ID_INSIGNIFICANT = /[\s\p{P}]/u;
