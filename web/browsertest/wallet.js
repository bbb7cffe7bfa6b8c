// The test wallet, injected into every document before the page's scripts
// run. It speaks EIP-1193 and announces itself by EIP-6963; every request goes
// to Go through the CDP binding __mmWalletCall, and Go answers by calling
// __mmWalletReply. Go fills in the OPTIONS placeholder.
(() => {
  const options = /*OPTIONS*/ {};
  const pending = new Map();
  const listeners = {};
  let seq = 0;
  const provider = {
    isModelmarketTestWallet: true,
    request({ method, params } = {}) {
      return new Promise((resolve, reject) => {
        const id = ++seq;
        pending.set(id, { resolve, reject });
        window.__mmWalletCall(JSON.stringify({ id, method, params: params ?? [] }));
      });
    },
    on(event, fn) { (listeners[event] ??= []).push(fn); return provider; },
    removeListener(event, fn) { listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn); return provider; },
  };
  Object.defineProperty(window, '__mmWalletReply', {
    value(id, result, error) {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      if (error) {
        const err = new Error(error.message);
        err.code = error.code;
        p.reject(err);
      } else {
        p.resolve(result);
      }
    },
  });
  Object.defineProperty(window, '__mmWalletEmit', {
    value(event, data) { for (const fn of listeners[event] ?? []) fn(data); },
  });
  const info = Object.freeze({ uuid: options.uuid, name: options.name, icon: options.icon, rdns: options.rdns });
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
  if (options.announce) {
    window.addEventListener('eip6963:requestProvider', announce);
    announce();
  }
  if (options.windowEthereum) window.ethereum = provider;
})();
