// Browser entry: starts reveal.js on the deck the page already contains.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import './theme/base.css';
import './theme/dangzheng.css';
import './theme/light.css';
import { readClientConfig, revealConfig } from './config.js';
import { translateSpeakerView } from './speaker-view-zh.js';
import { installReadingView } from './reading-view.js';
import { startLive } from './live.js';

translateSpeakerView(window);
const config = readClientConfig(document);
const deck = new Reveal(document.querySelector<HTMLElement>('.reveal')!, revealConfig(config));
// Tests, decktape and other tools drive the deck through window.Reveal.
(window as unknown as { Reveal: typeof deck }).Reveal = deck;
deck.initialize({ plugins: [Notes] });
installReadingView(deck);
// In the dev server's preview, E opens the structure editor of this deck (/<deck>/edit).
if (import.meta.env.DEV) deck.addKeyBinding({ keyCode: 69, key: 'E', description: '调整结构' }, () => location.assign('edit'));
// Only a page served by `lectern share` carries the marker this looks for.
startLive(deck, document);
