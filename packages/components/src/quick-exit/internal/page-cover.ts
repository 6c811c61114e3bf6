/**
 * Blanks the whole page at once: `<body>` is taken out of rendering (so no host style,
 * z-index or shadow root can keep anything visible or reachable by assistive technology)
 * and a plain cover saying only "Loading" sits over the viewport. Styles are set through
 * the CSSOM (`style.setProperty`), which a strict `style-src` allows, unlike a `style`
 * attribute.
 */

const COVER_ATTRIBUTE = 'data-onestory-exit-cover';

const COVER_STYLE: Readonly<Record<string, string>> = {
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  display: 'flex',
  'align-items': 'center',
  'justify-content': 'center',
  margin: '0',
  background: '#ffffff',
  color: '#0b0c0c',
  font: '400 1.1875rem/1.3 arial, sans-serif',
  visibility: 'visible',
  opacity: '1',
};

/** Hides everything on `doc` synchronously and shows a neutral cover saying `text`. */
export function coverPage(doc: Document, text: string, lang: string): void {
  doc.body?.style.setProperty('display', 'none', 'important');
  // The tab title may name the service ("Domestic abuse support"): make it neutral too.
  doc.title = text;
  if (doc.querySelector(`[${COVER_ATTRIBUTE}]`)) return;
  const cover = doc.createElement('div');
  cover.setAttribute(COVER_ATTRIBUTE, '');
  cover.setAttribute('role', 'status');
  cover.lang = lang;
  cover.textContent = text;
  for (const [name, value] of Object.entries(COVER_STYLE)) cover.style.setProperty(name, value, 'important');
  // Outside <body>, which is now not rendered; the root element accepts it.
  doc.documentElement.append(cover);
}
