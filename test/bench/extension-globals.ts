// Imported first by bench.ts: the product's modules load webextension-polyfill, which refuses to
// load outside an extension. The bench passes every value it would read (the version) itself.
Object.assign(globalThis, { chrome: { runtime: { id: 'constat-bench' } } });
