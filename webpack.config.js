/**
 * The Excel add-in's web bundle: dist/taskpane.html (React + Fluent UI task pane),
 * dist/commands.html (the ribbon's function file), assets/ and manifest.xml.
 *
 *   npm run build       production: minified, content-hashed, split chunks, no eval anywhere;
 *                       manifest URLs rewritten to ADDIN_URL (https only)
 *   npm run build:dev   development build into dist/, manifest left on https://localhost:3000/
 *   npm run dev-server  https://localhost:3000 with Office's trusted development certificate
 *
 * The pages' Content-Security-Policy forbids eval, so no devtool may be an `eval-*` one.
 */
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEFAULT_ADDIN_URL, normaliseAddinUrl, productionManifest } = require('./scripts/rewriteManifestUrl');

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** swc for our TypeScript; React's automatic runtime; output for evergreen webviews (WebView2, WKWebView). */
function swcRule(test, tsx, production) {
  return {
    test,
    exclude: /node_modules/,
    use: {
      loader: 'swc-loader',
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx },
          transform: { react: { runtime: 'automatic', development: !production } },
          target: 'es2020',
        },
      },
    },
  };
}

/**
 * The dev server's HTTPS options: office-addin-dev-certs installs (once, asking the user) and
 * returns a localhost certificate the OS trusts, which Office requires. Loaded only here, so
 * builds, tests and CI never touch the certificate store.
 */
async function devServerConfig() {
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  const { ca, key, cert } = await getHttpsServerOptions();
  return {
    port: DEV_SERVER_PORT,
    server: { type: 'https', options: { ca, key, cert } },
    headers: { 'Access-Control-Allow-Origin': '*' },
    // Office's webview must not be shown a full-screen overlay for warnings.
    client: { overlay: { errors: true, warnings: false } },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  let addinUrl = null;
  if (production) {
    addinUrl = normaliseAddinUrl(process.env.ADDIN_URL || DEFAULT_ADDIN_URL);
    const note = process.env.ADDIN_URL ? '' : ' (placeholder: set ADDIN_URL to where dist/ is hosted)';
    console.log(`renewal-runs: manifest.xml URLs → ${addinUrl}${note}`);
  }

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    // ES2020 webviews have globalThis, so webpack's runtime needs no `new Function('return this')` fallback.
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:10].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:10].js' : '[name].js',
      clean: true,
    },
    // Never eval-*: the pages' CSP has no 'unsafe-eval'. Production ships external source maps.
    devtool: 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // xmlbuilder2 (the pain.008 writer, in the pane's `bank-file` chunk) reaches Node's `url`
      // through its DOM's URL parser, only for a host name's punycode, which building XML never
      // parses: the browser gets no polyfill, just an empty module.
      fallback: { url: false },
    },
    module: {
      rules: [swcRule(/\.ts$/, false, production), swcRule(/\.tsx$/, true, production)],
    },
    optimization: {
      splitChunks: { chunks: 'all' },
      runtimeChunk: 'single',
    },
    // The bundle budget is checked by test/build, not by webpack's generic 244 KiB hint.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The manifest's SupportUrl and LearnMoreUrl: a static help page (no script).
          { from: 'src/support/support.html', to: 'support.html' },
          // The PDFs' fonts (invoices, letters), fetched by the session worker or the pane when
          // it draws its first document (src/taskpane/session/documentFontsLoader.ts).
          { from: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', to: 'fonts/DejaVuSans.ttf' },
          { from: 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', to: 'fonts/DejaVuSans-Bold.ttf' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl ? productionManifest(content.toString('utf8'), addinUrl) : content),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServerConfig() : undefined,
  };
};
