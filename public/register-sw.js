// Registers the service worker (sw.js at the site root) that lets Handover
// open without a network after one visit. An external script rather than an
// inline one, so that a Content-Security-Policy without 'unsafe-inline'
// allows it. Only over http(s); a failure never reaches the app.
(function () {
  var web = location.protocol === 'https:' || location.protocol === 'http:';
  if (!web || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function (err) {
      console.warn('Handover works online only: the service worker did not register.', err);
    });
  });
})();
