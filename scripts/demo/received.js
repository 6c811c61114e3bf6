// The demo's service inbox: signs in with a service token (kept in memory only, never
// stored), lists that service's referrals and acts on them through the receiver's
// inbox routes. Everything is rendered as DOM text (never innerHTML): the answers are
// hostile input as far as this page is concerned.
const form = document.getElementById('sign-in');
const status = document.getElementById('status');
const root = document.getElementById('inbox');
let session;

const WITHHELD = {
  'not-decided': 'the person has not decided yet',
  refused: 'the person said no',
  withdrawn: 'the person withdrew their agreement',
  expired: 'their agreement has expired',
  'lacks-capacity': 'the person could not agree (capacity)',
  'feared-person': 'it would reach the person they are afraid of',
  'not-in-record': 'no agreement covers it',
  'no-record': 'no agreement was recorded',
};
const CHANNELS = { call: 'Phone call', text: 'Text message', email: 'Email', post: 'Letter', visit: 'Home visit' };

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function api(path, init = {}) {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: { accept: 'application/json', authorization: `Bearer ${session.token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ?? body.title ?? `The receiver answered ${response.status}`);
  return body;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const token = form.elements.token.value.trim();
  form.elements.token.value = '';
  session = { token };
  try {
    const me = await api('/service');
    session.serviceId = me.serviceId;
    form.hidden = true;
    await render();
  } catch (error) {
    session = undefined;
    status.textContent = `Could not sign in: ${error.message}`;
  }
});

async function render() {
  const base = `/services/${encodeURIComponent(session.serviceId)}`;
  const { items } = await api(`${base}/inbox?limit=1000`);
  root.replaceChildren();
  const heading = el('h2', `Inbox of ${session.serviceId}`);
  const signOut = el('button', 'Sign out', 'secondary');
  signOut.type = 'button';
  signOut.addEventListener('click', () => {
    session = undefined;
    root.replaceChildren();
    form.hidden = false;
    status.textContent = 'Signed out.';
  });
  root.append(heading, signOut);
  status.textContent = `${items.length} referral(s).`;
  // Urgent first, then newest first.
  const ordered = [...items].sort((a, b) => Number(b.urgent) - Number(a.urgent) || b.receivedAt.localeCompare(a.receivedAt));
  for (const summary of ordered) root.append(await renderItem(base, await api(`${base}/inbox/${summary.submissionId}`)));
}

async function renderItem(base, item) {
  const article = el('article', undefined, `received${item.urgent ? ' urgent' : ''}`);
  article.append(el('h3', `Reference ${item.reference}`));
  if (item.urgent) article.append(el('p', 'URGENT: danger now, or a DASH score of 14 or more (MARAC referral indicated).', 'warning'));
  article.append(el('p', `Received ${item.receivedAt} · status: ${item.status}${item.reason ? ` (${item.reason})` : ''}`));
  if (!item.envelope) {
    article.append(el('p', `Deleted at the end of its retention${item.purgedAt ? ` (${item.purgedAt})` : ''}.`));
    return article;
  }
  const { story, withheld, fields, flags } = item.envelope;

  // Safety before anything else: who must never be contacted, and how it is safe to reach the person.
  const safety = el('section', undefined, 'safety');
  safety.append(el('h4', 'Safety'));
  const feared = (story.household?.members ?? []).filter((m) => m.doNotContact || m.roles?.includes('feared'));
  if (flags.immediateDanger) safety.append(el('p', 'The person said someone is in immediate danger.', 'warning'));
  if (flags.fearedPersonPresent || feared.length) {
    safety.append(el('p', 'Someone in the household is a person the applicant is afraid of. Never contact them or send them anything.', 'warning'));
    const list = el('ul');
    for (const m of feared) list.append(el('li', `DO NOT CONTACT: ${m.name} (${m.relationship})${m.livesWith ? ', lives with the person' : ''}`));
    safety.append(list);
  }
  const safe = story.contact?.safeContact;
  if (safe) {
    const list = el('ul');
    for (const [channel, label] of Object.entries(CHANNELS)) {
      const rule = safe[channel];
      if (rule) list.append(el('li', `${label}: ${rule.safe ? 'safe' : 'NOT safe'}${rule.times ? ` (${rule.times})` : ''}`));
    }
    if (safe.voicemail !== undefined) list.append(el('li', `Voicemail: ${safe.voicemail ? 'safe to leave' : 'NOT safe to leave'}`));
    if (safe.alternative) list.append(el('li', `Alternative safe contact: ${safe.alternative.name}${safe.alternative.phone ? `, ${safe.alternative.phone}` : ''}`));
    safety.append(el('p', 'Safe contact:'), list);
  } else {
    safety.append(el('p', 'No safe-contact rules were shared: ask before using any channel.'));
  }
  article.append(safety);

  if (withheld.length) {
    const list = el('ul');
    for (const w of withheld) list.append(el('li', `${w.field}: ${WITHHELD[w.reason] ?? w.reason}`));
    article.append(el('h4', 'Withheld, and why'), list);
  }
  article.append(el('h4', `Received (${fields.length} field(s))`), el('pre', JSON.stringify(story, null, 2)));
  article.append(actions(base, item));
  return article;
}

function actions(base, item) {
  const group = el('div', undefined, 'actions');
  const act = async (action, body) => {
    try {
      await api(`${base}/inbox/${item.submissionId}/${action}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) });
      await render();
    } catch (error) {
      status.textContent = `Could not ${action}: ${error.message}`;
    }
  };
  for (const [action, label] of [['acknowledge', 'Acknowledge'], ['accept', 'Accept'], ['close', 'Close']]) {
    const button = el('button', `${label} ${item.reference}`);
    button.type = 'button';
    button.addEventListener('click', () => act(action));
    group.append(button);
  }
  const decline = el('form', undefined, 'decline');
  const id = `reason-${item.submissionId}`;
  const label = el('label', 'Reason for declining (the person will see it)');
  label.htmlFor = id;
  const reason = el('input');
  reason.id = id;
  reason.maxLength = 500;
  reason.required = true;
  const submit = el('button', `Decline ${item.reference}`);
  decline.append(label, reason, submit);
  decline.addEventListener('submit', (event) => {
    event.preventDefault();
    act('decline', { reason: reason.value });
  });
  group.append(decline);
  return group;
}
