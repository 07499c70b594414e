// One fix-up of pptxgenjs' output, done on the finished file rather than by writing OOXML.
// pptxgenjs 4.0.1 writes the paragraph properties (<a:pPr>) again before every run of a
// paragraph with several runs — here, every line with a quoted term in the accent colour.
// The schema allows one <a:pPr>, first in the paragraph, and PowerPoint 2016 asks to repair
// such a file (gitbrent/PptxGenJS#1081; the fix, PR #1083, is unmerged). The repeats are
// copies of the first, so dropping them changes nothing on the slide.
// jszip is pptxgenjs' own zip library (a dependency of it), so it adds nothing to install.
import JSZip from 'jszip';

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPS = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;
const PARTS = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\/[^/]+\.xml$/;

/** Keeps the first <a:pPr> of each paragraph when it leads the paragraph; drops the others. */
export function dropRepeatedParagraphProps(xml: string): string {
  return xml.replace(PARAGRAPH, (_whole, inner: string) => {
    let seen = 0;
    const kept = inner.replace(PARAGRAPH_PROPS, (props: string, at: number) => (seen++ === 0 && at === 0 ? props : ''));
    return `<a:p>${kept}</a:p>`;
  });
}

export async function repairPptx(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  for (const name of Object.keys(zip.files).filter((n) => PARTS.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const fixed = dropRepeatedParagraphProps(xml);
    if (fixed !== xml) zip.file(name, fixed);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
