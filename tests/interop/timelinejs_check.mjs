// Reads a TimelineJS JSON file the way TimelineJS itself does, and prints what it made of it.
//
//   node timelinejs_check.mjs NODE_MODULES FILE.json
//
// NODE_MODULES holds @knight-lab/timelinejs (its unbuilt sources, src/js) and jsdom. The
// output is one JSON object: whether TimelineJS accepts the file, its errors in TimelineJS's
// own English, the scale, and each event and era with the date line TimelineJS shows. Our
// tests compare that with the timeline we exported (tests/interop/test_timelinejs_publish.py).
import { register } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// TimelineJS's sources import each other without the ".js" that Node's ES modules need (its
// webpack build adds it); this hook adds it, so the sources run as they are published.
const addJs = `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && specifier.startsWith('.') && !specifier.endsWith('.js')) {
      return next(specifier + '.js', context);
    }
    throw error;
  }
}`;
register('data:text/javascript,' + encodeURIComponent(addJs));

const [modules, file] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(modules, path)).href);

const { JSDOM } = await load('jsdom/lib/api.js');
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://example.org/' });
Object.assign(globalThis, {
  window: dom.window,
  document: dom.window.document,
  DOMParser: dom.window.DOMParser,
  getComputedStyle: dom.window.getComputedStyle,
});
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });

const src = '@knight-lab/timelinejs/src/js';
const { TimelineConfig } = await load(`${src}/core/TimelineConfig.js`);
const { lookupMediaType } = await load(`${src}/media/MediaType.js`);
const { Language } = await load(`${src}/language/Language.js`);
const language = Language.fallback;

const message = (e) => (e.message_key ? language._(e.message_key) + (e.detail ? ` [${e.detail}]` : '') : String(e));
let config;
try {
  config = new TimelineConfig(JSON.parse(readFileSync(file, 'utf-8')));
} catch (error) {
  // Some mistakes (a date TimelineJS cannot read) stop TimelineJS before it has a configuration.
  console.log(JSON.stringify({ valid: false, errors: [message(error)], scale: null, title: null, events: [], eras: [] }));
  process.exit(0);
}
if (config.isValid()) config.validate();
const said = (date) => (date ? date.getDisplayDate(language) : '(none)');
const shown = (slide) => slide.display_date && slide.display_date.trim()
  ? slide.display_date
  : slide.start_date.getDisplayDate(language) + (slide.end_date ? ' — ' + slide.end_date.getDisplayDate(language) : '');
console.log(JSON.stringify({
  valid: config.isValid(),
  errors: config.getErrors().map(message),
  scale: config.scale,
  title: config.title ? config.title.text.headline : null,
  events: config.events.map((e) => ({
    id: e.unique_id,
    headline: e.text.headline,
    date: shown(e),
    group: e.group || '',
    media: e.media && e.media.url ? lookupMediaType(e.media).type : null,
  })),
  eras: config.eras.map((e) => ({
    headline: e.headline,
    date: said(e.start_date) + ' — ' + said(e.end_date),
  })),
}));
