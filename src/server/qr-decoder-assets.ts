// The QR decoder the check-in page uses where the browser has no BarcodeDetector of its own:
// barcode-detector's ponyfill (ZXing-C++ compiled to WebAssembly), served from our own origin so
// it works under our CSP and without a CDN, with the packages' licences beside it. Only those
// files are served from the two package folders.
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

/** The package folder of a resolved entry file (exports maps hide package.json). */
function packageRoot(entry: string, name: string): string {
  const marker = join('node_modules', name);
  return entry.slice(0, entry.lastIndexOf(marker) + marker.length);
}

const detectorEntry = require.resolve('barcode-detector');
// The ponyfill loads exactly the zxing-wasm version it depends on; resolve that one.
const packages = [
  { prefix: '/assets/vendor/qr/barcode-detector/', root: packageRoot(detectorEntry, 'barcode-detector'), files: ['LICENSE', 'dist/iife/ponyfill.js'] },
  { prefix: '/assets/vendor/qr/zxing-wasm/', root: packageRoot(createRequire(detectorEntry).resolve('zxing-wasm'), 'zxing-wasm'), files: ['LICENSE', 'dist/reader/zxing_reader.wasm'] },
];

export async function registerQrDecoderAssets(app: FastifyInstance): Promise<void> {
  for (const pkg of packages) {
    const allowed = new Set(pkg.files.map((f) => `/${f}`));
    await app.register(fastifyStatic, {
      root: pkg.root, prefix: pkg.prefix, decorateReply: false, maxAge: '1d', index: false, list: false,
      allowedPath: (path) => allowed.has(path.split(sep).join('/')),
    });
  }
}
