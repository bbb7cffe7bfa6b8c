// trade.js — the wallet steps of the mint page (/upload/:id/mint) and the
// token page (/token/:id). Each step asks the server to build the
// transaction (it checks the chain first and answers in words when it
// cannot work), sends it with wallet.js, and shows: waiting for wallet →
// pending (hash) → confirmed (block) / failed (reason in words, from
// /api/tx/explain, never a hex blob). The person's own sent transactions are
// kept in localStorage until the index shows them, so a reload still says
// "pending"; a sale is only ever shown from the index, after the chain
// confirmed it.

import * as step from './txstep.js';

const { me, short, post, build, showSplit } = step;

const PENDING = 'modelmarket.pending';
const PENDING_TTL_MS = 24 * 3600 * 1000;
const INDEX_POLL_MS = 1500;
const INDEX_POLL_TRIES = 200;

// ---- the person's own pending transactions ----

function loadPending() {
  try {
    const all = JSON.parse(localStorage.getItem(PENDING) ?? '[]');
    return Array.isArray(all) ? all.filter((p) => Date.now() - p.at < PENDING_TTL_MS) : [];
  } catch {
    return [];
  }
}

function savePending(list) {
  localStorage.setItem(PENDING, JSON.stringify(list));
}

function remember(entry) {
  savePending([...loadPending().filter((p) => p.hash !== entry.hash), { ...entry, at: Date.now() }]);
}

function updatePending(hash, fields) {
  savePending(loadPending().map((p) => (p.hash === hash ? { ...p, ...fields } : p)));
}

function forget(hash) {
  savePending(loadPending().filter((p) => p.hash !== hash));
}

// ---- one wallet step ----

const statusEl = (root, name) => root.querySelector(`[data-tx-status="${name}"]`);

function setStatus(root, name, state, text, hash) {
  step.setStatus(statusEl(root, name), state, text, hash);
}

// What each step is called in its status line.
const TITLES = {
  mint: 'Mint', approve: 'Approval', list: 'Listing', price: 'Price change', cancel: 'Cancellation',
  transfer: 'Transfer', buy: 'Purchase',
};

/**
 * Runs the step name (see txstep.runStep) on its status line, keeping the
 * sent transaction in the pending list when it is a token event the index
 * will show (an approval, or a mint whose token id is not known yet, is not).
 */
function runStep(root, name, buildFn, pending = {}) {
  const keep = pending.tokenId && name !== 'approve';
  return step.runStep(statusEl(root, name), TITLES[name] ?? 'Transaction', buildFn, {
    onPending: (hash) => {
      if (keep) remember({ hash, kind: name, tokenId: String(pending.tokenId), label: pending.label ?? name, state: 'pending' });
    },
    onConfirmed: (hash, block) => updatePending(hash, { state: 'confirmed', block }),
    onFailed: forget,
  });
}

/** Lists a token: the list step, preceded by the approval step when the server says it is needed. */
async function listFlow(root, tokenId, price) {
  const body = { token_id: String(tokenId), price };
  const label = `List #${tokenId} at ${price} ETH`;
  try {
    return await runStep(root, 'list', () => build('/api/tx/list', body), { tokenId, label });
  } catch (err) {
    if (!err.needsApproval) throw err;
  }
  setStatus(root, 'list', 'waiting', 'Approve the marketplace first (one time), then list.');
  const approved = await runStep(root, 'approve', () => build('/api/tx/approve'), { tokenId, label: 'Approve the marketplace' });
  if (!approved) {
    setStatus(root, 'list', 'failed', 'Not listed: the marketplace needs your approval first.');
    return null;
  }
  if (!approved.hash) setStatus(root, 'approve', 'confirmed', approved.answer?.message ?? 'Approval: already there.');
  return runStep(root, 'list', () => build('/api/tx/list', body), { tokenId, label });
}

// ---- the mint page ----

function mintPage(root) {
  const form = root.querySelector('[data-mint-form]');
  const listForm = root.querySelector('[data-list-form]');
  const listStep = root.querySelector('[data-mint-step="list"]');
  form?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const body = {
      upload_id: root.dataset.uploadId,
      royalty_receiver: form.querySelector('[data-royalty-receiver]').value.trim(),
      royalty_percent: form.querySelector('[data-royalty-percent]').value.trim(),
    };
    const done = await runStep(root, 'mint', () => build('/api/tx/mint', body), { label: 'Mint' });
    if (!done?.hash) {
      button.disabled = false;
      return;
    }
    const out = await post('/api/tx/explain', { hash: done.hash }).catch(() => null);
    const tokenId = out?.data?.token_id;
    if (tokenId === undefined || tokenId === null) {
      setStatus(root, 'mint', 'confirmed', `Mint confirmed in block ${done.block}; open your uploads to find the token.`, done.hash);
      return;
    }
    root.dataset.tokenId = String(tokenId);
    setStatus(root, 'mint', 'confirmed', `Minted token #${tokenId}, confirmed in block ${done.block}.`, done.hash);
    form.hidden = true;
    delete listStep.dataset.locked;
    listStep.querySelector('[data-list-locked]').hidden = true;
    listForm.hidden = false;
    const link = root.querySelector('[data-token-link]');
    link.href = `/token/${tokenId}`;
    root.querySelector('[data-mint-done]').hidden = false;
  });
  listForm?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = listForm.querySelector('button[type="submit"]');
    button.disabled = true;
    const done = await listFlow(root, root.dataset.tokenId, listForm.querySelector('[data-list-price]').value.trim());
    button.disabled = Boolean(done);
    if (done) listForm.hidden = true;
  });
}

