// Starts Handover: loads the wasm-bindgen JavaScript and the wasm that Trunk
// built, and runs the app. Trunk would inject this as an inline <script>; it
// is an external file instead so that the Content-Security-Policy (see
// index.html) can forbid every inline script. Trunk writes the hashed file
// names into the data attributes of the <script> tag that loads this file
// (`pattern_script` in Trunk.toml).
//
// Does what Trunk's own loader does: the bindings go to `window.wasmBindings`
// and `TrunkApplicationStarted` is dispatched with the wasm exports once the
// app runs (the benchmark listens for it).
const tag = document.querySelector('script[data-handover-js][data-handover-wasm]');
const bindings = await import(tag.dataset.handoverJs);
const wasm = await bindings.default({ module_or_path: tag.dataset.handoverWasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
