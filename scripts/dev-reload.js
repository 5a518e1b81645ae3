// Live reload for `scripts/serve`, in place of the inline script Trunk would inject:
// index.html's Content-Security-Policy forbids inline script, and stays as strict in
// development as in production. Trunk.toml turns Trunk's own script off
// (`[serve] no_autoreload`), and its post_build hook copies this file into the build and
// adds `<script src="/dev-reload.js" defer>` only when scripts/serve asks for it
// (HANDOVER_DEV_RELOAD=1, debug profile): a release build never contains it.
//
// It speaks Trunk's protocol: `trunk serve` always serves the WebSocket at
// /.well-known/trunk/ws and sends {"type":"reload"} after a good rebuild, or
// {"type":"buildFailure","data":{"reason":…}} after a failed one. When Trunk restarts,
// the page reloads as soon as it can reconnect.
(function () {
  'use strict';
  var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/.well-known/trunk/ws';
  var banner = null;

  function showFailure(reason) {
    console.error('Build failed:', reason);
    if (!banner) {
      banner = document.createElement('pre');
      banner.setAttribute('role', 'alert');
      // CSSOM properties, not a style attribute: the policy's style-src allows these.
      var style = banner.style;
      style.position = 'fixed';
      style.inset = '0 0 auto 0';
      style.zIndex = '1000000';
      style.margin = '0';
      style.padding = '1rem';
      style.maxHeight = '60vh';
      style.overflow = 'auto';
      style.whiteSpace = 'pre-wrap';
      style.background = '#fde8e8';
      style.color = '#611a15';
      style.borderBottom = '3px solid #dc3545';
    }
    banner.textContent = 'Build failed (scripts/serve keeps the previous build):\n\n' + reason;
    if (!banner.isConnected) document.body.prepend(banner);
  }

  function connect(reloadOnOpen) {
    var socket = new WebSocket(url);
    if (reloadOnOpen) socket.onopen = function () { location.reload(); };
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === 'reload') location.reload();
      else if (message.type === 'buildFailure') showFailure(message.data.reason);
    };
    // Trunk stopped (or restarted): retry, and reload once it answers again.
    socket.onclose = function () { setTimeout(function () { connect(true); }, 2000); };
  }

  connect(false);
})();
