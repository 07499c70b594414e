// The browser client (reveal.js, theme CSS, init code) is the same for every deck, so it is
// bundled once by `npm install` (scripts/prepare.js) and copied next to each built deck.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** lib/client/: the same place whether this module runs from src/node (tests) or lib/node. */
export const CLIENT_DIST = fileURLToPath(new URL('../../../lib/client/', import.meta.url));
export const CLIENT_FILES = { script: 'lectern.js', style: 'lectern.css' } as const;

export function assertClientBuilt(): void {
  if (!existsSync(`${CLIENT_DIST}${CLIENT_FILES.script}`)) {
    throw new Error(`找不到幻灯片的浏览器端文件（${CLIENT_DIST}）。请在项目目录运行 npm install 后再试。`);
  }
}
