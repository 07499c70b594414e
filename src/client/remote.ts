// The remote's page (遥控, served by `lectern share`): the presenter's current slide, the next
// one, the time and the notes, with 上一页/下一页 that turn the presenting deck's pages.
// Its own small bundle (lib/remote/), not the deck's: a phone that turns pages needs no reveal.js.
import type { RemoteState } from '../node/serve/share-state.js';
import { openEvents, post, readLiveConfig } from './live-channel.js';

const byId = (id: string) => document.getElementById(id);

function setText(id: string, text: string): void {
  const element = byId(id);
  if (element) element.textContent = text;
}

/** 75 s → 01:15; an hour and more → 1:02:03. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const rest = `${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return hours ? `${hours}:${rest}` : rest;
}

function start(): void {
  const config = readLiveConfig(document);
  if (!config || config.role !== 'remote') return;
  let startedAt = 0;
  const tick = () => setText('timer', clock(startedAt ? (Date.now() - startedAt) / 1000 : 0));
  setInterval(tick, 1000);

  const show = (state: RemoteState) => {
    // The server says how long the talk has run; counting on from here ignores the phone's clock.
    startedAt = Date.now() - state.elapsed;
    tick();
    setText('planned', state.totalTime ? ` / 计划 ${clock(state.totalTime)}` : '');
    setText('position', `${state.index + 1} / ${state.total}`);
    setText('title', state.title);
    setText('next', state.index + 1 < state.total ? state.next : '（已是最后一页）');
    setText('notes', state.notes);
    setText('message', '');
  };
  const link = (up: boolean) => {
    const status = byId('status');
    if (!status) return;
    status.dataset.state = up ? 'on' : 'off';
    status.textContent = up ? '已连接' : '连接中断，正在重新连接…';
  };
  openEvents(config, { state: show }, link);

  const send = async (action: 'next' | 'prev') => {
    try {
      const answer = (await post(config, 'command', { action })) as { heard?: number } | null;
      setText('message', answer?.heard ? '' : '演示页没有打开：请先在放映的电脑上打开「演示」地址。');
    } catch {
      setText('message', '没有发出去：请检查手机和电脑是否在同一网络，然后再按一次。');
    }
  };
  byId('prev-button')?.addEventListener('click', () => void send('prev'));
  byId('next-button')?.addEventListener('click', () => void send('next'));
}

start();
