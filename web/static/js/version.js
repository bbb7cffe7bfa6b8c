// version.js — versions of a token. On /token/:id/publish, the owner's
// Publish step: the server pins the chosen upload or folder and the new
// metadata JSON and builds publishVersion (it checks ownership on chain
// first and answers in words); wallet.js sends it, and the status line says
// waiting for wallet → pending (hash) → confirmed (block) / failed (reason
// in words from /api/tx/explain). On the token page, a license holder is
// told when a version newer than the last one they saw has appeared (the
// last seen version is kept in localStorage, per token).

import { build, runStep } from './txstep.js';

const PENDING = 'modelmarket.pending'; // the token page's pending list (trade.js)
const SEEN = 'modelmarket.version-seen.'; // + token id → the last version number seen

/** Keeps the sent transaction in the token page's pending list until the index shows it. */
function rememberPending(entry) {
  try {
    const all = JSON.parse(localStorage.getItem(PENDING) ?? '[]');
    const list = Array.isArray(all) ? all.filter((p) => p.hash !== entry.hash) : [];
    localStorage.setItem(PENDING, JSON.stringify([...list, { ...entry, at: Date.now() }]));
  } catch { /* storage full or off: the page still works without it */ }
}

// ---- the publish page ----

async function publish(root, form, status) {
  const tokenId = String(root.dataset.tokenId);
  const pending = (answer) => ({ kind: 'version', tokenId, label: `Publish version ${answer.version}` });
  const done = await runStep(status, 'Publishing', () => build('/api/tx/version', {
    token_id: tokenId,
    upload_id: form.dataset.uploadId,
    note: form.querySelector('[data-version-note-input]').value.trim(),
  }), {
    checking: 'Publishing: pinning the content and the new metadata, checking with the chain…',
    label: (answer) => `Version ${answer.version}`,
    confirmed: (block, answer) => `Version ${answer.version} published, confirmed in block ${block}. Metadata ${answer.metadata_cid}.`,
    onPending: (hash, answer) => rememberPending({ hash, ...pending(answer), state: 'pending' }),
    onConfirmed: (hash, block, answer) => rememberPending({ hash, ...pending(answer), state: 'confirmed', block }),
  });
  return Boolean(done?.hash);
}

function publishPage(root) {
  const choose = root.querySelector('[data-choose-form]');
  // Choosing another upload shows its changes at once.
  choose?.querySelector('[data-publish-upload]')?.addEventListener('change', (e) => {
    if (e.target.value) choose.requestSubmit();
  });
  const form = root.querySelector('[data-publish-form]');
  const status = root.querySelector('[data-tx-status="version"]');
  form?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const ok = await publish(root, form, status);
    if (ok) {
      form.hidden = true;
      root.querySelector('[data-publish-done]').hidden = false;
    } else {
      button.disabled = false;
    }
  });
}

// ---- the token page: "a new version is available" ----

function historySection(section) {
  if (!('licensed' in section.dataset)) return;
  const id = section.dataset.tokenId;
  const latest = Number(section.dataset.latestVersion);
  if (!id || !latest) return;
  let seen = 0;
  try {
    seen = Number(localStorage.getItem(SEEN + id) ?? 0);
  } catch { return; }
  const markSeen = () => {
    try { localStorage.setItem(SEEN + id, String(latest)); } catch { /* nothing to do */ }
  };
  if (!seen) {
    markSeen(); // the first visit: this is what they have seen
    return;
  }
  if (latest <= seen) return;
  const box = section.querySelector('[data-new-version]');
  box.querySelector('[data-new-version-text]').textContent =
    `New version available: version ${latest} (you last saw version ${seen}).`;
  const files = box.querySelector('[data-new-version-files]');
  files.href = `/token/${id}/files?version=${latest}`;
  files.addEventListener('click', markSeen);
  box.querySelector('[data-new-version-seen]').addEventListener('click', () => {
    markSeen();
    box.hidden = true;
  });
  box.hidden = false;
}

const page = document.querySelector('[data-publish-page]');
if (page) publishPage(page);
const historyEl = document.querySelector('[data-version-history]');
if (historyEl) historySection(historyEl);