// ---- the token page ----

function indexedTxs(root) {
  return new Set((root.dataset.indexedTxs ?? '').split(' ').filter(Boolean));
}

/** Reloads once the index shows hash on this page (the chain confirmed it already). */
async function reloadWhenIndexed(hash) {
  for (let i = 0; i < INDEX_POLL_TRIES; i++) {
    await new Promise((r) => setTimeout(r, INDEX_POLL_MS));
    const html = await fetch(location.pathname, { credentials: 'same-origin' }).then((r) => r.text()).catch(() => '');
    if (html.includes(hash.toLowerCase())) {
      location.reload();
      return;
    }
  }
}

function showPending(root) {
  const list = root.querySelector('[data-pending-list]');
  if (!list) return;
  const id = root.dataset.tokenId;
  const seen = indexedTxs(root);
  const mine = [];
  for (const p of loadPending()) {
    if (seen.has(p.hash.toLowerCase()) || !p.tokenId || p.kind === 'approve') forget(p.hash);
    else if (String(p.tokenId) === id) mine.push(p);
  }
  list.replaceChildren(...mine.map((p) => {
    const li = document.createElement('li');
    li.dataset.pendingTx = p.hash;
    li.dataset.state = p.state;
    const what = p.state === 'confirmed'
      ? `${p.label}: confirmed in block ${p.block}; this page updates when our index has it.`
      : `${p.label}: pending, waiting for a block.`;
    const code = document.createElement('code');
    code.title = p.hash;
    code.textContent = short(p.hash);
    li.append(`Your transaction — ${what} `, code);
    return li;
  }));
  // A transaction sent before a reload: learn what became of it.
  for (const p of mine) {
    if (p.state === 'confirmed') reloadWhenIndexed(p.hash);
    else {
      post('/api/tx/explain', { hash: p.hash }).then((r) => {
        if (r.data?.state === 'confirmed') {
          updatePending(p.hash, { state: 'confirmed', block: r.data.block });
          showPending(root);
        } else if (r.data?.state === 'failed' || r.status === 404) {
          forget(p.hash);
          showPending(root);
        }
      }).catch(() => {});
    }
  }
}

function tokenPage(root) {
  if (!('indexed' in root.dataset)) {
    // Not in the index yet: check again shortly.
    setTimeout(() => location.reload(), 2000);
    return;
  }
  const id = root.dataset.tokenId;
  showPending(root);
  const after = (done) => {
    if (!done?.hash) return;
    const el = root.querySelector(`[data-tx-status][data-hash="${done.hash}"]`);
    if (el) el.append(' Updating the page once our index has it…');
    showPending(root);
    reloadWhenIndexed(done.hash);
  };
  const disable = (el) => { if (el) el.disabled = true; };
  const enable = (el) => { if (el) el.disabled = false; };

  const buy = root.querySelector('[data-tx-button="buy"]');
  buy?.addEventListener('click', async () => {
    disable(buy);
    const priceWei = root.querySelector('[data-token-market]').dataset.priceWei;
    const done = await runStep(root, 'buy', async () => {
      const ans = await build('/api/tx/buy', { token_id: id, price_wei: priceWei });
      showSplit(root, ans.split);
      return ans;
    }, { tokenId: id, label: `Buy #${id}` });
    if (done) after(done);
    else enable(buy);
  });

  const listForm = root.querySelector('[data-list-form]');
  listForm?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const b = listForm.querySelector('button');
    disable(b);
    const done = await listFlow(root, id, listForm.querySelector('[data-list-price]').value.trim());
    if (done) after(done);
    else enable(b);
  });

  const priceForm = root.querySelector('[data-price-form]');
  priceForm?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const b = priceForm.querySelector('button');
    disable(b);
    const price = priceForm.querySelector('[data-price-input]').value.trim();
    const done = await runStep(root, 'price', () => build('/api/tx/price', { token_id: id, price }), { tokenId: id, label: `New price ${price} ETH` });
    if (done) after(done);
    else enable(b);
  });

  const cancel = root.querySelector('[data-tx-button="cancel"]');
  cancel?.addEventListener('click', async () => {
    disable(cancel);
    const done = await runStep(root, 'cancel', () => build('/api/tx/cancel', { token_id: id }), { tokenId: id, label: 'Cancel the listing' });
    if (done) after(done);
    else enable(cancel);
  });

  const transferForm = root.querySelector('[data-transfer-form]');
  transferForm?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const b = transferForm.querySelector('button');
    disable(b);
    const to = transferForm.querySelector('[data-transfer-to]').value.trim();
    const done = await runStep(root, 'transfer', () => build('/api/tx/transfer', { token_id: id, to }), { tokenId: id, label: `Transfer to ${short(to)}` });
    if (done) after(done);
    else enable(b);
  });
  root.dataset.tradeReady = 'true'; // tests wait for this
}

const mintRoot = document.querySelector('[data-mint-flow]');
if (mintRoot) {
  mintPage(mintRoot);
  mintRoot.dataset.tradeReady = 'true';
}
const tokenRoot = document.querySelector('[data-token-page]');
if (tokenRoot) tokenPage(tokenRoot);
