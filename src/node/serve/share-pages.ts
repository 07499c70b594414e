// The pages of `lectern share` that are not files of the build: the live marker written into
// each deck page it serves, the remote's page, the presenter address's refusal.
import { htmlDocument } from '../../core/render/page.js';
import type { Role } from './share-live.js';

/** What src/client/live.ts and remote.ts read: their role and where their channel is. */
export interface LiveConfig {
  role: Role;
  /** `/<token>/_live/`: events, state (presenter) and command (remote) are below it. */
  base: string;
}

/** The path below a token where the channel lives; no deck is named so. */
export const LIVE_DIR = '_live/';

export const liveConfig = (role: Role, token: string): LiveConfig => ({ role, base: `/${token}/${LIVE_DIR}` });

/** JSON inside <script>: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const liveScript = (config: LiveConfig) => `<script type="application/json" id="lectern-live">${scriptJson(config)}</script>`;

/** A deck page (it carries its client config) gets the live marker; other pages stay as built. */
export function withLive(html: string, config: LiveConfig): string {
  const at = html.lastIndexOf('</body>');
  if (at < 0 || !html.includes('id="lectern-config"')) return html;
  return `${html.slice(0, at)}${liveScript(config)}\n${html.slice(at)}`;
}

export const FORBIDDEN_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>只能在本机打开</title></head>
<body style="font: 18px/1.6 sans-serif; margin: 2em">
<h1 style="font-size: 1.4em">这个地址只能在放映幻灯片的电脑上打开</h1>
<p>这是演讲者放映用的地址。跟随观看请扫描「观众」二维码，用手机翻页请扫描「遥控」二维码。</p>
</body></html>
`;

const REMOTE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#fffaf2;color:#2b2118;
  display:flex;flex-direction:column;padding:12px 14px calc(12px + env(safe-area-inset-bottom));gap:10px;-webkit-text-size-adjust:100%}
header{display:flex;justify-content:space-between;align-items:baseline;gap:8px;font-size:14px;color:#6b5a4a}
#status[data-state="on"]{color:#2e7d32}#status[data-state="off"]{color:#a4161a}
#timer{font-variant-numeric:tabular-nums;font-size:22px;font-weight:700;color:#2b2118}
.now{background:#a4161a;color:#fff8e6;border-radius:10px;padding:10px 12px}
.label{font-size:13px;opacity:.8}
#title{font-size:21px;font-weight:700;line-height:1.35;word-break:break-all}
.next{font-size:15px;color:#6b5a4a;word-break:break-all}
#notes{flex:1 1 auto;min-height:80px;overflow:auto;white-space:pre-line;background:#fff;border:1px solid #e8dcc8;border-radius:10px;padding:10px 12px;font-size:17px;line-height:1.7}
#notes:empty::before{content:"（这一页没有备注）";color:#9a8a7a}
nav{margin-top:auto;display:grid;grid-template-columns:1fr 1.6fr;gap:10px}
button{font:inherit;font-size:22px;font-weight:700;border:0;border-radius:12px;padding:18px 0;touch-action:manipulation}
#prev-button{background:#f3e3b5;color:#7a0c10}#next-button{background:#a4161a;color:#fff8e6}
button:active{filter:brightness(.9)}
/* Without notes the buttons take the room: easier to hit without looking. */
body.no-notes nav button{min-height:36vh}
#message{min-height:1.5em;font-size:14px;color:#a4161a;text-align:center;margin:0}
`;

/** The remote's page: everything it shows comes over the channel, filled in by remote.ts. */
export function remotePage(config: LiveConfig, notes: boolean): string {
  return htmlDocument({
    title: '遥控翻页',
    viewport: 'width=device-width, initial-scale=1, viewport-fit=cover',
    head: `<style>${REMOTE_CSS}</style>`,
    bodyAttributes: notes ? '' : ' class="no-notes"',
    body: `<header><span id="status" data-state="off">正在连接…</span><span><span class="label">用时 </span><span id="timer">00:00</span><span id="planned"></span></span></header>
<section class="now"><div class="label">当前 <span id="position"></span></div><div id="title">等待演示页打开…</div></section>
<div class="next"><span class="label">下一页：</span><span id="next"></span></div>
${notes ? '<div id="notes"></div>' : ''}
<p id="message" role="status"></p>
<nav><button id="prev-button" type="button">上一页</button><button id="next-button" type="button">下一页</button></nav>
${liveScript(config)}
<script defer src="./remote.js"></script>`,
  });

}
