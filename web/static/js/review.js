// review.js — the token page's review form: the server pins the comment and
// builds Reviews.review after asking the chain whether this account may
// review (it answers in words when not); wallet.js sends it; the status
// line shows waiting for wallet → pending (hash) → confirmed (block) /
// failed (reason in words from /api/tx/explain), like the trade steps. Once
// confirmed, the page reloads when our index has the review.

import * as wallet from './wallet.js';

const REMEMBER = 'modelmarket.wallet'; // the wallet chosen at sign-in (account.js)
const INDEX_POLL_MS = 1000;
const INDEX_POLL_TRIES = 120;

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

/** Reloads once the page, fetched again, shows the review's transaction. */
async function reloadWhenIndexed(statusEl, hash) {
  for (let i = 0; i < INDEX_POLL_TRIES; i++) {
    await new Promise((r) => setTimeout(r, INDEX_POLL_MS));
    const html = await fetch(location.pathname, { credentials: 'same-origin' }).then((r) => r.text()).catch(() => '');
    if (html.includes(`data-tx="${hash.toLowerCase()}"`)) {
      location.reload();
      return;
    }
  }
  statusEl.append(' Our index has not caught up yet: reload the page in a moment to see your review.');
}

async function publish(form, tokenId) {
  const statusEl = form.querySelector('[data-tx-status="review"]');
  const title = 'Review';
  setStatus(statusEl, 'building', `${title}: saving the comment and checking with the chain…`);
  let answer;
  try {
    const r = await post('/api/tx/review', {
      token_id: tokenId,
      rating: Number(form.querySelector('[data-review-rating]').value),
      comment: form.querySelector('[data-review-comment-input]').value,
    });
    if (!r.ok) throw new Error(r.data?.error?.message ?? `The server answered ${r.status}.`);
    answer = r.data;
  } catch (err) {
    const msg = err instanceof TypeError ? 'The server did not answer: check your connection and try again.' : err.message;
    setStatus(statusEl, 'failed', `${title} failed: ${msg}`);
    return false;
  }
  const tx = { to: answer.tx.to, data: answer.tx.data, value: `0x${BigInt(answer.tx.value || '0').toString(16)}` };
  let hash = '';
  try {
    const result = await wallet.sendTransaction(await provider(), me(), tx, (st) => {
      if (st.state === 'wallet') setStatus(statusEl, 'wallet', `${title}: waiting for your wallet — confirm the transaction there.`);
      if (st.state === 'pending') {
        hash = st.hash;
        setStatus(statusEl, 'pending', `${title}: pending — sent, waiting for a block.`, hash);
      }
    });
    if (result.state === 'confirmed') {
      const block = parseInt(result.receipt.blockNumber, 16);
      setStatus(statusEl, 'confirmed', `${title} confirmed in block ${block}; it shows here once our index has it.`, hash);
      reloadWhenIndexed(statusEl, hash);
      return true;
    }
    const why = await post('/api/tx/explain', { hash }).catch(() => null);
    setStatus(statusEl, 'failed', `${title} failed: ${why?.data?.message ?? 'the contract refused the transaction.'}`, hash);
  } catch (err) {
    setStatus(statusEl, 'failed', err?.kind === 'rejected' ? err.message : `${title} failed: ${wallet.friendly(err, 'send the transaction')}`);
  }
  return false;
}

const root = document.querySelector('[data-reviews]');
const form = root?.querySelector('[data-review-form]');
if (form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('[data-review-submit]');
    button.disabled = true;
    if (!(await publish(form, root.dataset.tokenId))) button.disabled = false;
  });
}
if (root) root.dataset.reviewsReady = 'true'; // tests wait for this
