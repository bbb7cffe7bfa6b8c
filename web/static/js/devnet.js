// "Add network to MetaMask" on the dev-chain card: finds the wallet (EIP-6963,
// then window.ethereum) and asks it to add the chain with
// wallet_addEthereumChain. The values come from the button's data attributes.

const button = document.querySelector('[data-add-network]');
const result = document.querySelector('[data-add-network-result]');

// EIP-6963: wallets announce themselves when asked; prefer MetaMask.
const announced = [];
window.addEventListener('eip6963:announceProvider', (event) => announced.push(event.detail));
window.dispatchEvent(new Event('eip6963:requestProvider'));

function wallet() {
  const metamask = announced.find((d) => d.info?.rdns === 'io.metamask');
  return (metamask ?? announced[0])?.provider ?? window.ethereum ?? null;
}

function say(kind, text) {
  result.dataset.kind = kind;
  result.textContent = text;
}

async function addNetwork() {
  const provider = wallet();
  if (!provider) {
    say('error', 'No wallet found in this browser. Install MetaMask, or add the network by hand with the values above.');
    return;
  }
  const d = button.dataset;
  try {
    await provider.request({
      method: 'wallet_addEthereumChain',
      params: [{
        chainId: d.chainId,
        chainName: d.chainName,
        rpcUrls: [d.rpcUrl],
        nativeCurrency: { name: 'Ether', symbol: d.currency, decimals: 18 },
      }],
    });
    say('ok', `Done: your wallet knows “${d.chainName}”.`);
  } catch (err) {
    if (err?.code === 4001) say('error', 'You declined in the wallet; nothing changed.');
    else say('error', `The wallet said: ${err?.message ?? err}`);
  }
}

if (button && result) {
  button.hidden = false;
  button.addEventListener('click', addNetwork);
}
