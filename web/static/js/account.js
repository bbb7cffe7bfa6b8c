// The header's wallet corner: "Connect wallet" → wallet chooser → connect →
// right chain → Sign-In with Ethereum → reload signed in. When signed in, it
// follows the wallet: another account signs out, another chain warns.

import * as wallet from './wallet.js';

const root = document.querySelector('[data-wallet]');
const REMEMBER = 'modelmarket.wallet';

function say(kind, text) {
  const el = root.querySelector('[data-wallet-message]');
  el.dataset.kind = kind;
  el.textContent = text;
  el.hidden = !text;
}

function chain() {
  const d = root.dataset;
  return { id: d.chainId, name: d.chainName, rpcUrl: d.rpcUrl };
}

const chooser = () => root.querySelector('[data-wallet-chooser]');

async function openChooser() {
  say('', '');
  const wallets = await wallet.discover();
  if (wallets.length === 0) {
    say('error', 'No wallet found in this browser. Install MetaMask (or another Ethereum wallet), then reload this page.');
    return;
  }
  const list = root.querySelector('[data-wallet-list]');
  list.replaceChildren(...wallets.map((w) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.walletOption = w.info.rdns || w.info.uuid;
    if (w.info.icon?.startsWith('data:image/')) {
      const img = document.createElement('img');
      img.src = w.info.icon;
      img.alt = '';
      b.append(img);
    }
    b.append(document.createTextNode(w.info.name));
    b.addEventListener('click', () => choose(w));
    li.append(b);
    return li;
  }));
  chooser().hidden = false;
  list.querySelector('button')?.focus();
}

async function choose(w) {
  chooser().hidden = true;
  say('info', `Check ${w.info.name}: it will ask you to connect, then to sign a message.`);
  try {
    const address = await wallet.connect(w.provider);
    await wallet.ensureChain(w.provider, chain());
    await wallet.signIn(w.provider, address);
    sessionStorage.setItem(REMEMBER, w.info.rdns || w.info.uuid);
    location.reload();
  } catch (err) {
    say('error', wallet.friendly(err, 'sign you in'));
  }
}

// follow keeps a signed-in page in step with the wallet it signed in with.
async function follow(address) {
  const w = await wallet.findWallet(sessionStorage.getItem(REMEMBER) ?? '');
  if (!w?.provider?.on) return;
  let leaving = false;
  const accountsChanged = async (accounts) => {
    if (leaving || accounts?.[0]?.toLowerCase() === address.toLowerCase()) return;
    leaving = true;
    await wallet.signOut().catch(() => {});
    sessionStorage.removeItem(REMEMBER);
    location.reload();
  };
  w.provider.on('accountsChanged', accountsChanged);
  const chainChanged = (id) => {
    if (String(id).toLowerCase() === chain().id.toLowerCase()) say('', '');
    else say('error', `Your wallet moved to another network. Switch it back to “${chain().name}” before you buy or sell.`);
  };
  w.provider.on('chainChanged', chainChanged);
  // The wallet may have changed account or chain while this page loaded.
  await accountsChanged(await w.provider.request({ method: 'eth_accounts' }).catch(() => [address]));
  chainChanged(await wallet.chainId(w.provider).catch(() => chain().id));
  root.dataset.walletFollowing = 'true'; // tests wait for this
}

if (root) {
  root.querySelector('[data-wallet-connect]')?.addEventListener('click', openChooser);
  root.querySelector('[data-wallet-cancel]')?.addEventListener('click', () => { chooser().hidden = true; });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') chooser().hidden = true; });
  root.querySelector('[data-signout]')?.addEventListener('submit', () => sessionStorage.removeItem(REMEMBER));
  if (root.dataset.address) follow(root.dataset.address);
}
