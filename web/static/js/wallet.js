// wallet.js — the one module every page uses to talk to the person's wallet.
// EIP-6963 discovery (window.ethereum as fallback), EIP-1193 requests, chain
// switching, Sign-In with Ethereum, and sending the {to, data, value}
// transactions the server builds, watched until mined. No ABI library: the
// server encodes calls. Import it by its plain URL ('/static/js/wallet.js' or
// './wallet.js' from another module) so every module shares one instance.

/** A failure a person can read: kind is 'no-wallet', 'rejected', 'wrong-chain', 'pending' or 'failed'. */
export class WalletError extends Error {
  constructor(kind, message, cause) {
    super(message);
    this.name = 'WalletError';
    this.kind = kind;
    this.cause = cause;
  }
}

// EIP-6963: wallets announce {info: {uuid, name, icon, rdns}, provider}.
const announced = new Map();
window.addEventListener('eip6963:announceProvider', (event) => {
  const d = event.detail;
  if (d?.info?.uuid && d.provider) announced.set(d.info.uuid, Object.freeze({ info: d.info, provider: d.provider }));
});

/**
 * Lists the wallets in this browser: every EIP-6963 announcement that arrives
 * within waitMs, or window.ethereum (named "Browser wallet") when none does.
 */
export async function discover(waitMs = 150) {
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const list = [...announced.values()];
  if (list.length === 0 && window.ethereum) {
    list.push({ info: { uuid: 'window.ethereum', name: 'Browser wallet', icon: '', rdns: '' }, provider: window.ethereum });
  }
  return list;
}

/** Finds a wallet by EIP-6963 rdns or uuid, e.g. the one remembered at sign-in. */
export async function findWallet(id) {
  const list = await discover();
  return list.find((w) => w.info.rdns === id || w.info.uuid === id) ?? list[0] ?? null;
}

// codeOf digs the EIP-1193 error code out of the shapes wallets use.
function codeOf(err) {
  return err?.code ?? err?.data?.originalError?.code ?? err?.error?.code;
}

/** Turns any wallet or server error into one sentence for people. */
export function friendly(err, doing = 'do that') {
  if (err instanceof WalletError) return err.message;
  switch (codeOf(err)) {
    case 4001: return `You declined in your wallet, so we did not ${doing}.`;
    case 4100: return 'Your wallet has not allowed this site yet: connect it first.';
    case 4900: case 4901: return 'Your wallet is not connected to a network. Open it and connect, then try again.';
    case -32002: return 'Your wallet is already showing a request: open it to continue.';
  }
  return `Your wallet could not ${doing}: ${err?.message ?? err}`;
}

/** Asks the wallet for its accounts (it may show a prompt); returns the first, checksum-free. */
export async function connect(provider) {
  let accounts;
  try {
    accounts = await provider.request({ method: 'eth_requestAccounts' });
  } catch (err) {
    if (codeOf(err) === 4001) throw new WalletError('rejected', 'You declined to connect your wallet, so you are not signed in.', err);
    throw new WalletError('failed', friendly(err, 'connect'), err);
  }
  if (!accounts?.length) throw new WalletError('failed', 'Your wallet shared no account. Unlock it and try again.');
  return accounts[0];
}

/** The wallet's current chain id as a lowercase 0x-hex string. */
export async function chainId(provider) {
  return String(await provider.request({ method: 'eth_chainId' })).toLowerCase();
}

/**
 * Puts the wallet on chain {id: '0x539', name, rpcUrl}: wallet_switchEthereumChain,
 * and wallet_addEthereumChain when the wallet does not know it (4902).
 */
export async function ensureChain(provider, chain) {
  const want = chain.id.toLowerCase();
  if ((await chainId(provider)) === want) return;
  const wrong = () => new WalletError('wrong-chain',
    `Your wallet is on another network. Switch it to “${chain.name}” (chain ${parseInt(want, 16)}) and try again.`);
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: want }] });
  } catch (err) {
    if (codeOf(err) === 4001) throw wrong();
    if (codeOf(err) !== 4902) throw new WalletError('wrong-chain', friendly(err, 'switch networks'), err);
    if (!chain.rpcUrl) throw wrong();
    try {
      await provider.request({
        method: 'wallet_addEthereumChain',
        params: [{ chainId: want, chainName: chain.name, rpcUrls: [chain.rpcUrl], nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } }],
      });
    } catch (addErr) {
      if (codeOf(addErr) === 4001) throw wrong();
      throw new WalletError('wrong-chain', friendly(addErr, 'add the network'), addErr);
    }
  }
  if ((await chainId(provider)) !== want) throw wrong();
}

/** The CSRF token of the signed-in page ('' when signed out). */
export function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]')?.content ?? '';
}

/** POSTs JSON with the CSRF token; returns the JSON answer or throws an Error with the server's message. */
export async function postJSON(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
    body: JSON.stringify(body ?? {}),
    credentials: 'same-origin',
  });
  if (res.status === 204) return null;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new WalletError('failed', data?.error?.message ?? `The server answered ${res.status}.`);
  return data;
}

function utf8Hex(text) {
  return '0x' + [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Signs in with Ethereum (EIP-4361): the server writes the message with a fresh
 * nonce, the wallet signs it (personal_sign), the server checks it and sets the
 * session cookie. Returns {address, chainId, csrfToken}.
 */
export async function signIn(provider, address) {
  const { message } = await postJSON('/api/auth/nonce', { address });
  let signature;
  try {
    signature = await provider.request({ method: 'personal_sign', params: [utf8Hex(message), address] });
  } catch (err) {
    if (codeOf(err) === 4001) throw new WalletError('rejected', 'You declined to sign the message, so you are not signed in. Nothing else happened.', err);
    throw new WalletError('failed', friendly(err, 'sign the message'), err);
  }
  return postJSON('/api/auth/verify', { message, signature });
}

/** Ends the session on the server. */
export async function signOut() {
  await postJSON('/api/auth/signout');
}

/**
 * Sends a transaction the server built ({to, data, value} with value as a
 * 0x-hex wei amount, optionally gas) from `from`, then watches it. onStatus receives
 * {state: 'wallet'} (waiting for the person), {state: 'pending', hash},
 * then {state: 'confirmed' | 'failed', hash, receipt}. Resolves with the last
 * status; rejects with a WalletError when the person declines or the wallet fails.
 */
export async function sendTransaction(provider, from, tx, onStatus = () => {}, pollMs = 1000) {
  onStatus({ state: 'wallet' });
  const params = { from, to: tx.to, data: tx.data ?? '0x', value: tx.value ?? '0x0' };
  if (tx.gas) params.gas = tx.gas; // else the wallet estimates it
  let hash;
  try {
    hash = await provider.request({ method: 'eth_sendTransaction', params: [params] });
  } catch (err) {
    if (codeOf(err) === 4001) throw new WalletError('rejected', 'You declined the transaction in your wallet; nothing was sent.', err);
    throw new WalletError('failed', friendly(err, 'send the transaction'), err);
  }
  onStatus({ state: 'pending', hash });
  for (;;) {
    const receipt = await provider.request({ method: 'eth_getTransactionReceipt', params: [hash] }).catch(() => null);
    if (receipt) {
      const status = { state: receipt.status === '0x1' ? 'confirmed' : 'failed', hash, receipt };
      onStatus(status);
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
