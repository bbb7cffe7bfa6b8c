// txstep.js — one on-chain step, shared by every page that asks a wallet to
// send something (trade.js, license.js, version.js, review.js). The server
// builds the transaction (it checks the chain first and answers in words);
// this module sends it with wallet.js and keeps a status line saying:
// checking → waiting for wallet → pending (hash) → confirmed (block) /
// failed (the reason in words, from /api/tx/explain; never a hex blob).

import * as wallet from './wallet.js';

const REMEMBER = 'modelmarket.wallet'; // the wallet chosen at sign-in (account.js)

const walletRoot = () => document.querySelector('[data-wallet]');

/** The signed-in address, or ''. */
export const me = () => walletRoot()?.dataset.address ?? '';

/** A hash shortened for a status line: 0x12345678…abcd. */
export const short = (h) => (h && h.length > 14 ? `${h.slice(0, 10)}…${h.slice(-4)}` : h);

/** POSTs JSON with the CSRF token; resolves {ok, status, data} (data is the parsed answer or {}). */
export async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': wallet.csrfToken() },
    body: JSON.stringify(body ?? {}),
  });
  const data = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, data };
}

/** Like post, but a failure throws an Error with the server's words (needsApproval set when the server says so). */
export async function build(url, body) {
  let r;
  try {
    r = await post(url, body);
  } catch {
    throw new Error('The server did not answer: check your connection and try again.');
  }
  if (!r.ok) {
    const err = new Error(r.data?.error?.message ?? `The server answered ${r.status}.`);
    err.needsApproval = Boolean(r.data?.needs_approval);
    throw err;
  }
  return r.data;
}

/** Writes a status line: its state (for CSS and tests), the words, and the transaction hash when known. */
export function setStatus(el, state, text, hash) {
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

/** Writes a sale's split (seller, royalty, platform fee: {eth} each, from the server's answer) into root's [data-split-*] cells. */
export function showSplit(root, split) {
  for (const k of ['seller', 'royalty', 'fee']) {
    const el = root.querySelector(`[data-split-${k}]`);
    if (el && split?.[k]) el.textContent = split[k].eth;
  }
}

let providerPromise = null;

/** The wallet chosen at sign-in, switched to the app's chain. */
async function provider() {
  providerPromise ??= (async () => {
    const w = await wallet.findWallet(sessionStorage.getItem(REMEMBER) ?? '');
    if (!w) throw new wallet.WalletError('no-wallet', 'No wallet found in this browser. Install MetaMask (or another Ethereum wallet), then reload.');
    return w.provider;
  })();
  const p = await providerPromise.catch((err) => { providerPromise = null; throw err; });
  const d = walletRoot().dataset;
  await wallet.ensureChain(p, { id: d.chainId, name: d.chainName, rpcUrl: d.rpcUrl });
  return p;
}

/**
 * Runs one step on the status line el: buildFn() asks the server for an
 * answer with {tx}; an answer without tx means there is nothing to send.
 * Resolves {hash, block, answer} when confirmed, {answer} when there was
 * nothing to send, null on failure (the status line says why). An error
 * from buildFn with needsApproval is thrown on, for the caller's approval
 * step. Options: checking (the words while the server builds), label(answer)
 * (the step's name once built; default title), confirmed(block, answer)
 * (the words when confirmed), and onPending(hash, answer) /
 * onConfirmed(hash, block, answer) / onFailed(hash) for the caller's
 * bookkeeping.
 */
export async function runStep(el, title, buildFn, opts = {}) {
  setStatus(el, 'building', opts.checking ?? `${title}: checking with the chain…`);
  let answer;
  try {
    answer = await buildFn();
  } catch (err) {
    if (err.needsApproval) throw err;
    setStatus(el, 'failed', `${title} failed: ${err.message}`);
    return null;
  }
  if (!answer?.tx) return { answer };
  const label = opts.label?.(answer) ?? title;
  const tx = { to: answer.tx.to, data: answer.tx.data, value: `0x${BigInt(answer.tx.value || '0').toString(16)}` };
  let hash = '';
  try {
    const result = await wallet.sendTransaction(await provider(), me(), tx, (st) => {
      if (st.state === 'wallet') setStatus(el, 'wallet', `${label}: waiting for your wallet — confirm the transaction there.`);
      if (st.state === 'pending') {
        hash = st.hash;
        setStatus(el, 'pending', `${label}: pending — sent, waiting for a block.`, hash);
        opts.onPending?.(hash, answer);
      }
    });
    if (result.state === 'confirmed') {
      const block = parseInt(result.receipt.blockNumber, 16);
      setStatus(el, 'confirmed', opts.confirmed?.(block, answer) ?? `${label} confirmed in block ${block}.`, hash);
      opts.onConfirmed?.(hash, block, answer);
      return { hash, block, answer };
    }
    const why = await post('/api/tx/explain', { hash }).catch(() => null);
    opts.onFailed?.(hash);
    setStatus(el, 'failed', `${label} failed: ${why?.data?.message ?? 'the contract refused the transaction.'}`, hash);
    return null;
  } catch (err) {
    if (hash) opts.onFailed?.(hash);
    setStatus(el, 'failed', err?.kind === 'rejected' ? err.message : `${label} failed: ${wallet.friendly(err, 'send the transaction')}`);
    return null;
  }
}
