// Markdown as the escape hatch: the detected outline written as Markdown a user can fix by hand,
// and a Markdown speech read back as an outline, its headings being the structure. Nothing is
// guessed from a Markdown speech's wording except, when its author left them out, the salutation
// and where the closing starts. Text stays plain: `*`, `<b>`, `[x](y)` are kept as typed.
//
//   ---                              front matter, only the fields the speech has:
//   subtitle: ——在…上的发言           subtitle, meta (editorial / speaker / date lines),
//   meta: [李晓东, 2024年5月4日]       salutation, agenda (theme names announced in the opening)
//   salutation: 同志们：
//   agenda: [忠, 专, 实]                (keywords: [甲, '', 丙] only when the themes' keywords are
//   ---                                 not those the headings and agenda give anyway)
//   # 标题
//   开头段落                          one line = one paragraph; blank lines are optional
//   ## “忠”字为先筑根基。              a theme, heading verbatim; `##` alone: a theme without heading
//   导语段落                          the theme's lead
//   ### 聚焦“以学铸魂”                 a point: its slide title; the lines below are its text
//   就是要聚焦“以学铸魂”……
//   <!-- 小结 -->                     the theme's tail (text after its last point)
//   <!-- 正文 -->                     body: paragraphs of a speech without themes
//   <!-- 结尾 -->                     the closing
//
// A text line that would read as syntax (starting with #, \, <!-- or ---) is written with a
// leading backslash, which the reader removes.
// The writer is markdown-write.ts; the reader, markdown-read.ts (its headings found by markdown-it)
// and markdown-finish.ts (the fields a speech may leave out, the front matter's put in).
export { markdownOutline, OUTLINE_KEYS } from './markdown-read.js';
export { outlineToMarkdown } from './markdown-write.js';
