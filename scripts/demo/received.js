// Renders the reference endpoint's store with DOM text nodes only (never innerHTML):
// the answers are hostile input as far as this page is concerned.
const status = document.getElementById('status');
const root = document.getElementById('services');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

try {
  const response = await fetch('/api/submissions', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The endpoint answered ${response.status}`);
  const { submissions } = await response.json();
  const byService = new Map();
  for (const { reference, submission } of submissions) {
    for (const envelope of submission.disclosures) {
      const list = byService.get(envelope.serviceId) ?? [];
      list.push({ reference, submission, envelope });
      byService.set(envelope.serviceId, list);
    }
  }
  status.textContent = `${submissions.length} submission(s) stored.`;
  for (const [serviceId, items] of byService) {
    const section = el('section');
    section.append(el('h2', serviceId));
    for (const { reference, submission, envelope } of items) {
      const article = el('article', undefined, 'received');
      article.append(el('h3', `Reference ${reference}`));
      article.append(el('p', `Sent ${submission.createdAt} · language ${submission.locale}`));
      article.append(el('p', `Fields: ${envelope.fields.join(', ') || '(none)'}`));
      article.append(el('pre', JSON.stringify(envelope.story, null, 2)));
      section.append(article);
    }
    root.append(section);
  }
} catch (error) {
  status.textContent = `Could not load submissions: ${error.message}`;
}
