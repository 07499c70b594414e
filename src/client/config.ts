// reveal.js settings for every Lectern deck, in one place.
import type { RevealConfig } from 'reveal.js';
import type { ClientConfig } from '../core/render/page.js';

export function readClientConfig(doc: Document): ClientConfig {
  const raw = doc.getElementById('lectern-config')?.textContent ?? '{}';
  return { theme: 'dangzheng', totalTime: 0, ...JSON.parse(raw) };
}

export function revealConfig(config: ClientConfig): RevealConfig {
  // totalTime and numeric defaultTiming are read by reveal.js but missing from its types.
  const pacing = config.totalTime > 0 ? { totalTime: config.totalTime } : {};
  return {
    width: 1280,
    height: 720,
    margin: 0,
    hash: true,
    slideNumber: 'c/t',
    progress: true,
    controls: true,
    // Arrows at the screen's edges leave the bottom-right corner to the slide number.
    controlsLayout: 'edges',
    center: false,
    transition: 'slide',
    // Phones get the scroll view, so a shared link reads well on a narrow screen.
    scrollActivationWidth: 600,
    // Build-time splitting keeps every slide within one page; never spill onto a second.
    pdfMaxPagesPerSlide: 1,
    ...pacing,
  } as RevealConfig;
}
