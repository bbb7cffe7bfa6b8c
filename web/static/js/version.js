// version.js — versions of a token. On /token/:id/publish, the owner's
// Publish step: the server pins the chosen upload or folder and the new
// metadata JSON and builds publishVersion (it checks ownership on chain
// first and answers in words); wallet.js sends it, and the status line says
// waiting for wallet → pending (hash) → confirmed (block) / failed (reason
// in words from /api/tx/explain). On the token page, a license holder is
// told when a version newer than the last one they saw has appeared (the
// last seen version is kept in localStorage, per token).

import * as wallet from './wallet.js';

const REMEMBER = 'modelmarket.wallet'; // the wallet chosen at sign-in (account.js)
const PENDING = 'modelmarket.pending'; // the token page's pending list (trade.js)
const SEEN = 'modelmarket.version-seen.'; // + token id → the last version number seen

const walletRoot = () => document.querySelector('[data-wallet]');
const me = () => walletRoot()?.dataset.address ?? '';
const short = (h) => (h && h.length > 14 ? `${h.slice(0, 10)}…${h.slice(-4)}` : h);

async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': wallet.csrfToken() },
    body: JSON.stringify(body ?? {}),
  });
  const data = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, data };
}

function setStatus(el, state, text, hash) {
  if (!el) return;
  el.hidden = false;
  el.dataset.state = state;
  el.replaceChildren(document.createTextNode(text));
  if (hash) {
    el.dataset.hash = hash;
    const code = document.createElement('code');
    code.title = hash;
    code.textContent = ` ${short(hash)}`;
    el.append(' Transaction', code, '.');
  }
}

async function provider() {
  const w = await wallet.findWallet(sessionStorage.getItem(REMEMBER) ?? '');
  if (!w) throw new wallet.WalletError('no-wallet', 'No wallet found in this browser. Install MetaMask (or another Ethereum wallet), then reload.');
  const d = walletRoot().dataset;
  await wallet.ensureChain(w.provider, { id: d.chainId, name: d.chainName, rpcUrl: d.rpcUrl });
  return w.provider;
}

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
  const tokenId = root.dataset.tokenId;
  const body = {
    token_id: tokenId,
    upload_id: form.dataset.uploadId,
    note: form.querySelector('[data-version-note-input]').value.trim(),
  };
  setStatus(status, 'building', 'Publishing: pinning the content and the new metadata, checking with the chain…');
  let answer;
  try {
    const r = await post('/api/tx/version', body);
    if (!r.ok) throw new Error(r.data?.error?.message ?? `The server answered ${r.status}.`);
    answer = r.data;
  } catch (err) {
    setStatus(status, 'failed', `Publishing failed: ${err.message === 'Failed to fetch' ? 'the server did not answer; check your connection and try again.' : err.message}`);
    return false;
  }
  const label = `Version ${answer.version}`;
  const tx = { to: answer.tx.to, data: answer.tx.data, value: `0x${BigInt(answer.tx.value || '0').toString(16)}` };
  let hash = '';
  try {
    const p = await provider();
    const result = await wallet.sendTransaction(p, me(), tx, (st) => {
      if (st.state === 'wallet') setStatus(status, 'wallet', `${label}: waiting for your wallet — confirm the transaction there.`);
      if (st.state === 'pending') {
        hash = st.hash;
        setStatus(status, 'pending', `${label}: pending — sent, waiting for a block.`, hash);
        rememberPending({ hash, kind: 'version', tokenId: String(tokenId), label: `Publish version ${answer.version}`, state: 'pending' });
      }
    });
    if (result.state === 'confirmed') {
      const block = parseInt(result.receipt.blockNumber, 16);
      setStatus(status, 'confirmed', `${label} published, confirmed in block ${block}. Metadata ${answer.metadata_cid}.`, hash);
      rememberPending({ hash, kind: 'version', tokenId: String(tokenId), label: `Publish version ${answer.version}`, state: 'confirmed', block });
      return true;
    }
    const why = await post('/api/tx/explain', { hash }).catch(() => null);
    setStatus(status, 'failed', `${label} failed: ${why?.data?.message ?? 'the contract refused the transaction.'}`, hash);
    return false;
  } catch (err) {
    setStatus(status, 'failed', err?.kind === 'rejected' ? err.message : `${label} failed: ${wallet.friendly(err, 'send the transaction')}`);
    return false;
  }
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
