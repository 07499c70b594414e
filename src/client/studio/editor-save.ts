// Saves the editor's corrections into the deck's sidecar through the dev server, one request at
// a time and always the latest list: quick clicks never save out of order.
import type { Correction } from '../../core/corrections/types.js';
import type { EditorData } from './editor-model.js';

export class SidecarSaver {
  private pending: Correction[] | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly data: EditorData,
    private readonly report: (state: string) => void,
  ) {}

  save(corrections: Correction[]): void {
    if (!this.data.sidecarReadable) {
      // Saving would replace what the user wrote by hand with only what is shown here.
      this.report(`没有保存：${this.data.sidecarFile} 读不懂，为免覆盖其中的内容，请先修正或删除它，再刷新本页。`);
      return;
    }
    this.pending = corrections;
    this.report('正在保存…');
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once everything asked for is saved (or has failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const corrections = this.pending;
      this.pending = null;
      try {
        const response = await fetch(this.data.saveUrl, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-Lectern-Token': this.data.token },
          body: JSON.stringify({ corrections }),
        });
        const answer = (await response.json().catch(() => ({}))) as { message?: string };
        if (!response.ok) throw new Error(answer.message ?? `预览服务器回答 ${response.status}`);
        if (!this.pending) this.report(corrections.length ? `已保存到 ${this.data.sidecarFile}` : '已恢复自动识别');
      } catch (error) {
        this.report(`保存失败：${error instanceof Error ? error.message : String(error)}。请确认 npm run dev 仍在运行，再改一次即可重新保存。`);
      }
    }
  }
}
