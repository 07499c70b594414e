// Finds a Chromium-based browser the user already has. Lectern never downloads one.
import { existsSync } from 'node:fs';

/** Usual install places, most likely first: Linux, then Windows (Edge ships with it), then macOS. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless run on a machine with a closed network and no GPU. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return KNOWN_PATHS.find((p) => exists(p)) ?? null;
}

export const MISSING_BROWSER_MESSAGE =
  '找不到 Chromium、Chrome 或 Edge 浏览器。请安装其中一个（Debian/Ubuntu：sudo apt-get install chromium；Windows 自带 Edge），' +
  '或用环境变量 CHROME_PATH 指明浏览器程序的位置。';
