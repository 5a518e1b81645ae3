// Registers the service worker (sw.js at the site root) that lets Handover
// open without a network after one visit. An external script rather than an
// inline one, so that a Content-Security-Policy without 'unsafe-inline'
// allows it. Only over http(s); a failure never reaches the app.
//
// It also keeps for the app two things that may happen before the app has
// loaded: the browser's offer to install it (`beforeinstallprompt`) and a
// new version's worker waiting to take over. The app (src/ui/install.rs)
// reads them from `window.handoverPwa`, hears of changes through the
// `handover-pwa` event, and calls `install()` or `update()` when the user
// asks.
(function () {
  var pwa = {
    installable: false,
    updateReady: false,
    install: function () {
      var offer = installOffer;
      installOffer = null;
      pwa.installable = false;
      changed();
      return offer ? offer.prompt() : Promise.resolve();
    },
    update: function () {
      if (!waiting) return;
      accepted = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  };
  var installOffer = null;
  var waiting = null;
  var accepted = false;
  window.handoverPwa = pwa;

  function changed() {
    window.dispatchEvent(new Event('handover-pwa'));
  }

  window.addEventListener('beforeinstallprompt', function (event) {
    // The app shows its own "Install app" button instead of the browser's bar.
    event.preventDefault();
    installOffer = event;
    pwa.installable = true;
    changed();
  });
  window.addEventListener('appinstalled', function () {
    installOffer = null;
    pwa.installable = false;
    changed();
  });

  var web = location.protocol === 'https:' || location.protocol === 'http:';
  if (!web || !('serviceWorker' in navigator)) return;

  // A worker that will replace the one serving this page: a new version.
  // The first worker of a device simply starts; it replaces nothing.
  function ready(worker) {
    if (!worker || !navigator.serviceWorker.controller) return;
    waiting = worker;
    pwa.updateReady = true;
    changed();
  }

  function watch(registration) {
    ready(registration.waiting);
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') ready(worker);
      });
    });
    // A page left open for days still hears of a new version.
    setInterval(function () {
      registration.update().catch(function () {});
    }, 60 * 60 * 1000);
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // Only the user's click reloads; a first worker taking control does not.
    if (!accepted) return;
    accepted = false;
    location.reload();
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(watch)
      .catch(function (err) {
        console.warn('Handover works online only: the service worker did not register.', err);
      });
  });
})();
